import Foundation
import Testing

@testable import BackpropTracer

@Suite("Graph symbolic derivatives")
struct GraphSymbolicTests {
  @Test("Seed 000's dz/dx prints as the seed writes it")
  func seed000Formula() throws {
    let derivative = try seed000(x: 2).symbolicGradient(expandingDefinitions: true)
    #expect(derivative.map(\.name) == ["x"])
    let formula = try #require(derivative[0].formula)
    #expect(ExpressionPrinter.plain(formula) == "20*(x^3 + 7)^3 * 3*x^2")
    #expect(ExpressionPrinter.latex(formula) == "20\\left(x^{3} + 7\\right)^{3} \\cdot 3x^{2}")
    let unexpanded = try #require(try seed000(x: 2).symbolicGradient()[0].formula)
    #expect(ExpressionPrinter.plain(unexpanded) == "20*y^3 * 3*x^2")
  }

  @Test("Seed 000's dz/dx equals 20(x^3+7)^3 * 3x^2 at several points", arguments: [-2.0, -0.5, 0.0, 1.0, 1.7])
  func seed000Values(x: Double) throws {
    let formula = try #require(try seed000(x: x).symbolicGradient(expandingDefinitions: true)[0].formula)
    let value = try #require(formula.value(in: ["x": x]))
    #expect(isClose(value, 20 * pow(x * x * x + 7, 3) * 3 * x * x))
  }

  @Test("Seed 002's df/dt keeps both paths, as the seed writes them")
  func seed002Formula() throws {
    let derivative = try #require(try seed002(t: 1).symbolicGradient()[0].formula)
    #expect(ExpressionPrinter.plain(derivative) == "y*exp(x*y) * (-sin(t)) + (1 + x*exp(x*y)) * 2*t")
    #expect(ExpressionPrinter.latex(derivative)
      == "y\\exp\\left(xy\\right) \\cdot \\left(-\\sin\\left(t\\right)\\right) + \\left(1 + x\\exp\\left(xy\\right)\\right) \\cdot 2t")
  }

  @Test("Seed 002's df/dt equals (y e^{xy})(−sin t) + (1 + x e^{xy})·2t at several points", arguments: [-1.2, 0.0, 0.4, 1.0, 2.2])
  func seed002Values(t: Double) throws {
    let graph = try seed002(t: t)
    let x = cos(t), y = t * t, e = exp(x * y)
    let expected = (y * e) * (-sin(t)) + (1 + x * e) * 2 * t
    let kept = try #require(graph.symbolicGradient()[0].formula?.value(in: try graph.valuesByName()))
    let expanded = try #require(graph.symbolicGradient(expandingDefinitions: true)[0].formula?.value(in: ["t": t]))
    #expect(isClose(kept, expected))
    #expect(isClose(expanded, expected))
  }

  @Test("Adjoints come output first, in backward order, in bar notation's order")
  func adjoints() throws {
    let graph = try makeGraph([("w", 1), ("x", 2), ("b", 0), ("t", 1)], ["z = w*x + b", "y = sigma(z)", "L = 0.5*(y - t)^2"])
    let adjoints = graph.symbolicAdjoints()
    #expect(adjoints.map(\.name) == ["L", "y", "z", "t", "b", "x", "w"])
    #expect(adjoints.map { $0.formula.map(ExpressionPrinter.plain) }
      == ["1", "y - t", "(y - t) * sigma(z)*(1 - sigma(z))", "-(y - t)",
          "(y - t) * sigma(z)*(1 - sigma(z))", "(y - t) * sigma(z)*(1 - sigma(z)) * w", "(y - t) * sigma(z)*(1 - sigma(z)) * x"])
  }

  @Test("Each rule is right: symbolic derivatives match the backward pass", arguments: [
    "a/b + b^a", "-a^2*sin(b)", "log(a*b) - cos(a)/b", "tanh(a - b)^3", "sigma(a*b)*relu(a - b)", "exp(-a)*b^0.5",
    "(a + b)^(a - b)", "max(0, a) + step(b)*a", "a - (-b) - -a",
  ])
  func rules(formula: String) throws {
    let graph = try makeGraph([("a", 1.3), ("b", 0.6)], ["f = \(formula)"])
    let symbolic = graph.symbolicGradient().map { $0.formula?.value(in: ["a": 1.3, "b": 0.6]) }
    let numeric = try graph.inputGradients()
    for (s, n) in zip(symbolic, numeric) {
      #expect(isClose(try #require(s), n), "\(formula): \(String(describing: s)) vs \(n)")
    }
  }

  @Test("Simplification folds 0 and 1, constants, x^1, and double negations", arguments: [
    ("0 + x*1", "x"), ("x^1", "x"), ("1^x + x^0", "2"), ("2*3*x", "6*x"), ("x*4", "4*x"), ("5*(4*x^3)", "20*x^3"),
    ("-(-x)", "x"), ("x - -y", "x + y"), ("x + -y", "x - y"), ("(-x)*(-y)", "x*y"), ("0/x", "0"), ("6/3", "2"), ("2^10", "1024"),
    ("x/1", "x"), ("-1*x", "-x"), ("0 - x", "-x"), ("1/3", "1/3"), ("x/0", "x/0"),
  ])
  func simplification(formula: String, simplified: String) throws {
    #expect(ExpressionPrinter.plain(try ExpressionParser.parse(formula).simplified()) == simplified)
  }
}
