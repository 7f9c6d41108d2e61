import Foundation

/// tanh(net), whose slope lectures write from its output: 1 − out².
struct HyperbolicTangent: ActivationDefinition {
  var name: String { "tanh" }
  var displayName: String { "tanh" }
  var targetRange: ClosedRange<Double>? { -1...1 }

  func value(_ net: Double) -> Double { tanh(net) }

  func slope(net: Double, out: Double) -> Double { 1 - out * out }

  /// `\tanh(net)`.
  func formula(_ net: MathFormula) -> MathFormula { .function(.tanh, [net]) }

  /// `1 - out^{2}`.
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? { .oneMinus(.power(out.factor, 2)) }

  /// From tanh written with exponentials: the quotient rule, then the fraction split into 1
  /// minus tanh squared.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    let up = MathFormula.exponential(net), down = MathFormula.exponential(.negatedValue(net))
    let sum = MathFormula.parenthesized(.sum([up, down])), difference = MathFormula.parenthesized(.difference(up, down))
    return SlopeDerivation(
      lead: "Why the slope of tanh is one minus its output squared: write tanh as a quotient of exponentials, apply the quotient rule, and split the fraction: what is taken from 1 is the square of tanh, the output squared.",
      steps: [
        .derivative(of: .fraction(.difference(up, down), .sum([up, down])), by: net),
        .fraction(.difference(.power(sum, 2), .power(difference, 2)), .power(sum, 2)),
        .oneMinus(.power(.function(.tanh, [net]), 2)),
        .oneMinus(.power(out, 2)),
      ])
  }

  func graphFormula(_ net: String, layer: [String]) -> String { "tanh(\(net))" }
}
