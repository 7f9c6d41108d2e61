import Foundation

extension ExpressionPrinter {
  /// The formula as LaTeX math (no surrounding `$`), using only amsmath/amssymb and KaTeX
  /// commands: `20\left(x^{3} + 7\right)^{3} \cdot 3x^{2}`.
  ///
  /// Quotients print as `\frac`, exponents in braces, functions as `\exp`, `\log`, `\sin`,
  /// `\cos`, `\tanh`, `\sigma`, `\max\left(0, u\right)`, and the step as `\mathbb{I}\left[u > 0\right]`.
  /// Names go through ``latex(name:)``.
  package static func latex(_ tree: ExpressionTree) -> String { print(tree, LaTeXSyntax()) }

  /// A number for LaTeX: as ``plain(_:)-(Double)``, with `1e-05` written `1 \cdot 10^{-5}`.
  package static func latex(_ value: Double) -> String {
    let text = plain(value)
    guard let e = text.firstIndex(where: { $0 == "e" }) else { return text }
    let mantissa = text[..<e]
    let exponent = Int(text[text.index(after: e)...]) ?? 0
    return "\(mantissa) \\cdot 10^{\(exponent)}"
  }

  /// A name for LaTeX: `x` stays `x`; a trailing number becomes a subscript (`w5` → `w_{5}`,
  /// `z_1` → `z_{1}`); Greek letter names become commands (`theta` → `\theta`); any other
  /// multi-letter name is upright (`net` → `\mathrm{net}`). Names are `[A-Za-z][A-Za-z0-9_]*`,
  /// so nothing needs escaping.
  package static func latex(name: String) -> String {
    let letters = String(name.prefix { $0.isLetter })
    var rest = name.dropFirst(letters.count)
    if rest.first == "_" { rest = rest.dropFirst() }
    let base =
      letters.count == 1
      ? letters : greekLetters.contains(letters) ? "\\" + letters : "\\mathrm{\(letters)}"
    if rest.isEmpty { return base }
    if rest.allSatisfy(\.isNumber) { return "\(base)_{\(rest)}" }
    // An intermediate node of a definition with digits in its name: `netH1_2` → `\mathrm{netH1}_{2}`.
    if let underscore = name.lastIndex(of: "_"), name[name.index(after: underscore)...].allSatisfy(\.isNumber),
      !name[..<underscore].contains("_")
    {
      return "\\mathrm{\(name[..<underscore])}_{\(name[name.index(after: underscore)...])}"
    }
    return "\\mathrm{\(name.replacingOccurrences(of: "_", with: "\\_"))}"
  }

  private static let greekLetters: Set<String> = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "pi", "rho", "tau", "upsilon", "phi", "chi", "psi", "omega",
    "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
  ]

  static func isQuotient(_ tree: ExpressionTree) -> Bool {
    if case .binary(.divide, _, _) = tree { return true }
    return false
  }

  /// Bases printed without parentheses under an exponent: a non-negative number, a name, a call.
  static func isLaTeXAtom(_ tree: ExpressionTree) -> Bool {
    strength(tree) == .atom
  }
}

/// LaTeX math: `20\left(x^{3} + 7\right)^{3} \cdot 3x^{2}`.
struct LaTeXSyntax: ExpressionSyntax {
  func pieces(of tree: ExpressionTree) -> [ExpressionPiece] {
    switch tree {
    case let .number(value): return [.text(ExpressionPrinter.latex(value))]
    case let .name(name): return [.text(ExpressionPrinter.latex(name: name))]
    case let .negate(operand):
      return [.text("-")] + wrapped(operand, if: ExpressionPrinter.strength(operand) < .power && !ExpressionPrinter.isQuotient(operand))
    case let .call(.relu, operand): return [.text("\\max\\left(0, "), .operand(operand), .text("\\right)")]
    case let .call(.step, operand): return [.text("\\mathbb{I}\\left["), .operand(operand), .text(" > 0\\right]")]
    case let .call(function, operand): return [.text("\\\(function.rawValue)\\left("), .operand(operand), .text("\\right)")]
    case let .binary(.divide, left, right): return [.text("\\frac{"), .operand(left), .text("}{"), .operand(right), .text("}")]
    case let .binary(.power, base, exponent):
      return wrapped(base, if: !ExpressionPrinter.isLaTeXAtom(base)) + [.text("^{"), .operand(exponent), .text("}")]
    case let .binary(op, left, right):
      let (wrapLeft, wrapRight) = ExpressionPrinter.parenthesize(op, left, right)
      let between: ExpressionPiece = op == .multiply ? .productOperator : .text(" \(op.rawValue) ")
      return wrapped(left, if: wrapLeft && !ExpressionPrinter.isQuotient(left)) + [between]
        + wrapped(right, if: wrapRight && !ExpressionPrinter.isQuotient(right))
    }
  }

  private func wrapped(_ operand: ExpressionTree, if condition: Bool) -> [ExpressionPiece] {
    condition ? [.text("\\left("), .operand(operand), .text("\\right)")] : [.operand(operand)]
  }

  /// ` \cdot ` between spaced factors and before a factor that starts with a digit, a minus or a
  /// fraction; a space where the left factor ends in a command (`\theta`) and the right starts
  /// with a letter; otherwise nothing (`3x^{2}`).
  func productOperator(right: ExpressionTree, spaced: Bool, printed: String) -> String {
    let start = self.start(of: right)
    if spaced && !ExpressionPrinter.isQuotient(right) { return " \\cdot " }
    if let first = start.first, first.isNumber || first == "-" || start.hasPrefix("\\frac") { return " \\cdot " }
    return endsWithControlWord(printed) && start.first?.isLetter == true ? " " : ""
  }

  /// The beginning of the right factor of a product as it will print (enough of it to decide
  /// the operator), found down its left side without printing it.
  private func start(of factor: ExpressionTree) -> String {
    let (_, wrapRight) = ExpressionPrinter.parenthesize(.multiply, .number(1), factor)
    if wrapRight && !ExpressionPrinter.isQuotient(factor) { return "\\left(" }
    var tree = factor
    while true {
      switch tree {
      case .number, .name:
        guard case let .text(text)? = pieces(of: tree).first else { return "" }
        return text
      case .negate: return "-"
      case .call: return "\\"
      case .binary(.divide, _, _): return "\\frac"
      case let .binary(.power, base, _):
        guard ExpressionPrinter.isLaTeXAtom(base) else { return "\\left(" }
        tree = base
      case let .binary(op, left, right):
        guard !(ExpressionPrinter.parenthesize(op, left, right).0 && !ExpressionPrinter.isQuotient(left)) else { return "\\left(" }
        tree = left
      }
    }
  }

  /// True when `text` ends in a command such as `\theta`, which a following letter would extend.
  private func endsWithControlWord(_ text: String) -> Bool {
    var letters = 0
    for byte in text.utf8.reversed() {
      guard (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) else { return byte == UInt8(ascii: "\\") && letters > 0 }
      letters += 1
    }
    return false
  }
}
