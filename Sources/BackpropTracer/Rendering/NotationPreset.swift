/// A lecture's notation as data: the stems and index patterns from which `Notation` builds the
/// TeX symbol of every `Quantity`.
///
/// Index patterns are TeX with placeholders: `{n}` the neuron's (or input's) own name, `{l}` its
/// layer (inputs are layer 0, the first hidden layer is 1), `{j}` its position in the layer
/// from 1, and for a weight `{k}` the position of the unit it reads. Presets that index by
/// position (`ng`, `goodfellow`, `grosse`, `delta`) name a parameter by its first use; a bias
/// shared by a whole layer drops `{j}`, and any other shared parameter keeps the user's name.
public struct NotationPreset: Equatable, Sendable {
  /// How a derivative of the error is written.
  public enum ErrorSignals: Equatable, Sendable {
    /// As a fraction: ∂E/∂out (mazur, goodfellow, delta).
    case fractions
    /// As a `d` before the symbol: `da`, `dz`, `dW` stand for ∂J/∂a, ∂J/∂z, ∂J/∂W (ng).
    case prefixedD
    /// As a bar over the stem: ȳ, z̄, w̄ stand for ∂L/∂y, ∂L/∂z, ∂L/∂w (grosse).
    case bars
  }

  /// The name used by `--notation` and the fixture key `"notation"`.
  public let name: String
  /// One line on where the notation comes from.
  public let summary: String
  /// The index of a neuron, appended to a neuron stem: `_{{n}}` or `^{[{l}]}_{{j}}`.
  public let neuronIndex: String
  /// An input's symbol, or nil for the user's name as a symbol (`i_{1}`).
  public let input: String?
  /// The stem of the net input: `\mathrm{net}`, `z`, `a`.
  public let net: String
  /// The stem of a neuron's output: `\mathrm{out}`, `a`, `h`.
  public let out: String
  /// An output neuron's output, when the notation names it apart (`\hat{y}_{{j}}`).
  public let outputOut: String?
  /// A target: `\mathrm{target}_{{n}}`, `y_{{j}}`.
  public let target: String
  /// The total error: `E_{\mathrm{total}}`, `J`, `L`.
  public let total: String
  /// One output's term of the error: `E_{{n}}`, `J_{{j}}`.
  public let errorTerm: String
  /// The learning rate: `\eta`, `\alpha`, `\epsilon`.
  public let learningRate: String
  /// How error derivatives are written.
  public let errorSignals: ErrorSignals
  /// δ of a neuron, or nil for the error signal of its net input (`dz`, `\bar{z}`, ∂J/∂a).
  public let delta: String?
  /// Weight stems for hidden and for output layers, or nil for the user's names.
  public let weightStems: (hidden: String, output: String)?
  /// Bias stems for hidden and for output layers.
  public let biasStems: (hidden: String, output: String)
  /// The index of a weight: `^{[{l}]}_{{j}{k}}`.
  public let weightIndex: String
  /// The index of a bias: `^{[{l}]}_{{j}}`.
  public let biasIndex: String
  /// The index of a bias shared by its whole layer: `^{[{l}]}`.
  public let sharedBiasIndex: String
  /// Appended to a value after step `{s}` of a run: `^{\langle {s} \rangle}`.
  public let afterStep: String
  /// Appended to a quantity of example `{e}` of a data set: `^{({e})}`, or `^{[{e}]}` where
  /// round brackets already mark layers.
  public let exampleIndex: String

  public static func == (lhs: NotationPreset, rhs: NotationPreset) -> Bool { lhs.name == rhs.name }
}

extension NotationPreset {
  /// Every preset, in the order the help lists them.
  public static let all: [NotationPreset] = [.mazur, .ng, .goodfellow, .grosse, .delta]

  /// The preset with this name, or nil.
  public static func named(_ name: String) -> NotationPreset? { all.first { $0.name == name } }

  /// Seed 000 after M. Mazur: net/out, E_total, target, δ, the user's names for everything.
  public static let mazur = NotationPreset(
    name: "mazur", summary: "net/out, E_total and the network's own names (M. Mazur; seed 000)",
    neuronIndex: "_{{n}}", input: nil, net: "\\mathrm{net}", out: "\\mathrm{out}", outputOut: nil,
    target: "\\mathrm{target}_{{n}}", total: "E_{\\mathrm{total}}", errorTerm: "E_{{n}}",
    learningRate: "\\eta", errorSignals: .fractions, delta: "\\delta_{{n}}", weightStems: nil,
    biasStems: ("b", "b"), weightIndex: "", biasIndex: "", sharedBiasIndex: "", afterStep: "^{\\langle {s} \\rangle}", exampleIndex: "^{({e})}")

  /// A. Ng's courses: z^[l], a^[l], W^[l], b^[l], the cost J, and dz, dW, da for ∂J/∂z, ….
  public static let ng = NotationPreset(
    name: "ng", summary: "z, a, W, b with layer superscripts [l]; dz, dW, da for derivatives of J (A. Ng)",
    neuronIndex: "^{[{l}]}_{{j}}", input: "x_{{j}}", net: "z", out: "a", outputOut: nil,
    target: "y_{{j}}", total: "J", errorTerm: "J_{{j}}", learningRate: "\\alpha", errorSignals: .prefixedD,
    delta: nil, weightStems: ("W", "W"), biasStems: ("b", "b"), weightIndex: "^{[{l}]}_{{j}{k}}",
    biasIndex: "^{[{l}]}_{{j}}", sharedBiasIndex: "^{[{l}]}", afterStep: "^{\\langle {s} \\rangle}", exampleIndex: "^{({e})}")

  /// Goodfellow, Bengio and Courville: h = g(Wᵀx + c), ŷ = wᵀh + b, the cost J, pre-activations a.
  public static let goodfellow = NotationPreset(
    name: "goodfellow",
    summary: "h = g(W^T x + c), y-hat = w^T h + b, cost J (Goodfellow, Bengio and Courville)",
    neuronIndex: "^{({l})}_{{j}}", input: "x_{{j}}", net: "a", out: "h", outputOut: "\\hat{y}_{{j}}",
    target: "y_{{j}}", total: "J", errorTerm: "J_{{j}}", learningRate: "\\epsilon", errorSignals: .fractions,
    delta: nil, weightStems: ("W", "w"), biasStems: ("c", "b"), weightIndex: "^{({l})}_{{k}{j}}",
    biasIndex: "^{({l})}_{{j}}", sharedBiasIndex: "^{({l})}", afterStep: "^{\\langle {s} \\rangle}", exampleIndex: "^{[{e}]}")

  /// R. Grosse's lecture notes: error signals written with bars, ȳ = ∂L/∂y.
  public static let grosse = NotationPreset(
    name: "grosse", summary: "error signals with bars: y-bar = dL/dy, z-bar, w-bar (R. Grosse)",
    neuronIndex: "^{({l})}_{{j}}", input: "x_{{j}}", net: "z", out: "h", outputOut: "y_{{j}}",
    target: "t_{{j}}", total: "L", errorTerm: "L_{{j}}", learningRate: "\\alpha", errorSignals: .bars,
    delta: nil, weightStems: ("w", "w"), biasStems: ("b", "b"), weightIndex: "^{({l})}_{{j}{k}}",
    biasIndex: "^{({l})}_{{j}}", sharedBiasIndex: "^{({l})}", afterStep: "^{\\langle {s} \\rangle}", exampleIndex: "^{[{e}]}")

  /// The δ notation of many textbooks: δ_j^(l) = ∂E/∂z_j^(l), a_j^(l), w_jk^(l).
  public static let delta = NotationPreset(
    name: "delta", summary: "delta_j^(l) = dE/dz_j^(l) with layer superscripts (l); optionally the error term Err",
    neuronIndex: "^{({l})}_{{j}}", input: "x_{{j}}", net: "z", out: "a", outputOut: nil,
    target: "y_{{j}}", total: "E", errorTerm: "E_{{j}}", learningRate: "\\eta", errorSignals: .fractions,
    delta: "\\delta^{({l})}_{{j}}", weightStems: ("w", "w"), biasStems: ("b", "b"),
    weightIndex: "^{({l})}_{{j}{k}}", biasIndex: "^{({l})}_{{j}}", sharedBiasIndex: "^{({l})}",
    afterStep: "^{\\langle {s} \\rangle}", exampleIndex: "^{[{e}]}")
}
