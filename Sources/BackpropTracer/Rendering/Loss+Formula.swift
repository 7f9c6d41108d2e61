extension Loss {
  /// The definition of the total error as TeX, summing over the outputs o: `total` is the
  /// notation's symbol of the error, `target` and `output` those of output o.
  public func totalErrorFormula(total: String, target: String, output: String) -> String {
    switch self {
    case .halfSquaredError: return "\(total) = \\sum_{o} \\frac{1}{2}(\(target) - \(output))^{2}"
    case .squaredError: return "\(total) = \\sum_{o} (\(target) - \(output))^{2}"
    case .meanSquaredError: return "\(total) = \\frac{1}{n} \\sum_{o} (\(target) - \(output))^{2}"
    case .binaryCrossEntropy:
      return "\(total) = -\\sum_{o} [\(target) \\log \(output) + (1 - \(target)) \\log(1 - \(output))]"
    case .crossEntropy:
      return "\(total) = -\\sum_{o} \(target) \\log \(output)"
    }
  }
}
