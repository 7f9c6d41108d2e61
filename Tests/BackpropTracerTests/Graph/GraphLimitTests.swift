import Foundation
import Testing

@testable import BackpropTracer
@testable import backprop_trace

/// Formulas and graphs of any length end quickly: a result, or a refusal that names the limit and
/// where it was met. Never a stack overflow.
@Suite("Limits of graphs and formulas")
struct GraphLimitTests {
  /// A graph fixture with one input `x` and the given definitions (JSON strings).
  private func fixtureText(_ definitions: [String]) -> String {
    "{\"title\": \"long\", \"inputs\": {\"x\": 0.5},\n \"definitions\": [" + definitions.map { "\"\($0)\"" }.joined(separator: ", ") + "]}"
  }

  @Test("A chain of a million terms (+, -, *) is refused at once with the file, the position and the limit", arguments: ["+", "-", "*"])
  func millionTerms(op: String) throws {
    let chain = Array(repeating: "x", count: 1_000_000).joined(separator: " \(op) ")
    let start = Date()
    do {
      _ = try GraphFixture.load(Array(fixtureText(["y = " + chain]).utf8), file: "long.json")
      Issue.record("loaded")
    } catch {
      // Column 10,001 of the formula is column 10,005 of "y = …", and of the JSON line 18 + 10,005.
      #expect(error.description == "long.json:2:\(18 + 10_005): definitions[0]: col 10005: the formula is \(chain.count) characters long, more than the 10000 allowed: split it into several definitions")
    }
    #expect(Date().timeIntervalSince(start) < 10)
  }

  @Test("Long flat chains within the limit, of every left-associative operator, are read, printed, built and derived", arguments: ["+", "-", "*", "/"])
  func longChains(op: String) throws {
    let longest = Array(repeating: "x", count: (ExpressionParser.maximumLength - 1) / 4 + 1).joined(separator: " \(op) ")
    #expect(longest.count == ExpressionParser.maximumLength - 3)
    let tree = try ExpressionParser.parse(longest)
    #expect(ExpressionPrinter.plain(tree).count > 0 && ExpressionPrinter.latex(tree).count > 0)
    #expect(tree.simplified().size <= tree.size)
    #expect(tree.derivative(withRespectTo: "x", maximumSize: ComputationalGraph.maximumSymbolicFormula) == nil)
    // A graph of a 1,000-term chain, derived in every format.
    let graph = try makeGraph([("x", 1)], ["y = " + Array(repeating: "x", count: 1_000).joined(separator: " \(op) ")])
    #expect(graph.nodes.count == 1_000)
    let fixture = try GraphFixture(file: "chain.json", title: "chain", source: "", graph: graph)
    #expect(fixture.trace.nodes[0].gradient.isFinite)
    for format in LectureFiles.Format.allCases {
      let files = GraphFiles.render(fixture, format: format, numbers: NumberFormat(decimals: 3), base: "chain")
      #expect(!files.isEmpty && files[0].contents.contains("Symbolic derivatives"))
    }
    #expect(GraphFiles.dot(fixture, numbers: NumberFormat(decimals: 3)).hasPrefix("digraph"))
  }

  @Test("Trees a million deep are walked without recursion: evaluated, differentiated within a bound, printed")
  func millionDeep() {
    var tree = ExpressionTree.name("x")
    for _ in 0..<1_000_000 { tree = .binary(.add, tree, .name("x")) }
    #expect(tree.value(in: ["x": 1]) == 1_000_001)
    #expect(tree.size == 2_000_001)
    #expect(tree.derivative(withRespectTo: "x", maximumSize: 1_000) == nil)
    #expect(ExpressionPrinter.plain(tree).count == 4 * 1_000_000 + 1)
    // Freed link by link: a tree this deep would overflow the stack when it is released.
    ExpressionTree.dismantle(&tree)
  }

  @Test("A power chain (right-associative) is refused at the nesting limit, with its column")
  func powerChain() {
    let chain = Array(repeating: "x", count: 1_000).joined(separator: "^")
    #expect(graphErrorMessage { _ = try makeGraph([("x", 1)], ["y = " + chain]) }
      == "definition of y: col 399: formula nested more than 200 levels deep (each parenthesis, unary minus and ^ nests)")
  }

  @Test("A graph with more than 20,000 nodes is refused, naming the definition")
  func tooManyNodes() {
    let formula = Array(repeating: "x", count: 2_000).joined(separator: "+")
    let lines = (1...11).map { "y\($0) = \(formula)" }
    #expect(graphErrorMessage { _ = try makeGraph([("x", 1)], lines) }
      == "definition of y11: the graph has more than 20000 nodes (one per input and operation), more than a derivation can show: split the formulas into fewer, shorter definitions")
  }

  @Test("A network too large to draw is refused before its graph is built, naming the way out")
  func networkTooLarge() throws {
    let wide = ProcessOutputTests.wideFixture(inputs: 20_000)
    let fixture = try Fixture.load(Array(wide.utf8), file: "wide.json")
    let start = Date()
    #expect(graphErrorMessage { _ = try fixture.graphFixture() }
      == "the network's computational graph would have about 80010 nodes, more than the 20000 a graph may have: graph draws small networks; trace derives this one")
    let long = try Fixture.load(Array(ProcessOutputTests.wideFixture(inputs: 900).utf8), file: "wide.json")
    #expect(graphErrorMessage { _ = try long.graphFixture() }?.hasPrefix("netO would be a formula of ") == true)
    #expect(Date().timeIntervalSince(start) < 10)
    let run = runTool(["graph", Repository.fixtures.appendingPathComponent("mazur-2-2-2.json").path, "--format", "dot"])
    #expect(run.code == 0)
  }

  @Test("The estimate of a network's graph bounds its nodes from above: every fixture, 300 random networks")
  func graphEstimate() throws {
    let networks = try Repository.fixtureNames.map { name in
      let fixture = try Repository.fixture(name)
      return (fixture.network, fixture.examples[0])
    } + (0..<300).map { seed in
      let (network, examples) = RandomNetworks.make(seed: UInt64(seed))
      return (network, examples[0])
    }
    for (network, example) in networks {
      guard let graph = try? ComputationalGraph(network.graphDefinition(example: example)) else { continue }
      #expect(graph.nodes.count <= network.estimatedGraphNodes)
    }
  }

  @Test("A deep network's symbolic derivatives are left out instead of growing with 2^depth")
  func deepNetwork() throws {
    let layers = (0..<14).map { l in
      "{\"activation\": \"sigmoid\", \"neurons\": [\"a\(l)\", \"b\(l)\"], \"weights\": [[\"p\(l)\", \"q\(l)\"], [\"r\(l)\", \"s\(l)\"]]}"
    }
    let parameters = (0..<14).flatMap { l in ["p", "q", "r", "s"].map { "\"\($0)\(l)\": 0.3" } }
    let text = """
      {"title": "deep", "loss": "halfSquaredError", "learningRate": 0.5,
       "network": {"inputs": ["x", "y"], "layers": [\(layers.joined(separator: ","))], "parameters": {\(parameters.joined(separator: ","))}},
       "example": {"inputs": {"x": 0.5, "y": 0.2}, "targets": {"a13": 1, "b13": 0}}}
      """
    let fixture = try Fixture.load(Array(text.utf8), file: "deep.json")
    let start = Date()
    let graph = try fixture.graphFixture()
    let expanded = graph.graph.symbolicGradient(expandingDefinitions: true)
    #expect(expanded.contains { $0.formula == nil }, "the deepest layers' formulas are too long")
    let markdown = GraphFiles.render(graph, format: .markdown, numbers: NumberFormat(decimals: 6), base: nil)[0].contents
    #expect(markdown.contains("Formulas too long to read are left out."))
    #expect(Date().timeIntervalSince(start) < 20)
  }
}

extension ExpressionTree {
  /// Releases `tree` node by node (leaving a number in its place): a tree millions of levels
  /// deep would overflow the stack if released the ordinary way, link by link recursively.
  static func dismantle(_ tree: inout ExpressionTree) {
    var pending = [tree]
    tree = .number(0)
    while let next = pending.popLast() { pending += next.operands }
  }
}
