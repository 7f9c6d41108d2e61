/// A lecture's notation as data: the bases and the way of indexing from which `Notation` builds
/// the symbol of every `Quantity`.
///
/// A notation indexes neurons either by name (`\mathrm{net}_{h1}`: mazur) or by layer and
/// position (`z^{[2]}_{1}`: the layer in the superscript, the position in the layer from 1 in the
/// subscript; inputs are layer 0). Presets that index by position (`ng`, `goodfellow`, `grosse`,
/// `delta`) name a parameter by its one use (`W^{[2]}_{12}`); a bias shared by a whole layer
/// drops the position (`b^{[1]}`), and any other shared parameter keeps the user's name.
public struct NotationPreset: Equatable, Sendable {
  /// How a derivative of the error is written.
  package enum ErrorSignals: Equatable, Sendable {
    /// As a fraction: ∂E/∂out (mazur, goodfellow, delta).
    case fractions
    /// As a `d` before the symbol: `da`, `dz`, `dW` stand for ∂J/∂a, ∂J/∂z, ∂J/∂W (ng).
    case prefixedD
    /// As a bar over the stem: ȳ, z̄, w̄ stand for ∂L/∂y, ∂L/∂z, ∂L/∂w (grosse).
    case bars
  }

  /// The order of a weight's two position indices.
  package enum WeightOrder: Equatable, Sendable {
    /// `w_{jk}`: the neuron j that reads, then the unit k read (ng, grosse, delta).
    case neuronThenInput
    /// `W_{kj}`: the unit k read, then the neuron j (Goodfellow's Wᵀx).
    case inputThenNeuron
  }

  /// Which notation this is: the name `--notation` and the fixture key `"notation"` give.
  package let identity: NotationName
  /// One line on where the notation comes from.
  public let summary: String
  /// The brackets of the layer superscript (`^{[2]}`, `^{(2)}`) of a notation that indexes
  /// neurons by layer and position (`z^{[2]}_{1}`), or nil for one that indexes them by name
  /// (`\mathrm{net}_{h1}`) and keeps the user's names for inputs and parameters.
  package let layerBrackets: ScriptPart.Brackets?
  /// The base of an input indexed by position (`x` for `x_{1}`), or nil for the user's names.
  package let input: MathBase?
  /// The base of the net input: `\mathrm{net}`, `z`, `a`.
  package let net: MathBase
  /// The base of a neuron's output: `\mathrm{out}`, `a`, `h`.
  package let out: MathBase
  /// The base of an output neuron's output when the notation names it apart (`\hat{y}`),
  /// indexed like a target.
  package let outputOut: MathBase?
  /// The base of a target: `\mathrm{target}`, `y`, `t`; indexed by the output's name or
  /// position.
  package let target: MathBase
  /// The total error: `E_{\mathrm{total}}`, `J`, `L`.
  package let total: MathSymbol
  /// The base of one output's term of the error: `E`, `J`, `L`.
  package let errorTerm: MathBase
  /// The learning rate: `\eta`, `\alpha`, `\epsilon`.
  package let learningRate: MathBase
  /// How error derivatives are written.
  package let errorSignals: ErrorSignals
  /// The base of δ, or nil for the error signal of the net input (`dz`, `\bar{z}`, ∂J/∂a).
  package let delta: MathBase?
  /// Weight bases for hidden and for output layers, or nil for the user's names.
  package let weightStems: (hidden: MathBase, output: MathBase)?
  /// Bias bases for hidden and for output layers.
  package let biasStems: (hidden: MathBase, output: MathBase)
  /// The order of a weight's indices.
  package let weightOrder: WeightOrder
  /// The brackets of a data-set example's superscript: `^{(3)}`, or `^{[3]}` where round
  /// brackets already mark layers.
  package let exampleBrackets: ScriptPart.Brackets
  /// The nouns of its prose.
  package let words: NotationWords

  /// The name used by `--notation` and the fixture key `"notation"`.
  public var name: String { identity.rawValue }

  public static func == (lhs: NotationPreset, rhs: NotationPreset) -> Bool { lhs.identity == rhs.identity }
}

extension NotationPreset {
  /// Every preset, in the order the help lists them (`NotationName`'s).
  public static let all: [NotationPreset] = NotationName.allCases.map(NotationPreset.init)

  /// The preset of the notation named `identity`.
  package init(_ identity: NotationName) {
    switch identity {
    case .mazur: self = .mazur
    case .ng: self = .ng
    case .goodfellow: self = .goodfellow
    case .grosse: self = .grosse
    case .delta: self = .delta
    }
  }

  /// The preset with this name, or nil.
  public static func named(_ name: String) -> NotationPreset? { NotationName(rawValue: name).map(NotationPreset.init) }

  /// Seed 000 after M. Mazur: net/out, E_total, target, δ, the user's names for everything.
  public static let mazur = NotationPreset(
    identity: .mazur, summary: "net/out, E_total and the network's own names (M. Mazur; seed 000)",
    layerBrackets: nil, input: nil, net: .upright("net"), out: .upright("out"), outputOut: nil,
    target: .upright("target"), total: MathSymbol(.italic("E"), subscripts: [.upright("total")]), errorTerm: .italic("E"),
    learningRate: .greek("eta"), errorSignals: .fractions, delta: .greek("delta"), weightStems: nil,
    biasStems: (.italic("b"), .italic("b")), weightOrder: .neuronThenInput, exampleBrackets: .round, words: NotationWords(neuron: "neuron", weight: "weight", errorSignal: "node delta"))

  /// A. Ng's courses: z^[l], a^[l], W^[l], b^[l], the cost J, and dz, dW, da for ∂J/∂z, ….
  public static let ng = NotationPreset(
    identity: .ng, summary: "z, a, W, b with layer superscripts [l]; dz, dW, da for derivatives of J (A. Ng)",
    layerBrackets: .square, input: .italic("x"), net: .italic("z"), out: .italic("a"), outputOut: nil,
    target: .italic("y"), total: MathSymbol(.italic("J")), errorTerm: .italic("J"), learningRate: .greek("alpha"),
    errorSignals: .prefixedD, delta: nil, weightStems: (.italic("W"), .italic("W")), biasStems: (.italic("b"), .italic("b")),
    weightOrder: .neuronThenInput, exampleBrackets: .round, words: NotationWords(neuron: "unit", weight: "parameter", errorSignal: "error signal"))

  /// Goodfellow, Bengio and Courville: h = g(Wᵀx + c), ŷ = wᵀh + b, the cost J, pre-activations a.
  public static let goodfellow = NotationPreset(
    identity: .goodfellow,
    summary: "h = g(W^T x + c), y-hat = w^T h + b, cost J (Goodfellow, Bengio and Courville)",
    layerBrackets: .round, input: .italic("x"), net: .italic("a"), out: .italic("h"), outputOut: .accented(.hat, .italic("y")),
    target: .italic("y"), total: MathSymbol(.italic("J")), errorTerm: .italic("J"), learningRate: .greek("epsilon"),
    errorSignals: .fractions, delta: nil, weightStems: (.italic("W"), .italic("w")), biasStems: (.italic("c"), .italic("b")),
    weightOrder: .inputThenNeuron, exampleBrackets: .square, words: NotationWords(neuron: "unit", weight: "weight", errorSignal: "error signal"))

  /// R. Grosse's lecture notes: error signals written with bars, ȳ = ∂L/∂y.
  public static let grosse = NotationPreset(
    identity: .grosse, summary: "error signals with bars: y-bar = dL/dy, z-bar, w-bar (R. Grosse)",
    layerBrackets: .round, input: .italic("x"), net: .italic("z"), out: .italic("h"), outputOut: .italic("y"),
    target: .italic("t"), total: MathSymbol(.italic("L")), errorTerm: .italic("L"), learningRate: .greek("alpha"),
    errorSignals: .bars, delta: nil, weightStems: (.italic("w"), .italic("w")), biasStems: (.italic("b"), .italic("b")),
    weightOrder: .neuronThenInput, exampleBrackets: .square, words: NotationWords(neuron: "unit", weight: "weight", errorSignal: "error signal"))

  /// The δ notation of many textbooks: δ_j^(l) = ∂E/∂z_j^(l), a_j^(l), w_jk^(l).
  public static let delta = NotationPreset(
    identity: .delta, summary: "delta_j^(l) = dE/dz_j^(l) with layer superscripts (l); optionally the error term Err",
    layerBrackets: .round, input: .italic("x"), net: .italic("z"), out: .italic("a"), outputOut: nil,
    target: .italic("y"), total: MathSymbol(.italic("E")), errorTerm: .italic("E"), learningRate: .greek("eta"),
    errorSignals: .fractions, delta: .greek("delta"), weightStems: (.italic("w"), .italic("w")),
    biasStems: (.italic("b"), .italic("b")), weightOrder: .neuronThenInput, exampleBrackets: .square, words: NotationWords(neuron: "node", weight: "weight", errorSignal: "sensitivity"))
}
