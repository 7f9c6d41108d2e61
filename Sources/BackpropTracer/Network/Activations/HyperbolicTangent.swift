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

  func graphFormula(_ net: String, layer: [String]) -> String { "tanh(\(net))" }
}
