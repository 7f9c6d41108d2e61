/// The identity net: a linear unit, slope 1.
struct Identity: ActivationDefinition {
  var name: String { "identity" }
  var displayName: String { "identity" }

  func value(_ net: Double) -> Double { net }

  func slope(net: Double, out: Double) -> Double { 1 }

  func formula(_ net: MathFormula) -> MathFormula { net }

  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? { .integer(1) }

  /// The net input passed on: slope 1.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    SlopeDerivation(
      lead: "Why the slope of the identity is 1: the output is the net input itself.",
      steps: [.derivative(of: net, by: net), .integer(1)])
  }

  func graphFormula(_ net: String, layer: [String]) -> String { net }
}
