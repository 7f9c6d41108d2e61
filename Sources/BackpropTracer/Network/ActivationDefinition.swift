/// Everything the project knows about one activation function g, out = g(net), in one place.
///
/// The engine computes with `value` and `slope` (the untraced kernel too, which tests hold to
/// the core bit for bit); the derivations print `formula` and `slopeFormula`, expression trees
/// that every syntax prints (TeX, plain text, later MathML) with the net input and output as
/// symbols or substituted by their values; the walkthrough says `displayName` and the notes of
/// `explanation`; a network written as a computational graph uses `graphFormula`. A fixture names
/// it by `name` and may give its `setting`.
///
/// A definition holds no more than its setting (the words are computed properties), so that
/// making one costs nothing: the engine asks for a value and a slope per neuron, through
/// `Activation.apply(_:)`, which the compiler specialises for each definition.
protocol ActivationDefinition: Sendable {
  /// The fixture's word, and the JSON's: `leakyRelu`.
  var name: String { get }
  /// The name a lecture uses: `leaky ReLU with negative slope 0.01`.
  var displayName: String { get }
  /// The setting a layer may give (`"negativeSlope": 0.2`), or nil.
  var setting: ActivationSetting? { get }
  /// The value of `setting` this definition holds (the leaky ReLU's α), or nil.
  var settingValue: Double? { get }
  /// False for an activation of the whole layer (softmax), whose value and slope the engine
  /// computes layer by layer.
  var isElementwise: Bool { get }

  /// out = g(net).
  func value(_ net: Double) -> Double
  /// ∂out/∂net, from net or from out, whichever the lecture writes it in (σ: out·(1 − out)).
  func slope(net: Double, out: Double) -> Double

  /// g(net) as a formula of `net` (a symbol, or substituted, a value).
  func formula(_ net: MathFormula) -> MathFormula
  /// ∂out/∂net as a formula of `net` and `out`, in the same form as `slope`; nil where a lecture
  /// writes none (softmax's slope is its Jacobian).
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula?
  /// What a walkthrough says of the activation besides its formulas.
  var explanation: ActivationExplanation { get }
  /// How `slopeFormula` follows from `formula`, step by step, in symbols `net` and `out`; nil
  /// where the activation has no slope of its own to derive (softmax's is its Jacobian, said in
  /// the conventions).
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation?

  /// g(net) in the formula language of computational graphs (`Graph/`): `net` is the graph name
  /// of the neuron's net input, `layer` those of every net input of its layer (for softmax).
  func graphFormula(_ net: String, layer: [String]) -> String
  /// How many operations `graphFormula` writes for one neuron of a layer of `width` neurons, at
  /// most: what `Network.estimatedGraphNodes` counts before a graph is built.
  func graphOperations(width: Int) -> Int

  /// The targets an output layer of this activation can be trained towards, which a homework
  /// variant may vary: the range of its outputs; nil where targets are not free numbers (a
  /// softmax's are a distribution, a step's are 0 or 1).
  var targetRange: ClosedRange<Double>? { get }
}

extension ActivationDefinition {
  var setting: ActivationSetting? { nil }
  var settingValue: Double? { nil }
  var isElementwise: Bool { true }
  var targetRange: ClosedRange<Double>? { -Double.infinity...Double.infinity }
  func graphOperations(width: Int) -> Int { 1 }
  var explanation: ActivationExplanation { ActivationExplanation() }
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? { nil }
}

/// The one number a fixture may set for an activation: its name in a layer, its default, and
/// the values it may take.
package struct ActivationSetting: Sendable {
  /// The key in a fixture's layer: `negativeSlope`.
  package let key: String
  /// The value when a layer gives none.
  package let defaultValue: Double
  /// Why `value` cannot be this setting (a sentence for an error message), or nil when it can.
  package let problem: @Sendable (_ value: Double) -> String?
  /// The activation with this setting at `value`.
  package let activation: @Sendable (_ value: Double) -> Activation
}

/// What a walkthrough says of an activation besides its formulas, in the words of its
/// conventions today.
struct ActivationExplanation: Sendable {
  /// A bullet of the conventions, for a network that has the activation (softmax: how it acts on
  /// a whole layer), or nil.
  var conventions: [Document.Inline]?
  /// A sentence for the backward pass through a layer of it (the step: nothing flows back), or
  /// nil.
  var backward: String?
}
