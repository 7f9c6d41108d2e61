/// The identity net: a linear unit, slope 1.
struct Identity: ActivationDefinition {
  var name: String { "identity" }
  var displayName: String { "identity" }

  func value(_ net: Double) -> Double { net }

  func slope(net: Double, out: Double) -> Double { 1 }

  func formula(_ net: MathFormula) -> MathFormula { net }

  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? { .integer(1) }

  func graphFormula(_ net: String, layer: [String]) -> String { net }
}
