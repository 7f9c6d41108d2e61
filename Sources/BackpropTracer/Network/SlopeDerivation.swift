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

/// A derivation of several lines, each a left-hand side equal to its steps in turn, after a
/// sentence saying what is done: the softmax's Jacobian, cross-entropy through the softmax
/// collapsing to o − t (formula trees, so every notation and syntax prints the same steps).
struct LineDerivation: Sendable {
  /// One line: `symbol = step₁ = step₂ …`.
  struct Line: Sendable {
    var symbol: MathFormula
    var steps: [MathFormula]
  }

  /// What the steps do, in words.
  var lead: String
  /// The lines, in order.
  var lines: [Line]
}
