import Foundation

/// The logistic sigmoid σ(net) = 1 / (1 + e^(−net)), whose slope lectures write from its output:
/// σ′(net) = out·(1 − out).
struct Sigmoid: ActivationDefinition {
  var name: String { "sigmoid" }
  var displayName: String { "sigmoid" }
  var targetRange: ClosedRange<Double>? { 0...1 }

  /// The textbook form; below net ≈ −709 e^(−net) overflows to +∞ and the result is exactly 0,
  /// never NaN.
  func value(_ net: Double) -> Double { 1 / (1 + exp(-net)) }

  func slope(net: Double, out: Double) -> Double { out * (1 - out) }

  /// `\frac{1}{1 + e^{-net}}`, substituted `\frac{1}{1 + e^{-0.3775}}`.
  func formula(_ net: MathFormula) -> MathFormula {
    .fraction(.integer(1), .sum([.integer(1), .exponential(.negatedValue(net))]))
  }

  /// `out(1 - out)`.
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? {
    .juxtaposed([out.factor, .parenthesized(.oneMinus(out.factor))])
  }

  func graphFormula(_ net: String, layer: [String]) -> String { "sigma(\(net))" }

  /// The sigmoid with the exponent's sign lost, 1 / (1 + e^net): the slip printed in seed 000,
  /// which the variant `sigmoid-sign-lost` computes.
  static func valueWithExponentSignLost(_ net: Double) -> Double { 1 / (1 + exp(net)) }
}
