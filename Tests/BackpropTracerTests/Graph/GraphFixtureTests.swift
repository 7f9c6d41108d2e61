import Foundation
import Testing

@testable import BackpropTracer

/// A graph fixture's text with `definitions` on lines 5 onward (line 5 is `"a = x + 1"`).
func graphFixtureText(_ definitions: String, extra: String = "") -> String {
  "{\n  \"title\": \"t\",\n  \"inputs\": { \"x\": 1, \"y\": 0 },\n  \"definitions\": [\n    \"a = x + 1\",\n    \(definitions)\n  ]\(extra)\n}\n"
}

@Suite("Graph fixtures")
struct GraphFixtureTests {
  @Test("Bad definitions are refused at the JSON position of the character, with the column in the definition", arguments: [
    ("\"z = 5*(a + 1\"", "x.json:6:18: definitions[1]: col 13: expected ')'"),
    ("\"z = foo(a)\"", "x.json:6:10: definitions[1]: col 5: unknown function 'foo'; known: exp, log, sin, cos, tanh, sigma, sigmoid, relu, max, step"),
    ("\"z = q + 1\"", "x.json:6:10: definitions[1]: col 5: undefined name 'q'"),
    ("\"z = aa + 1\"", "x.json:6:10: definitions[1]: col 5: undefined name 'aa'; did you mean 'a'?"),
    ("\"z = z + 1\"", "x.json:6:10: definitions[1]: col 5: z uses itself"),
    ("\"z = w + 1\", \"w = z * 2\"", "x.json:4:18: definitions: cycle: z -> w -> z"),
    ("\"z = a / y\"", "x.json:6:5: definitions[1]: node z = a/y: division by zero"),
    ("\"z = log(y)\"", "x.json:6:5: definitions[1]: node z = log(y): log of a non-positive number (0)"),
    ("\"z x\"", "x.json:6:5: definitions[1]: expected 'name = formula', found \"z x\""),
    ("\"a = 2\"", "x.json:6:5: definitions[1]: 'a' is defined twice"),
  ])
  func badDefinitions(definitions: String, message: String) {
    #expect(throws: (any Error).self) { try GraphFixture.load(Array(graphFixtureText(definitions).utf8), file: "x.json") }
    do {
      _ = try GraphFixture.load(Array(graphFixtureText(definitions).utf8), file: "x.json")
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("Unknown expected keys and outputs are refused with a suggestion")
  func badKeys() {
    let expected = graphFixtureText("\"z = 2*a\"", extra: ",\n  \"expected\": { \"grad_q\": \"1\" }")
    #expect(throws: FixtureError.self) { try GraphFixture.load(Array(expected.utf8), file: "x.json") }
    do {
      _ = try GraphFixture.load(Array(expected.utf8), file: "x.json")
    } catch {
      #expect(error.description == "x.json:8:27: expected.grad_q: unknown key \"grad_q\"; did you mean \"grad_z\"?")
    }
  }

  @Test("Printed values are keyed value_, grad_, local_ and dOUT_dNAME, and check like a network fixture's")
  func keysAndCheck() throws {
    let text = graphFixtureText(
      "\"z = a*a + y\"", extra: ",\n  \"expected\": { \"value_a\": \"2\", \"grad_a\": \"4\", \"dz_dx\": \"4.0\", \"local_z_1_a\": \"4\", \"grad_y\": \"2\" }")
    let fixture = try GraphFixture.load(Array(text.utf8), file: "x.json")
    let report = fixture.check()
    #expect(report.values.map(\.key.rawValue) == ["value_a", "grad_a", "dz_dx", "local_z_1_a", "grad_y"])
    #expect(report.values.map(\.passes) == [true, true, true, true, false])
    let keys = fixture.trace.printedValues(of: fixture.graph).map(\.key)
    #expect(keys == [
      "value_x", "value_y", "value_a", "value_z_1", "value_z", "grad_z", "grad_z_1", "grad_a", "grad_y", "grad_x",
      "local_z_z_1", "local_z_1_a", "local_z_y", "local_a_x",
    ])
  }

  @Test("Every graph fixture's printed values are reproduced", arguments: try Repository.graphFixtureNames)
  func printedValues(name: String) throws {
    let report = try Repository.graphFixture(name).check()
    #expect(!report.values.isEmpty)
    #expect(report.allMatch, "\(report.text)")
  }

  @Test("Seed 001's dz/dw equals f'(y)f'(x)f'(w) with f = sin at several points", arguments: [-1.3, 0.0, 0.5, 2.0])
  func seed001(w: Double) throws {
    let graph = try makeGraph([("w", w)], ["x = sin(w)", "y = sin(x)", "z = sin(y)"])
    let x = sin(w), y = sin(x)
    let formula = try #require(graph.symbolicGradient(expandingDefinitions: true).first?.formula)
    #expect(isClose(try #require(formula.value(in: ["w": w])), cos(y) * cos(x) * cos(w)))
    #expect(isClose(try graph.inputGradients()[0], cos(y) * cos(x) * cos(w)))
  }

  @Test("Seed 002's logistic model gives w-bar = (y - t) sigma'(z) x and b-bar = (y - t) sigma'(z)", arguments: [(-0.4, 0.2, 1.5, 1.0), (1.1, -0.3, -2.0, 0.0)])
  func logistic(w: Double, b: Double, x: Double, t: Double) throws {
    let graph = try makeGraph([("w", w), ("b", b), ("x", x), ("t", t)], ["z = w*x + b", "y = sigma(z)", "L = 0.5*(y - t)^2"])
    let y = 1 / (1 + exp(-(w * x + b)))
    let zBar = (y - t) * y * (1 - y)
    let gradients = try graph.inputGradients()
    #expect(isClose(gradients[0], zBar * x) && isClose(gradients[1], zBar))
  }
}
