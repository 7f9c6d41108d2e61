/// The rectified linear unit max(0, net). Its slope is 1 for net > 0 and 0 below; at the kink
/// (net = 0) the left slope 0 is taken, as most libraries do.
struct ReLU: ActivationDefinition {
  var name: String { "relu" }
  var displayName: String { "ReLU" }
  var targetRange: ClosedRange<Double>? { 0...Double.infinity }

  func value(_ net: Double) -> Double { net > 0 ? net : 0 }

  func slope(net: Double, out: Double) -> Double { net > 0 ? 1 : 0 }

  /// `\max(0, net)`.
  func formula(_ net: MathFormula) -> MathFormula { .function(.max, [.integer(0), net]) }

  /// `\mathrm{ReLU}'(net)`, substituted with the side of the kink: `\mathrm{ReLU}'(0.3) \text{ with } 0.3 > 0`.
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? {
    .noting(.function(Self.function.derivative, [net]), .signOf(net))
  }

  /// Piecewise: 1 above 0, 0 below, the left slope 0 at the kink.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    SlopeDerivation(
      lead: "Why the slope of ReLU is 1 or 0: above 0 it is the net input itself (slope 1), below 0 it is the constant 0 (slope 0); at exactly 0 it has a kink and no slope, and the left slope 0 is taken there, as most libraries do.",
      steps: [.derivative(of: formula(net), by: net), .function(Self.function.derivative, [net])])
  }

  func graphFormula(_ net: String, layer: [String]) -> String { "max(0, \(net))" }

  /// ReLU as a named function: `\mathrm{ReLU}`, `relu`.
  static let function = MathFunction(.upright("ReLU"), plain: "relu")
}
