/// The hard threshold (Heaviside step): 1 when net > 0, else 0. Its derivative is 0 wherever it
/// exists (everywhere but 0), so no error signal flows back through it.
struct Step: ActivationDefinition {
  var name: String { "step" }
  var displayName: String { "step (hard threshold)" }
  var targetRange: ClosedRange<Double>? { nil }

  func value(_ net: Double) -> Double { net > 0 ? 1 : 0 }

  func slope(net: Double, out: Double) -> Double { 0 }

  /// `\mathrm{step}(net)`, substituted with the side of the threshold.
  func formula(_ net: MathFormula) -> MathFormula { .noting(.function(Self.function, [net]), .signOf(net)) }

  /// `\mathrm{step}'(net)`, substituted as 0 with the reason.
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? {
    .substitution(
      symbols: .function(Self.function.derivative, [net]),
      values: .remark(.integer(0), "the step is flat wherever it has a slope"))
  }

  var explanation: ActivationExplanation {
    ActivationExplanation(backward: "The step function is flat wherever it has a slope: its derivative is 0 (and undefined at 0), so every δ of this layer is 0 and no weight feeding it ever changes. That is why backpropagation needs a differentiable activation such as the sigmoid.")
  }

  /// Flat on both sides of its jump.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    SlopeDerivation(
      lead: "Why the slope of the step is 0: it is constant on each side of its jump (0 below, 1 above) and has no slope at the jump itself.",
      steps: [.derivative(of: .function(Self.function, [net]), by: net), .function(Self.function.derivative, [net]), .integer(0)])
  }

  func graphFormula(_ net: String, layer: [String]) -> String { "step(\(net))" }

  /// The step as a named function: `\mathrm{step}`, `step`.
  static let function = MathFunction(.upright("step"), plain: "step")
}
