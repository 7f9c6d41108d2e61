/// The output itself, for a circuit (CS231n's sigmoid neuron f = σ(w0x0 + w1x1 + w2)): E = Σ o
/// over the outputs, so ∂E/∂o = 1 and every gradient is the gradient of the output. It needs no
/// targets: a fixture gives none, and none is recorded.
struct OutputItself: LossDefinition {
  var displayName: String { "the output itself (a circuit: ∂out/∂out = 1, no targets)" }
  var usesTargets: Bool { false }

  func term(target: Double, output: Double, net: Double, logSumExp: Double, outputCount: Int) -> Double { output }

  func slope(target: Double, output: Double, outputCount: Int) -> Double { 1 }

  /// `o`.
  func termFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula { output }

  /// `1`.
  func slopeFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula { .integer(1) }

  /// ∂o/∂o = 1: the output differentiated by itself.
  func slopeDerivation(target: MathFormula, output: MathFormula, outputCount: Int) -> SlopeDerivation {
    SlopeDerivation(
      lead: "Why the error's slope with respect to an output is 1: the error of a circuit is its output itself, and a quantity changes one for one with itself.",
      steps: [.derivative(of: output, by: output), .integer(1)])
  }

  /// `\sum_{o} o`.
  func totalFormula(target: MathFormula, output: MathFormula) -> MathFormula { .sumOverOutputs(output) }

  func graphFormula(target t: String, output o: String, outputCount: Int) -> String { o }
}
