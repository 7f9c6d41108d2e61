/// The squared errors: E = Σ c·(t − o)², with c = ½ (`halfSquaredError`, seed 000's), 1
/// (`squaredError`) or 1/n over n outputs (`meanSquaredError`); ∂E/∂o = −2c·(t − o).
struct SquaredError: LossDefinition {
  /// Which coefficient c.
  enum Kind { case half, full, mean }

  let kind: Kind

  init(_ kind: Kind) { self.kind = kind }

  var displayName: String {
    switch kind {
    case .half: return "half the sum of squared errors"
    case .full: return "the sum of squared errors (no factor 1/2)"
    case .mean: return "the mean of the squared errors over the outputs"
    }
  }

  func term(target: Double, output: Double, net: Double, logSumExp: Double, outputCount: Int) -> Double {
    let error = target - output
    switch kind {
    case .half: return 0.5 * error * error
    case .full: return error * error
    case .mean: return error * error / Double(outputCount)
    }
  }

  func slope(target: Double, output: Double, outputCount: Int) -> Double {
    let error = target - output
    switch kind {
    case .half: return -error
    case .full: return -2 * error
    case .mean: return -2 * error / Double(outputCount)
    }
  }

  /// `\frac{1}{2}(t - o)^{2}`, `(t - o)^{2}`, `\frac{1}{n}(t - o)^{2}` (the mean over one output:
  /// no 1/1); substituted, the target as printed and the output as a factor.
  func termFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula {
    let c: MathFormula.Coefficient
    switch kind {
    case .half: c = MathFormula.Coefficient(1, over: 2)
    case .full: c = MathFormula.Coefficient(1)
    case .mean: c = MathFormula.Coefficient(1, over: outputCount == 1 ? nil : outputCount)
    }
    return .coefficient(c, .power(error(target, output), 2))
  }

  /// `-(t - o)`, `-2(t - o)`, `-\frac{2}{n}(t - o)`.
  func slopeFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula {
    let c: MathFormula.Coefficient
    switch kind {
    case .half: c = MathFormula.Coefficient(negative: true, 1)
    case .full: c = MathFormula.Coefficient(negative: true, 2)
    case .mean: c = MathFormula.Coefficient(negative: true, 2, over: outputCount == 1 ? nil : outputCount)
    }
    return .coefficient(c, error(target, output))
  }

  /// `\sum_{o} \frac{1}{2}(t - o)^{2}`, `\sum_{o} (t - o)^{2}`, `\frac{1}{n} \sum_{o} (t - o)^{2}`.
  func totalFormula(target: MathFormula, output: MathFormula) -> MathFormula {
    let square = MathFormula.power(error(target, output), 2)
    switch kind {
    case .half: return .sumOverOutputs(.coefficient(MathFormula.Coefficient(1, over: 2), square))
    case .full: return .sumOverOutputs(square)
    case .mean:
      return .juxtaposed([.fraction(.integer(1), .symbol(MathSymbol(.italic("n")).expression)), .sumOverOutputs(square)])
    }
  }

  /// The power rule, whose 2 cancels the half (half), doubles (full) or is divided by n (mean),
  /// times the inner derivative −1.
  func slopeDerivation(target: MathFormula, output: MathFormula, outputCount: Int) -> SlopeDerivation {
    let inner = MathFormula.parenthesized(.integer(-1)), difference = error(target, output)
    let lead: String, power: MathFormula
    switch kind {
    case .half:
      lead = "Why the error's slope with respect to an output is minus (target minus output): only that output's own term of the sum depends on it; the power rule brings the exponent 2 down, where it cancels the one half, and the inner derivative of the target minus the output, with respect to the output, is minus 1."
      power = .product([.integer(2), .coefficient(MathFormula.Coefficient(1, over: 2), difference), inner])
    case .full:
      lead = "Why the error's slope with respect to an output is minus twice (target minus output): only that output's own term depends on it; the power rule brings the exponent 2 down (no one half cancels it), and the inner derivative of the target minus the output, with respect to the output, is minus 1."
      power = .product([.integer(2), difference, inner])
    case .mean:
      lead = "Why the error's slope with respect to an output is minus 2 over n times (target minus output): only that output's own term depends on it; the power rule brings the exponent 2 down, the mean keeps its factor 1 over n (n outputs), and the inner derivative of the target minus the output, with respect to the output, is minus 1."
      power = .product([.integer(2), .coefficient(MathFormula.Coefficient(1, over: outputCount == 1 ? nil : outputCount), difference), inner])
    }
    return SlopeDerivation(
      lead: lead,
      steps: [
        .derivative(of: termFormula(target: target, output: output, outputCount: outputCount), by: output), power,
        slopeFormula(target: target, output: output, outputCount: outputCount),
      ])
  }

  func graphFormula(target t: String, output o: String, outputCount: Int) -> String {
    switch kind {
    case .half: return "0.5*(\(t) - \(o))^2"
    case .full: return "(\(t) - \(o))^2"
    case .mean: return "(\(t) - \(o))^2/\(outputCount)"
    }
  }

  /// (t − o).
  private func error(_ target: MathFormula, _ output: MathFormula) -> MathFormula {
    .parenthesized(.difference(target, output.factor))
  }
}
