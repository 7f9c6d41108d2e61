/// A graph's formulas (`ExpressionTree`) in MathML Core: the third syntax of
/// `ExpressionPrinter`, beside plain text and LaTeX, with the same parentheses and the same
/// products (a centred dot between spaced factors and before a number, a sign or a fraction;
/// an invisible times otherwise).
struct MathMLExpressionSyntax: ExpressionSyntax {
  /// `tree` as MathML elements.
  static func print(_ tree: ExpressionTree) -> String { ExpressionPrinter.print(tree, Self()) }

  func pieces(of tree: ExpressionTree) -> [ExpressionPiece] {
    switch tree {
    case let .number(value):
      var text = ""
      MathML.number(ExpressionPrinter.plain(value), to: &text)
      return [.text(text)]
    case let .name(name): return [.text(Self.name(name))]
    case let .negate(operand):
      return [.text(MathML.negation)] + wrapped(operand, if: ExpressionPrinter.strength(operand) < .power && !ExpressionPrinter.isQuotient(operand))
        + [.text("</mrow>")]
    case let .call(.relu, operand):
      return [.text("<mi>max</mi><mo>&#x2061;</mo><mrow><mo>(</mo><mn>0</mn><mo>,</mo>"), .operand(operand), .text("<mo>)</mo></mrow>")]
    case let .call(.step, operand):
      return [.text("<mi>𝕀</mi><mrow><mo>[</mo>"), .operand(operand), .text("<mo>&gt;</mo><mn>0</mn><mo>]</mo></mrow>")]
    case let .call(function, operand):
      let name = function == .sigma ? "<mi>σ</mi>" : "<mi>\(function.rawValue)</mi>"
      return [.text(name + "<mo>&#x2061;</mo><mrow><mo>(</mo>"), .operand(operand), .text("<mo>)</mo></mrow>")]
    case let .binary(.divide, left, right):
      return [.text("<mfrac><mrow>"), .operand(left), .text("</mrow><mrow>"), .operand(right), .text("</mrow></mfrac>")]
    case let .binary(.power, base, exponent):
      return [.text("<msup><mrow>")] + wrapped(base, if: !ExpressionPrinter.isLaTeXAtom(base))
        + [.text("</mrow><mrow>"), .operand(exponent), .text("</mrow></msup>")]
    case let .binary(op, left, right):
      let (wrapLeft, wrapRight) = ExpressionPrinter.parenthesize(op, left, right)
      let between: ExpressionPiece = op == .multiply ? .productOperator : .text(op == .add ? "<mo>+</mo>" : "<mo>−</mo>")
      return wrapped(left, if: wrapLeft && !ExpressionPrinter.isQuotient(left)) + [between]
        + wrapped(right, if: wrapRight && !ExpressionPrinter.isQuotient(right))
    }
  }

  private func wrapped(_ operand: ExpressionTree, if condition: Bool) -> [ExpressionPiece] {
    condition ? [.text("<mrow><mo>(</mo>"), .operand(operand), .text("<mo>)</mo></mrow>")] : [.operand(operand)]
  }

  func productOperator(right: ExpressionTree, spaced: Bool, printed: String) -> String {
    if spaced && !ExpressionPrinter.isQuotient(right) { return "<mo>·</mo>" }
    return Self.startsWithNumber(right) ? "<mo>·</mo>" : "<mo>&#x2062;</mo>"
  }

  /// True when a factor prints starting with a number, a minus sign or a fraction, which a
  /// factor before it must not touch (`3 · 2`, `x · −y`).
  private static func startsWithNumber(_ factor: ExpressionTree) -> Bool {
    var tree = factor
    while true {
      switch tree {
      case .number, .negate, .binary(.divide, _, _): return true
      case .name, .call: return false
      case let .binary(.power, base, _):
        guard ExpressionPrinter.isLaTeXAtom(base) else { return false }
        tree = base
      case let .binary(op, left, right):
        guard !ExpressionPrinter.parenthesize(op, left, right).0 else { return false }
        tree = left
      }
    }
  }

  /// A node's name as the LaTeX printer sets it (`ExpressionPrinter.latex(name:)`): one letter
  /// italic, a Greek letter's name as the letter, a longer name upright; a trailing number as a
  /// subscript (`w5`, `z_1`, `netH1_2`).
  static func name(_ name: String) -> String {
    let letters = String(name.prefix { $0.isLetter })
    var rest = name.dropFirst(letters.count)
    if rest.first == "_" { rest = rest.dropFirst() }
    var base = name, index = ""
    if rest.isEmpty || rest.allSatisfy(\.isNumber) {
      (base, index) = (letters, String(rest))
    } else if let underscore = name.lastIndex(of: "_"), name[name.index(after: underscore)...].allSatisfy(\.isNumber),
      !name[..<underscore].contains("_")
    {
      (base, index) = (String(name[..<underscore]), String(name[name.index(after: underscore)...]))
    }
    var text = ""
    if base.count == 1 {
      text = "<mi>\(Escaping.svg(base))</mi>"
    } else if let greek = MathSymbol.greekLetters[base] {
      text = "<mi>\(greek)</mi>"
    } else {
      MathML.writeUpright(base, to: &text)
    }
    return index.isEmpty ? text : "<msub>\(text)<mn>\(Escaping.svg(index))</mn></msub>"
  }
}
