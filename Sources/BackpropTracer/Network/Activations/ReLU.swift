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

  func graphFormula(_ net: String, layer: [String]) -> String { "max(0, \(net))" }

  /// ReLU as a named function: `\mathrm{ReLU}`, `relu`.
  static let function = MathFunction(.upright("ReLU"), plain: "relu")
}
