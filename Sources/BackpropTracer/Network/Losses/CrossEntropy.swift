/// Categorical cross-entropy (negative log-likelihood) over a softmax output layer, one-hot or
/// class targets: E = −Σ t log o, ∂E/∂o = −t/o; through the softmax δ = o − t.
///
/// A term is computed from the net input z and the layer's log Σ e^z, as
/// log softmax(z) = z − log Σ e^z, so no logarithm of 0 is ever taken; a zero target contributes
/// exactly 0.
struct CrossEntropy: LossDefinition {
  var displayName: String { "categorical cross-entropy (negative log-likelihood)" }
  var requiredOutputActivation: Activation? { .softmax }

  func term(target: Double, output: Double, net: Double, logSumExp: Double, outputCount: Int) -> Double {
    target == 0 ? 0 : target * (logSumExp - net)
  }

  func slope(target: Double, output: Double, outputCount: Int) -> Double {
    target == 0 ? 0 : -target / output
  }

  /// `-t \log o`, substituted `-(0 \times \log 0.34)` (not `-0 \times …`, which reads as a
  /// negative zero).
  func termFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula {
    .negative(.juxtaposed([target.factor, .function(.log, [output.factor])]))
  }

  /// `-\frac{t}{o}`.
  func slopeFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula {
    .negative(.fraction(target.factor, output.factor))
  }

  /// `-\sum_{o} t \log o`.
  func totalFormula(target: MathFormula, output: MathFormula) -> MathFormula {
    .negative(.sumOverOutputs(.juxtaposed([target, .function(.log, [output])])))
  }

  /// The derivative of the logarithm; with the softmax's Jacobian the chain adds up to o − t.
  func slopeDerivation(target: MathFormula, output: MathFormula, outputCount: Int) -> SlopeDerivation {
    SlopeDerivation(
      lead: "Why the error's slope with respect to an output is minus target over output: the derivative of the logarithm of the output is 1 over the output. Through the softmax every output depends on every net input of the layer; summed over the outputs with the softmax's Jacobian, the terms add up to the output minus the target, because the targets sum to 1. That is why each delta of the layer is the output minus the target.",
      steps: [
        .derivative(of: termFormula(target: target, output: output, outputCount: outputCount), by: output),
        slopeFormula(target: target, output: output, outputCount: outputCount),
      ])
  }

  func graphFormula(target t: String, output o: String, outputCount: Int) -> String { "-\(t)*log(\(o))" }
}
