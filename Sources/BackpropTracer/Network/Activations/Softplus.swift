import Foundation

/// softplus(net) = log(1 + e^net), a smooth ReLU, whose slope is the sigmoid σ(net).
struct Softplus: ActivationDefinition {
  var name: String { "softplus" }
  var displayName: String { "softplus" }
  var targetRange: ClosedRange<Double>? { 0...Double.infinity }

  func value(_ net: Double) -> Double { softplus(net) }

  /// σ(net) = 1 / (1 + e^(−net)), from net.
  func slope(net: Double, out: Double) -> Double { Sigmoid().value(net) }

  /// `\log(1 + e^{net})`.
  func formula(_ net: MathFormula) -> MathFormula { .function(.log, [.sum([.integer(1), .exponential(net.factor)])]) }

  /// The sigmoid's formula: `\frac{1}{1 + e^{-net}}`.
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? { Sigmoid().formula(net) }

  var explanation: ActivationExplanation {
    ActivationExplanation(conventions: [
      .math("\\mathrm{softplus}(x) = \\log(1 + e^{x})"),
      .text(": a smooth ReLU, whose slope is the sigmoid "), .math("\\sigma(x) = \\frac{1}{1 + e^{-x}}"),
      .text(". It is computed as "), .math("\\max(x, 0) + \\log(1 + e^{-|x|})"),
      .text(", which is the same number without the risk of overflow."),
    ])
  }

  /// Log, +, exp.
  /// The derivative of a logarithm, then top and bottom divided by e^{net}: the sigmoid.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    let power = MathFormula.exponential(net)
    return SlopeDerivation(
      lead: "Why the slope of softplus is the sigmoid of its net input: the derivative of the logarithm of u is the derivative of u over u; dividing top and bottom by the exponential of the net input leaves the sigmoid.",
      steps: [
        .derivative(of: formula(net), by: net), .fraction(power, .sum([.integer(1), power])), Sigmoid().formula(net),
      ])
  }

  func graphOperations(width: Int) -> Int { 3 }

  func graphFormula(_ net: String, layer: [String]) -> String { "log(1 + exp(\(net)))" }
}

/// softplus(x) = log(1 + eˣ), computed without overflow as max(x, 0) + log(1 + e^{−|x|}): the
/// softplus activation, and the binary cross-entropy's log σ(z) = −softplus(−z).
package func softplus(_ x: Double) -> Double {
  max(x, 0) + log1p(exp(-abs(x)))
}
