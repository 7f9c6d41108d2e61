import Testing

@testable import BackpropTracer

@Suite("Expression printer")
struct ExpressionPrinterTests {
  private func reprint(_ formula: String) throws -> String {
    ExpressionPrinter.plain(try ExpressionParser.parse(formula))
  }

  @Test("Plain text keeps only the parentheses the value needs", arguments: [
    ("(x^3 + 7)^3", "(x^3 + 7)^3"),
    ("((a)) + (b*c)", "a + b*c"),
    ("a - (b - c)", "a - (b - c)"),
    ("(a - b) - c", "a - b - c"),
    ("a / (b*c)", "a/(b*c)"),
    ("(a/b)*c", "a/b*c"),
    ("-(x^2)", "-x^2"),
    ("(-x)^2", "(-x)^2"),
    ("2^(3^2)", "2^3^2"),
    ("(2^3)^2", "(2^3)^2"),
    ("x^(-1)", "x^(-1)"),
    ("a - (-b)", "a - (-b)"),
    ("max(0, x + 1)", "max(0, x + 1)"),
    ("sigmoid(z)", "sigma(z)"),
  ])
  func plainParentheses(formula: String, printed: String) throws {
    #expect(try reprint(formula) == printed)
  }

  @Test("A product whose right factor is a product is spaced, as in a chain rule")
  func chainSpacing() throws {
    let tree: ExpressionTree = .binary(
      .multiply, try ExpressionParser.parse("20*(x^3 + 7)^3"), try ExpressionParser.parse("3*x^2"))
    #expect(ExpressionPrinter.plain(tree) == "20*(x^3 + 7)^3 * 3*x^2")
    #expect(ExpressionPrinter.latex(tree) == "20\\left(x^{3} + 7\\right)^{3} \\cdot 3x^{2}")
  }

  @Test("LaTeX uses \\frac, braced exponents and named function commands", arguments: [
    ("a/(b + c)", "\\frac{a}{b + c}"),
    ("sigma(z)*(1 - sigma(z))", "\\sigma\\left(z\\right)\\left(1 - \\sigma\\left(z\\right)\\right)"),
    ("exp(x*y)", "\\exp\\left(xy\\right)"),
    ("max(0, x)", "\\max\\left(0, x\\right)"),
    ("step(x)", "\\mathbb{I}\\left[x > 0\\right]"),
    ("log(x) + sin(x) - cos(x)*tanh(x)", "\\log\\left(x\\right) + \\sin\\left(x\\right) - \\cos\\left(x\\right)\\tanh\\left(x\\right)"),
    ("theta*x", "\\theta x"),
    ("w5*h1", "w_{5}h_{1}"),
    ("net*2", "2\\mathrm{net}"),
    ("x*2", "2x"),
    ("(x/y)^2", "\\left(\\frac{x}{y}\\right)^{2}"),
    ("-(a/b)", "-\\frac{a}{b}"),
    ("0.00001*x", "1 \\cdot 10^{-5}x"),
  ])
  func latex(formula: String, printed: String) throws {
    #expect(ExpressionPrinter.latex(try ExpressionParser.parse(formula).simplified()) == printed)
  }

  @Test("Numbers print without a spurious decimal point, and -0 prints as 0")
  func numbers() {
    #expect(ExpressionPrinter.plain(20.0) == "20")
    #expect(ExpressionPrinter.plain(-0.0) == "0")
    #expect(ExpressionPrinter.plain(0.5) == "0.5")
    #expect(ExpressionPrinter.plain(-2.5) == "-2.5")
  }

  @Test("Generated node names print as subscripts in LaTeX")
  func generatedNames() {
    #expect(ExpressionPrinter.latex(name: "z_1") == "z_{1}")
    #expect(ExpressionPrinter.latex(name: "out") == "\\mathrm{out}")
  }
}
