import Testing

@testable import BackpropTracer

@Suite("Expression parser")
struct ExpressionParserTests {
  @Test("Numbers may be integers, decimals or carry an exponent", arguments: [
    ("12", 12.0), ("0.5", 0.5), (".25", 0.25), ("6.02e23", 6.02e23), ("1E-3", 0.001), ("2e+2", 200),
  ])
  func numbers(text: String, value: Double) throws {
    #expect(try ExpressionParser.parse(text) == .number(value))
  }

  @Test("Power is right-associative and binds tighter than unary minus")
  func powerAndMinus() throws {
    #expect(try ExpressionParser.parse("2^3^2") == .binary(.power, .number(2), .binary(.power, .number(3), .number(2))))
    #expect(try ExpressionParser.parse("-x^2") == .negate(.binary(.power, .name("x"), .number(2))))
    #expect(try ExpressionParser.parse("x^-2") == .binary(.power, .name("x"), .negate(.number(2))))
  }

  @Test("Products bind tighter than sums, and both associate to the left")
  func precedence() throws {
    let tree = try ExpressionParser.parse("a - b - c*d/e")
    let expected: ExpressionTree = .binary(
      .subtract, .binary(.subtract, .name("a"), .name("b")),
      .binary(.divide, .binary(.multiply, .name("c"), .name("d")), .name("e")))
    #expect(tree == expected)
  }

  @Test("Seed 000's formulas parse as written")
  func seedFormulas() throws {
    #expect(try ExpressionParser.parse("x^3 + 7") == .binary(.add, .binary(.power, .name("x"), .number(3)), .number(7)))
    #expect(try ExpressionParser.parse("5*y^4") == .binary(.multiply, .number(5), .binary(.power, .name("y"), .number(4))))
  }

  @Test("Functions include sigmoid as a spelling of sigma and max(0, u) as ReLU")
  func functions() throws {
    #expect(try ExpressionParser.parse("sigmoid(z)") == .call(.sigma, .name("z")))
    #expect(try ExpressionParser.parse("max(0, w*x)") == .call(.relu, .binary(.multiply, .name("w"), .name("x"))))
    #expect(try ExpressionParser.parse("relu(x)") == ExpressionParser.parse("max(0.0, x)"))
    for function in ["exp", "log", "sin", "cos", "tanh", "sigma", "step"] {
      let expected = try #require(ExpressionFunction(rawValue: function))
      #expect(try ExpressionParser.parse("\(function)(t)") == .call(expected, .name("t")))
    }
  }

  @Test("Unicode minus, times and division signs read as their ASCII forms")
  func unicodeOperators() throws {
    #expect(try ExpressionParser.parse("a \u{2212} b \u{00D7} c \u{00F7} d") == ExpressionParser.parse("a - b * c / d"))
  }

  @Test("Each name occurrence is reported with its column")
  func references() throws {
    let output = try ExpressionParser.parseWithReferences("y + exp(x*y)")
    #expect(output.references.map(\.name) == ["y", "x", "y"])
    #expect(output.references.map(\.column) == [1, 9, 11])
  }

  @Test("Malformed formulas are rejected with the column and what was expected", arguments: [
    ("exp(x + 1", "col 10: expected ')'"),
    ("(x + 1) * (y", "col 13: expected ')'"),
    ("x + ", "col 5: unexpected end of formula"),
    ("foo(x)", "col 1: unknown function 'foo'; known: exp, log, sin, cos, tanh, sigma, sigmoid, relu, max, step"),
    ("x $ y", "col 3: unexpected character '$'"),
    ("x y", "col 3: expected an operator, found 'y'"),
    ("x + 1)", "col 6: unmatched ')'"),
    ("", "col 1: empty formula"),
    ("   ", "col 1: empty formula"),
    ("2 * * 3", "col 5: expected a number, a name or '(', found '*'"),
    ("max(1, x)", "col 5: max takes a literal 0 first: max(0, u) is ReLU"),
    ("max(0 x)", "col 7: expected ','"),
    ("exp + 1", "col 5: expected '(' after 'exp'"),
    ("exp(x, y)", "col 6: expected ')'"),
    ("1e999", "col 1: number '1e999' is out of range"),
    ("5.", "col 2: unexpected character '.'"),
  ])
  func errors(formula: String, message: String) {
    #expect(throws: ExpressionError.self) { try ExpressionParser.parse(formula) }
    do {
      _ = try ExpressionParser.parse(formula)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("Deep nesting is an error, not a crash")
  func deepNesting() {
    let formula = String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
    #expect(throws: ExpressionError.self) { try ExpressionParser.parse(formula) }
    #expect(throws: ExpressionError.self) { try ExpressionParser.parse(String(repeating: "-", count: 10_000) + "x") }
  }
}
