import Foundation

extension ExpressionPrinter {
  /// The formula as LaTeX math (no surrounding `$`), using only amsmath/amssymb and KaTeX
  /// commands: `20\left(x^{3} + 7\right)^{3} \cdot 3x^{2}`.
  ///
  /// Quotients print as `\frac`, exponents in braces, functions as `\exp`, `\log`, `\sin`,
  /// `\cos`, `\tanh`, `\sigma`, `\max\left(0, u\right)`, and the step as `\mathbb{I}\left[u > 0\right]`.
  /// Names go through ``latex(name:)``.
  public static func latex(_ tree: ExpressionTree) -> String { latexRendering(tree).text }

  /// The LaTeX text, and whether it is a spaced product (` \cdot ` between chain factors).
  private static func latexRendering(_ tree: ExpressionTree) -> (text: String, spaced: Bool) {
    guard case .binary(.multiply, let left, let right) = tree else { return (latexOfNonProduct(tree), false) }
    let (wrapLeft, wrapRight) = parenthesize(.multiply, left, right)
    let (leftText, leftSpaced) = latexRendering(left)
    let l = latexWrapped(leftText, if: wrapLeft && !isQuotient(left))
    let r = latexWrapped(latex(right), if: wrapRight && !isQuotient(right))
    let spaced = isChainFactor(right) || leftSpaced
    if spaced && !isQuotient(right) { return (l + " \\cdot " + r, true) }
    if let first = r.first, first.isNumber || first == "-" || r.hasPrefix("\\frac") {
      return (l + " \\cdot " + r, spaced)
    }
    return (l + (endsWithControlWord(l) && r.first?.isLetter == true ? " " : "") + r, spaced)
  }

  private static func latexOfNonProduct(_ tree: ExpressionTree) -> String {
    switch tree {
    case .number(let value): return latex(value)
    case .name(let name): return latex(name: name)
    case .negate(let operand):
      return "-" + latexWrapped(latex(operand), if: strength(operand) < .power && !isQuotient(operand))
    case .call(let function, let operand): return latex(function, latex(operand))
    case .binary(.divide, let left, let right): return "\\frac{\(latex(left))}{\(latex(right))}"
    case .binary(.power, let base, let exponent):
      return latexWrapped(latex(base), if: !isLaTeXAtom(base)) + "^{\(latex(exponent))}"
    case .binary(let op, let left, let right):
      // Sums and differences; products are handled by latexRendering.
      let (wrapLeft, wrapRight) = parenthesize(op, left, right)
      let l = latexWrapped(latex(left), if: wrapLeft && !isQuotient(left))
      let r = latexWrapped(latex(right), if: wrapRight && !isQuotient(right))
      return "\(l) \(op.rawValue) \(r)"
    }
  }

  /// A number for LaTeX: as ``plain(_:)-(Double)``, with `1e-05` written `1 \cdot 10^{-5}`.
  public static func latex(_ value: Double) -> String {
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
  public static func latex(name: String) -> String {
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

  private static func latex(_ function: ExpressionFunction, _ argument: String) -> String {
    switch function {
    case .relu: return "\\max\\left(0, \(argument)\\right)"
    case .step: return "\\mathbb{I}\\left[\(argument) > 0\\right]"
    default: return "\\\(function.rawValue)\\left(\(argument)\\right)"
    }
  }

  private static func latexWrapped(_ text: String, if condition: Bool) -> String {
    condition ? "\\left(" + text + "\\right)" : text
  }

  private static func isQuotient(_ tree: ExpressionTree) -> Bool {
    if case .binary(.divide, _, _) = tree { return true }
    return false
  }

  /// Bases printed without parentheses under an exponent: a non-negative number, a name, a call.
  private static func isLaTeXAtom(_ tree: ExpressionTree) -> Bool {
    strength(tree) == .atom
  }

  /// True when `text` ends in a command such as `\theta`, which a following letter would extend.
  private static func endsWithControlWord(_ text: String) -> Bool {
    let letters = text.reversed().prefix { $0.isLetter }
    return text.dropLast(letters.count).last == "\\" && !letters.isEmpty
  }
}
