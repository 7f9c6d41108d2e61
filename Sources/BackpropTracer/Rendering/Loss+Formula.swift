extension Loss {
  /// The definition of the total error as TeX, summing over the outputs o.
  public var totalErrorFormula: String {
    switch self {
    case .halfSquaredError:
      return "E_{\\mathrm{total}} = \\sum_{o} \\frac{1}{2}(\\mathrm{target}_{o} - \\mathrm{out}_{o})^{2}"
    case .squaredError:
      return "E_{\\mathrm{total}} = \\sum_{o} (\\mathrm{target}_{o} - \\mathrm{out}_{o})^{2}"
    case .meanSquaredError:
      return "E_{\\mathrm{total}} = \\frac{1}{n} \\sum_{o} (\\mathrm{target}_{o} - \\mathrm{out}_{o})^{2}"
    case .binaryCrossEntropy:
      return "E_{\\mathrm{total}} = -\\sum_{o} [\\mathrm{target}_{o} \\log \\mathrm{out}_{o} + (1 - \\mathrm{target}_{o}) \\log(1 - \\mathrm{out}_{o})]"
    case .crossEntropy:
      return "E_{\\mathrm{total}} = -\\sum_{o} \\mathrm{target}_{o} \\log \\mathrm{out}_{o}"
    }
  }
}
