/// Binary cross-entropy over sigmoid outputs: E = −Σ [t log o + (1 − t) log(1 − o)],
/// ∂E/∂o = (o − t) / (o(1 − o)); through the sigmoid δ = o − t.
///
/// A term is computed from the net input z, as log σ(z) = −softplus(−z) and
/// log(1 − σ(z)) = −softplus(z), so no logarithm of 0 is ever taken.
struct BinaryCrossEntropy: LossDefinition {
  var displayName: String { "binary cross-entropy" }
  var requiredOutputActivation: Activation? { .sigmoid }

  func term(target: Double, output: Double, net: Double, logSumExp: Double, outputCount: Int) -> Double {
    target * softplus(-net) + (1 - target) * softplus(net)
  }

  func slope(target: Double, output: Double, outputCount: Int) -> Double {
    (output - target) / (output * (1 - output))
  }

  /// `-[t \log o + (1 - t) \log(1 - o)]`.
  func termFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula {
    .negative(sum(target.factor, output.factor))
  }

  /// `\frac{o - t}{o(1 - o)}`.
  func slopeFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula {
    let (t, o) = (target.factor, output.factor)
    return .fraction(.difference(o, t), .juxtaposed([o, .parenthesized(.oneMinus(o))]))
  }

  /// `-\sum_{o} [t \log o + (1 - t) \log(1 - o)]`.
  func totalFormula(target: MathFormula, output: MathFormula) -> MathFormula {
    .negative(.sumOverOutputs(.bracketed(sum(target, output))))
  }

  /// The derivatives of both logarithms, over a common denominator; times the sigmoid's slope
  /// o(1 − o) it leaves o − t.
  func slopeDerivation(target: MathFormula, output: MathFormula, outputCount: Int) -> SlopeDerivation {
    let (t, o) = (target.factor, output.factor)
    return SlopeDerivation(
      lead: "Why the error's slope with respect to an output is (output minus target) over output times (1 minus output): differentiate both logarithms and put the two fractions over one denominator. Times the sigmoid's slope, output times (1 minus output), the denominator cancels: that is why each delta of the layer is the output minus the target.",
      steps: [
        .derivative(of: termFormula(target: target, output: output, outputCount: outputCount), by: output),
        .sum([.negative(.fraction(t, o)), .fraction(.oneMinus(t), .oneMinus(o))]),
        slopeFormula(target: target, output: output, outputCount: outputCount),
      ])
  }

  func graphFormula(target t: String, output o: String, outputCount: Int) -> String {
    "-(\(t)*log(\(o)) + (1 - \(t))*log(1 - \(o)))"
  }

  /// t log o + (1 − t) log(1 − o).
  private func sum(_ t: MathFormula, _ o: MathFormula) -> MathFormula {
    .sum([.juxtaposed([t, .function(.log, [o])]), .juxtaposed([.parenthesized(.oneMinus(t)), .function(.log, [.oneMinus(o)])])])
  }
}
