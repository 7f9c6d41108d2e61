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

  /// The derivative of the logarithm (only the output's own term depends on it); how the
  /// softmax then collapses the chain to o − t is `softmaxCollapse`.
  func slopeDerivation(target: MathFormula, output: MathFormula, outputCount: Int) -> SlopeDerivation {
    SlopeDerivation(
      lead: "Why the error's slope with respect to an output is minus target over output: only that output's own term of the sum depends on it, and the derivative of the logarithm of the output is 1 over the output.",
      steps: [
        .derivative(of: termFormula(target: target, output: output, outputCount: outputCount), by: output),
        slopeFormula(target: target, output: output, outputCount: outputCount),
      ])
  }

  /// Why δ = o − t through a softmax layer of `count` outputs (`target(k)`, `output(k)` the
  /// k-th's symbols), for output `j` with the symbol `slope` of ∂E/∂net_j: the chain rule sums
  /// the error's slope with respect to every output times that output's softmax slope; the
  /// outputs cancel and the targets sum to 1.
  static func softmaxCollapse(
    slope: MathFormula, j: Int, count: Int, target: (Int) -> MathFormula, output: (Int) -> MathFormula
  ) -> LineDerivation {
    let tj = target(j), oj = output(j)
    let steps: [MathFormula] = [
      .sum(count) { k in
        let errorSlope = MathFormula.negative(.fraction(target(k).factor, output(k).factor))
        let softmaxSlope = Softmax.slopeFormula(outI: output(k), outJ: oj, sameNeuron: k == j)
        return .juxtaposed([.parenthesized(errorSlope), k == j ? softmaxSlope : .parenthesized(softmaxSlope)])
      },
      .sum(count) { k in
        k == j ? .negative(.juxtaposed([tj.factor, .parenthesized(.oneMinus(oj.factor))])) : .juxtaposed([target(k).factor, oj.factor])
      },
      .sum([.negative(tj), .juxtaposed([oj.factor, .parenthesized(.sum(count) { target($0) })])]),
      .difference(oj, tj),
    ]
    return LineDerivation(
      lead: "Why each delta of the layer is its output minus its target: the error reaches a net input through every output of the layer, so the chain rule sums, over the outputs, the error's slope with respect to each output times that output's softmax slope (both derived above). Each output cancels against its denominator; what is left is minus the target plus the output times the sum of the targets, and the targets sum to 1.",
      lines: [LineDerivation.Line(symbol: slope, steps: steps)])
  }

  func graphFormula(target t: String, output o: String, outputCount: Int) -> String { "-\(t)*log(\(o))" }
}
