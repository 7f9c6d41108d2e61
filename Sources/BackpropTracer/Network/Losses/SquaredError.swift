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
