import Foundation
import Testing

@testable import backprop_trace

/// `Fixtures/graphs/NAME.json` by its absolute path.
func graphFixturePath(_ name: String) -> String {
  Repository.fixtures.appendingPathComponent("graphs/\(name).json").path
}

@Suite("graph command")
struct GraphCommandTests {
  @Test("Malformed expressions exit 2 with the file, the position and the column", arguments: [
    ("\"z = 5*(a + 1\"", "6:18: definitions[1]: col 13: expected ')'"),
    ("\"z = foo(a)\"", "6:10: definitions[1]: col 5: unknown function 'foo'; known: exp, log, sin, cos, tanh, sigma, sigmoid, relu, max, step"),
    ("\"z = q + 1\"", "6:10: definitions[1]: col 5: undefined name 'q'"),
    ("\"z = w + 1\", \"w = z * 2\"", "4:18: definitions: cycle: z -> w -> z"),
    ("\"z = a / y\"", "6:5: definitions[1]: node z = a/y: division by zero"),
  ])
  func malformed(definitions: String, message: String) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("graph-\(UUID().uuidString).json")
    try Data(graphFixtureText(definitions).utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    for command in [["graph", file.path], ["check", file.path]] {
      let run = runTool(command)
      #expect(run.code == 2)
      #expect(run.error == "error: \(file.path):\(message)\n")
      #expect(run.output.isEmpty)
    }
  }

  @Test("graph prints the derivation with both paths of seed 002 summed")
  func markdown() {
    let run = runTool(["graph", graphFixturePath("seed002-multivariate-chain-rule"), "--decimals", "4"])
    #expect(run.code == 0)
    #expect(run.output.contains("\\bar{t} &= \\bar{x} \\cdot \\left(-\\sin\\left(t\\right)\\right) + \\bar{y} \\cdot 2t \\\\\n  &= 1.7165 \\cdot (-0.8415) + 1.9274 \\cdot 2 \\\\\n  &= 2.4105"))
    #expect(run.error.isEmpty)
  }

  @Test("--format dot writes Graphviz with each node's value and gradient")
  func dot() {
    let run = runTool(["graph", graphFixturePath("seed000-chain-rule"), "--format", "dot", "--decimals", "2"])
    #expect(run.code == 0)
    #expect(run.output.hasPrefix("digraph \"The chain rule: z = 5 y to the fourth, y = x cubed + 7\" {\n  rankdir=LR;\n"))
    #expect(run.output.contains("  \"x\" [label=\"x\\nvalue 0.5\\ngrad 5425.58\"];\n"))
    #expect(run.output.contains("  \"x\" -> \"y_1\" [label=\"0.75\"];\n"))
  }

  @Test("--format json lists every value under its key")
  func json() {
    let run = runTool(["graph", graphFixturePath("seed000-chain-rule"), "--format", "json"])
    #expect(run.output.contains("    \"grad_x\": 5425.576171875,\n"))
    #expect(run.output.contains("  \"output\": \"z\",\n"))
  }

  @Test("A network fixture renders as its computational graph")
  func network() {
    let run = runTool(["graph", mazur, "--format", "json"])
    #expect(run.code == 0)
    #expect(run.output.contains("    \"grad_w5\": 0.0821670405642"))
  }

  @Test("check accepts graph fixtures beside network fixtures")
  func check() {
    let run = runTool(["check", graphFixturePath("seed000-chain-rule"), mazur])
    #expect(run.code == 0)
    #expect(run.output.hasPrefix("\(graphFixturePath("seed000-chain-rule"))\n  ok          value_y  printed 7.125, computed 7.125\n"))
  }

  @Test("trace --gradcheck reports a central difference beside each gradient")
  func gradcheck() {
    let run = runTool(["trace", mazur, "--gradcheck"])
    #expect(run.code == 0)
    #expect(run.output.contains("\n  w5         0.082167040564      0.082167040588      2.4e-11\n"))
  }
}
