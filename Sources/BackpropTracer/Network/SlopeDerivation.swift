/// How a slope follows from its definition, as a lecture derives it once: a sentence saying
/// what is done, then the slope's symbol equal to each step in turn (formula trees of the
/// symbols a walkthrough passes in, so every notation and every syntax prints the same steps).
struct SlopeDerivation: Sendable {
  /// What the steps do, in words (no symbols: the words hold in every notation).
  var lead: String
  /// The steps, each equal to the one before; the first is the definition differentiated, the
  /// last the slope as the derivation writes it.
  var steps: [MathFormula]
}

extension MathFormula {
  /// ∂x/∂`variable` of `x`, written as an operator before it: `\frac{\partial}{\partial \mathrm{net}} x`
  /// (x in parentheses when it is a sum, a difference or negated).
  static func derivative(of x: MathFormula, by variable: MathFormula) -> MathFormula {
    let partial = MathFormula.symbol(MathSymbol(.greek("partial")).expression)
    let operand: MathFormula
    switch x {
    case .sum, .difference, .negative: operand = .parenthesized(x)
    default: operand = x
    }
    return .juxtaposed([.fraction(partial, .juxtaposed([partial, variable])), operand])
  }
}
