/// Prints an ``ExpressionTree`` as plain text or LaTeX math with as few parentheses as the
/// value needs.
///
/// Plain text re-parses to the same value: `20*(x^3 + 7)^3 * 3*x^2`. A product whose right
/// factor is itself a product or a negation, or whose left factor is such a spaced product, is
/// spaced (` * `, LaTeX ` \cdot `) so the factors of a chain rule stay visible; other products
/// are tight (`3*x^2`, `2*x*y`, LaTeX `3x^{2}`). Because `*`
/// and `+` are associative, a re-parsed printout may group differently from the original tree.
public enum ExpressionPrinter {
  /// Binding strength of a printed tree, loosest first.
  enum Strength: Int, Comparable {
    case sum = 1, product, negation, power, atom
    static func < (a: Strength, b: Strength) -> Bool { a.rawValue < b.rawValue }
  }

  /// The formula in plain text, as the parser reads it.
  public static func plain(_ tree: ExpressionTree) -> String { plainRendering(tree).text }

  /// The plain text, and whether it is a spaced product (see ``isChainFactor(_:)``), computed in
  /// one pass so long products print in linear time.
  private static func plainRendering(_ tree: ExpressionTree) -> (text: String, spaced: Bool) {
    switch tree {
    case .number(let value): return (plain(value), false)
    case .name(let name): return (name, false)
    case .negate(let operand): return ("-" + wrapped(plain(operand), if: strength(operand) < .power), false)
    case .call(.relu, let operand): return ("max(0, \(plain(operand)))", false)
    case .call(let function, let operand): return ("\(function.rawValue)(\(plain(operand)))", false)
    case .binary(let op, let left, let right):
      let (wrapLeft, wrapRight) = parenthesize(op, left, right)
      let (leftText, leftSpaced) = plainRendering(left)
      let l = wrapped(leftText, if: wrapLeft)
      let r = wrapped(plain(right), if: wrapRight)
      switch op {
      case .add, .subtract: return ("\(l) \(op.rawValue) \(r)", false)
      case .multiply:
        let spaced = isChainFactor(right) || leftSpaced
        return (l + (spaced ? " * " : "*") + r, spaced)
      case .divide, .power: return (l + op.rawValue + r, false)
      }
    }
  }

  /// A number as the parser reads it: integers without a decimal point (`20`), others in
  /// Swift's shortest round-trip form (`0.5`, `1e-05`); negative zero prints as `0`.
  public static func plain(_ value: Double) -> String {
    if value == 0 { return "0" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  static func wrapped(_ text: String, if condition: Bool) -> String {
    condition ? "(" + text + ")" : text
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
  public var description: String { ExpressionPrinter.plain(self) }
}
