/// The leaky ReLU max(α·net, net) with a small negative slope 0 ≤ α < 1 (a layer's
/// `"negativeSlope"`, by default 0.01 as in PyTorch). Its slope is 1 for net > 0 and α below;
/// at the kink the left slope α is taken.
struct LeakyReLU: ActivationDefinition {
  /// α.
  let negativeSlope: Double

  var name: String { "leakyRelu" }
  var displayName: String { "leaky ReLU with negative slope \(negativeSlope)" }
  var setting: ActivationSetting? { Self.negativeSlope }
  var settingValue: Double? { negativeSlope }

  func value(_ net: Double) -> Double { net > 0 ? net : negativeSlope * net }

  func slope(net: Double, out: Double) -> Double { net > 0 ? 1 : negativeSlope }

  /// `\max(0.01 net, net)`.
  func formula(_ net: MathFormula) -> MathFormula {
    .function(.max, [.juxtaposed([.constant(negativeSlope), net.factor]), net])
  }

  /// `\mathrm{LReLU}'(net)`, substituted with the side of the kink.
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? {
    .noting(.function(MathFunction(.upright("LReLU"), plain: "leakyRelu", primed: true), [net]), .signOf(net))
  }

  /// Max, −, ×, max, a negation.
  /// Piecewise: 1 above 0, the negative slope at and below 0.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    SlopeDerivation(
      lead: "Why the slope of a leaky ReLU is 1 or its negative slope: above 0 it is the net input itself (slope 1), below 0 it is the net input times the negative slope (that slope); at exactly 0 the left slope is taken.",
      steps: [.derivative(of: formula(net), by: net), .function(MathFunction(.upright("LReLU"), plain: "leakyRelu", primed: true), [net])])
  }

  func graphOperations(width: Int) -> Int { 5 }

  /// max(0, u) − α·max(0, −u).
  func graphFormula(_ net: String, layer: [String]) -> String {
    "max(0, \(net)) - \(ExpressionPrinter.plain(negativeSlope))*max(0, -\(net))"
  }

  /// The negative slope a layer may set.
  static let negativeSlope = ActivationSetting(
    key: "negativeSlope", defaultValue: 0.01,
    problem: { $0 >= 0 && $0 < 1 ? nil : "the negative slope of a leaky ReLU must be at least 0 and below 1, found \($0)" },
    activation: { .leakyRelu(negativeSlope: $0) })
}
