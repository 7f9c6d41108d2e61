@testable import BackpropTracer

/// The recursive printers, derivative and simplification the library had before its walks over
/// formulas became iterative, kept as an oracle: on trees shallow enough for recursion, the
/// iterative versions must give exactly the same text and trees.
enum RecursiveExpressionOracle {
  static func plain(_ tree: ExpressionTree) -> String { plainRendering(tree).text }

  private static func plainRendering(_ tree: ExpressionTree) -> (text: String, spaced: Bool) {
    switch tree {
    case .number(let value): return (ExpressionPrinter.plain(value), false)
    case .name(let name): return (name, false)
    case .negate(let operand): return ("-" + wrapped(plain(operand), if: ExpressionPrinter.strength(operand) < .power), false)
    case .call(.relu, let operand): return ("max(0, \(plain(operand)))", false)
    case .call(let function, let operand): return ("\(function.rawValue)(\(plain(operand)))", false)
    case .binary(let op, let left, let right):
      let (wrapLeft, wrapRight) = ExpressionPrinter.parenthesize(op, left, right)
      let (leftText, leftSpaced) = plainRendering(left)
      let l = wrapped(leftText, if: wrapLeft)
      let r = wrapped(plain(right), if: wrapRight)
      switch op {
      case .add, .subtract: return ("\(l) \(op.rawValue) \(r)", false)
      case .multiply:
        let spaced = ExpressionPrinter.isChainFactor(right) || leftSpaced
        return (l + (spaced ? " * " : "*") + r, spaced)
      case .divide, .power: return (l + op.rawValue + r, false)
      }
    }
  }

  private static func wrapped(_ text: String, if condition: Bool) -> String { condition ? "(" + text + ")" : text }

  static func latex(_ tree: ExpressionTree) -> String { latexRendering(tree).text }

  private static func latexRendering(_ tree: ExpressionTree) -> (text: String, spaced: Bool) {
    guard case .binary(.multiply, let left, let right) = tree else { return (latexOfNonProduct(tree), false) }
    let (wrapLeft, wrapRight) = ExpressionPrinter.parenthesize(.multiply, left, right)
    let (leftText, leftSpaced) = latexRendering(left)
    let l = latexWrapped(leftText, if: wrapLeft && !ExpressionPrinter.isQuotient(left))
    let r = latexWrapped(latex(right), if: wrapRight && !ExpressionPrinter.isQuotient(right))
    let spaced = ExpressionPrinter.isChainFactor(right) || leftSpaced
    if spaced && !ExpressionPrinter.isQuotient(right) { return (l + " \\cdot " + r, true) }
    if let first = r.first, first.isNumber || first == "-" || r.hasPrefix("\\frac") {
      return (l + " \\cdot " + r, spaced)
    }
    return (l + (endsWithControlWord(l) && r.first?.isLetter == true ? " " : "") + r, spaced)
  }

  private static func latexOfNonProduct(_ tree: ExpressionTree) -> String {
    switch tree {
    case .number(let value): return ExpressionPrinter.latex(value)
    case .name(let name): return ExpressionPrinter.latex(name: name)
    case .negate(let operand):
      return "-" + latexWrapped(latex(operand), if: ExpressionPrinter.strength(operand) < .power && !ExpressionPrinter.isQuotient(operand))
    case .call(.relu, let operand): return "\\max\\left(0, \(latex(operand))\\right)"
    case .call(.step, let operand): return "\\mathbb{I}\\left[\(latex(operand)) > 0\\right]"
    case .call(let function, let operand): return "\\\(function.rawValue)\\left(\(latex(operand))\\right)"
    case .binary(.divide, let left, let right): return "\\frac{\(latex(left))}{\(latex(right))}"
    case .binary(.power, let base, let exponent):
      return latexWrapped(latex(base), if: !ExpressionPrinter.isLaTeXAtom(base)) + "^{\(latex(exponent))}"
    case .binary(let op, let left, let right):
      let (wrapLeft, wrapRight) = ExpressionPrinter.parenthesize(op, left, right)
      let l = latexWrapped(latex(left), if: wrapLeft && !ExpressionPrinter.isQuotient(left))
      let r = latexWrapped(latex(right), if: wrapRight && !ExpressionPrinter.isQuotient(right))
      return "\(l) \(op.rawValue) \(r)"
    }
  }

  private static func latexWrapped(_ text: String, if condition: Bool) -> String {
    condition ? "\\left(" + text + "\\right)" : text
  }

  private static func endsWithControlWord(_ text: String) -> Bool {
    let letters = text.reversed().prefix { $0.isLetter }
    return text.dropLast(letters.count).last == "\\" && !letters.isEmpty
  }

  static func derivative(_ tree: ExpressionTree, _ variable: String) -> ExpressionTree {
    switch tree {
    case .number: return .number(0)
    case .name(let name): return .number(name == variable ? 1 : 0)
    case .negate(let u): return .negation(derivative(u, variable))
    case .call(let function, let u):
      let du = derivative(u, variable)
      if case .number(0) = du { return .number(0) }
      if function == .log { return .quotient(du, u) }
      return .product(du, function.symbolicDerivative(at: u))
    case .binary(let op, let u, let w):
      let du = derivative(u, variable), dw = derivative(w, variable)
      switch op {
      case .add: return .sum(du, dw)
      case .subtract: return .difference(du, dw)
      case .multiply: return .sum(.product(du, w), .product(u, dw))
      case .divide: return .difference(.quotient(du, w), .quotient(.product(u, dw), .power(w, .number(2))))
      case .power:
        switch (du, dw) {
        case (.number(0), .number(0)): return .number(0)
        case (_, .number(0)): return .product(.product(w, .power(u, .difference(w, .number(1)))), du)
        case (.number(0), _): return .product(.product(tree, .call(.log, u)), dw)
        default: return .product(tree, .sum(.product(dw, .call(.log, u)), .quotient(.product(w, du), u)))
        }
      }
    }
  }

  static func simplified(_ tree: ExpressionTree) -> ExpressionTree {
    switch tree {
    case .number, .name: return tree
    case .negate(let operand): return .negation(simplified(operand))
    case .call(let function, let operand): return .call(function, simplified(operand))
    case .binary(let op, let left, let right): return .combining(op, simplified(left), simplified(right))
    }
  }

  /// A random tree of at most `depth` levels over names that exercise every printing rule
  /// (single letters, subscripts, Greek and upright names) and numbers of every sign and size.
  static func randomTree(depth: Int, using random: inout SplitMix64) -> ExpressionTree {
    if depth == 0 || Int.random(in: 0..<6, using: &random) == 0 {
      let names = ["x", "y", "w5", "theta", "net", "z_1", "netH1_2", "Sigma", "t"]
      let numbers = [0, 1, -1, 2, 0.5, -3, 20, 1e-5, 2.5e20, -0.25]
      return Bool.random(using: &random)
        ? .name(names.randomElement(using: &random) ?? "x") : .number(numbers.randomElement(using: &random) ?? 1)
    }
    func sub() -> ExpressionTree { randomTree(depth: depth - 1, using: &random) }
    switch Int.random(in: 0..<8, using: &random) {
    case 0: return .negate(sub())
    case 1: return .call(ExpressionFunction.allCases.randomElement(using: &random) ?? .exp, sub())
    default: return .binary(ExpressionOperator.allCases.randomElement(using: &random) ?? .add, sub(), sub())
    }
  }
}
