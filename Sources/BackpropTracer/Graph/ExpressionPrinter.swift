/// Prints an ``ExpressionTree`` as plain text or LaTeX math with as few parentheses as the
/// value needs.
///
/// Plain text re-parses to the same value: `20*(x^3 + 7)^3 * 3*x^2`. A product whose right
/// factor is itself a product or a negation, or whose left factor is such a spaced product, is
/// spaced (` * `, LaTeX ` \cdot `) so the factors of a chain rule stay visible; other products
/// are tight (`3*x^2`, `2*x*y`, LaTeX `3x^{2}`). Because `*`
/// and `+` are associative, a re-parsed printout may group differently from the original tree.
package enum ExpressionPrinter {
  /// Binding strength of a printed tree, loosest first.
  enum Strength: Int, Comparable {
    case sum = 1, product, negation, power, atom
    static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
  }

  /// The formula in plain text, as the parser reads it.
  package static func plain(_ tree: ExpressionTree) -> String { print(tree, PlainSyntax()) }

  /// A number as the parser reads it: integers without a decimal point (`20`), others in
  /// Swift's shortest round-trip form (`0.5`, `1e-05`); negative zero prints as `0`.
  package static func plain(_ value: Double) -> String {
    if value == 0 { return "0" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  static func strength(_ tree: ExpressionTree) -> Strength {
    switch tree {
    case .number(let value): return value < 0 ? .negation : .atom
    case .name, .call: return .atom
    case .negate: return .negation
    case .binary(.add, _, _), .binary(.subtract, _, _): return .sum
    case .binary(.multiply, _, _), .binary(.divide, _, _): return .product
    case .binary(.power, _, _): return .power
    }
  }

  /// Whether the left and right operands of `op` need parentheses in plain text.
  /// Negations on the right are wrapped for readability: `a - (-b)`, `a*(-b)`.
  static func parenthesize(
    _ op: ExpressionOperator, _ left: ExpressionTree, _ right: ExpressionTree
  ) -> (Bool, Bool) {
    let l = strength(left), r = strength(right)
    let rightIsNegation = r == .negation
    switch op {
    case .add: return (false, rightIsNegation)
    case .subtract: return (false, r <= .sum || rightIsNegation)
    case .multiply: return (l < .product, r < .product || rightIsNegation)
    case .divide: return (l < .product, r <= .negation)
    case .power: return (l < .atom, r < .power)
    }
  }

  /// A product is printed with spaces when its right factor is a chain factor, or its left
  /// factor is itself a spaced product (`ȳ·σ′(z) · w`).
  /// True for a right factor printed as its own group: a product, a quotient or a negation.
  static func isChainFactor(_ tree: ExpressionTree) -> Bool {
    switch strength(tree) {
    case .product, .negation: return true
    default: return false
    }
  }
}

extension ExpressionTree: CustomStringConvertible {
  /// The plain-text form, as printed by ``ExpressionPrinter/plain(_:)-(ExpressionTree)``.
  package var description: String { ExpressionPrinter.plain(self) }
}

/// Plain text: `20*(x^3 + 7)^3 * 3*x^2`.
struct PlainSyntax: ExpressionSyntax {
  func pieces(of tree: ExpressionTree) -> [ExpressionPiece] {
    switch tree {
    case let .number(value): return [.text(ExpressionPrinter.plain(value))]
    case let .name(name): return [.text(name)]
    case let .negate(operand): return [.text("-")] + wrapped(operand, if: ExpressionPrinter.strength(operand) < .power)
    case let .call(.relu, operand): return [.text("max(0, "), .operand(operand), .text(")")]
    case let .call(function, operand): return [.text(function.rawValue + "("), .operand(operand), .text(")")]
    case let .binary(op, left, right):
      let (wrapLeft, wrapRight) = ExpressionPrinter.parenthesize(op, left, right)
      let between: ExpressionPiece
      switch op {
      case .add, .subtract: between = .text(" \(op.rawValue) ")
      case .multiply: between = .productOperator
      case .divide, .power: between = .text(op.rawValue)
      }
      return wrapped(left, if: wrapLeft) + [between] + wrapped(right, if: wrapRight)
    }
  }

  private func wrapped(_ operand: ExpressionTree, if condition: Bool) -> [ExpressionPiece] {
    condition ? [.text("("), .operand(operand), .text(")")] : [.operand(operand)]
  }

  func productOperator(right: ExpressionTree, spaced: Bool, printed: String) -> String {
    spaced ? " * " : "*"
  }
}
