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

  /// From 1/(1 + e^{−net}): the chain rule, the fraction split in two factors, the second
  /// 1 minus the first, the first the output.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    let sigma = formula(net), power = MathFormula.exponential(.negatedValue(net))
    let denominator = MathFormula.sum([.integer(1), power])
    return SlopeDerivation(
      lead: "Why the sigmoid's slope is its output times one minus its output: differentiate its definition by the chain rule, split the fraction into two factors, and notice that the second factor is one minus the first (the numerator is the denominator minus 1), while the first is the output itself.",
      steps: [
        .derivative(of: sigma, by: net),
        .fraction(power, .power(.parenthesized(denominator), 2)),
        .product([sigma, .fraction(power, denominator)]),
        .product([sigma, .parenthesized(.oneMinus(sigma))]),
        .juxtaposed([out, .parenthesized(.oneMinus(out))]),
      ])
  }

  func graphFormula(_ net: String, layer: [String]) -> String { "sigma(\(net))" }

  /// The sigmoid with the exponent's sign lost, 1 / (1 + e^net): the slip printed in seed 000,
  /// which the variant `sigmoid-sign-lost` computes.
  static func valueWithExponentSignLost(_ net: Double) -> Double { 1 / (1 + exp(net)) }
}
