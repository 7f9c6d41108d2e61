/// Light algebraic simplification, as a lecturer would tidy a derivative by hand: folding 0
/// and 1, folding constants, `x^1 → x`, collecting the constants of a product in front, and
/// cancelling double negations. It never expands, reorders sums, or merges the factors of two
/// products, so `20*y^3 * 3*x^2` keeps its chain-rule shape.
extension ExpressionTree {
  /// The tree rebuilt bottom-up with the simplifying constructors below.
  package func simplified() -> ExpressionTree {
    fold { tree, operands in
      switch tree {
      case .number, .name: return tree
      case .negate: return .negation(operands.left)
      case let .call(function, _): return .call(function, operands.left)
      case let .binary(op, _, _): return .combining(op, operands.left, operands.right)
      }
    }
  }

  /// `u op w` built with the simplifying constructor of `op`.
  static func combining(_ op: ExpressionOperator, _ u: ExpressionTree, _ w: ExpressionTree) -> ExpressionTree {
    switch op {
    case .add: return .sum(u, w)
    case .subtract: return .difference(u, w)
    case .multiply: return .product(u, w)
    case .divide: return .quotient(u, w)
    case .power: return .power(u, w)
    }
  }

  /// `-u`, with `-(-u) → u` and `-(n) → (−n)`.
  static func negation(_ u: ExpressionTree) -> ExpressionTree {
    switch u {
    case .number(let n): return .number(n == 0 ? 0 : -n)
    case .negate(let inner): return inner
    default: return .negate(u)
    }
  }

  /// `u + w`, with `0 + w → w`, `u + 0 → u`, numbers added, `u + (-w) → u - w`.
  static func sum(_ u: ExpressionTree, _ w: ExpressionTree) -> ExpressionTree {
    switch (u, w) {
    case (.number(0), _): return w
    case (_, .number(0)): return u
    case (.number(let a), .number(let b)): return .number(a + b)
    case (_, .negate(let inner)): return .binary(.subtract, u, inner)
    case (_, .number(let b)) where b < 0: return .binary(.subtract, u, .number(-b))
    default: return .binary(.add, u, w)
    }
  }

  /// `u - w`, with `u - 0 → u`, `0 - w → -w`, numbers subtracted, `u - (-w) → u + w`.
  static func difference(_ u: ExpressionTree, _ w: ExpressionTree) -> ExpressionTree {
    switch (u, w) {
    case (_, .number(0)): return u
    case (.number(0), _): return negation(w)
    case (.number(let a), .number(let b)): return .number(a - b)
    case (_, .negate(let inner)): return .binary(.add, u, inner)
    case (_, .number(let b)) where b < 0: return .binary(.add, u, .number(-b))
    default: return .binary(.subtract, u, w)
    }
  }

  /// `u * w`, with 0 and ±1 folded, numbers multiplied, a constant moved in front
  /// (`x^2*3 → 3*x^2`) and merged with a leading constant (`5*(4*y^3) → 20*y^3`),
  /// `(-u)*(-w) → u*w` and `n*(-w) → (−n)*w`.
  static func product(_ u: ExpressionTree, _ w: ExpressionTree) -> ExpressionTree {
    switch (u, w) {
    case (.number(0), _), (_, .number(0)): return .number(0)
    case (.number(1), _): return w
    case (_, .number(1)): return u
    case (.number(-1), _): return negation(w)
    case (_, .number(-1)): return negation(u)
    case (.number(let a), .number(let b)): return .number(a * b)
    case (.number(let a), .binary(.multiply, .number(let b), let rest)): return product(.number(a * b), rest)
    case (.binary(.multiply, .number(let a), let rest), .number(let b)): return product(.number(a * b), rest)
    case (_, .number): return product(w, u)
    case (.negate(let a), .negate(let b)): return product(a, b)
    case (.number(let a), .negate(let b)): return product(.number(-a), b)
    default: return .binary(.multiply, u, w)
    }
  }

  /// `u / w`, with `u/1 → u`, `0/w → 0` (for w not the number 0), `u/(-1) → -u`, and a
  /// quotient of numbers folded when it is an integer. `u/0` is kept so evaluation reports it.
  static func quotient(_ u: ExpressionTree, _ w: ExpressionTree) -> ExpressionTree {
    switch (u, w) {
    case (_, .number(0)): return .binary(.divide, u, w)
    case (_, .number(1)): return u
    case (_, .number(-1)): return negation(u)
    case (.number(0), _): return .number(0)
    case (.number(let a), .number(let b)) where (a / b).rounded() == a / b: return .number(a / b)
    default: return .binary(.divide, u, w)
    }
  }

  /// `u ^ w`, with `u^0 → 1`, `u^1 → u`, `1^w → 1`, and a power of numbers folded when both
  /// are integers, the exponent is non-negative and the result is below 2^53 (exact).
  static func power(_ u: ExpressionTree, _ w: ExpressionTree) -> ExpressionTree {
    switch (u, w) {
    case (_, .number(0)), (.number(1), _): return .number(1)
    case (_, .number(1)): return u
    case (.number(let a), .number(let b))
    where a == a.rounded() && b == b.rounded() && b > 0 && abs(a) < 1e6 && b < 64:
      let folded = (try? ExpressionOperator.power.apply(a, b)) ?? .infinity
      return abs(folded) < 9.0e15 ? .number(folded) : .binary(.power, u, w)
    default: return .binary(.power, u, w)
    }
  }
}
