import Testing

@testable import BackpropTracer

@Suite("Graph validation")
struct GraphValidationTests {
  @Test("Invalid definitions are rejected with one sentence naming where", arguments: [
    ([("x", 1.0)], ["y = x^3 + 7", "z = 5*q^4"], "definition of z: col 3: undefined name 'q'"),
    ([("x", 1.0)], ["yy = x^3 + 7", "z = 5*y^4"], "definition of z: col 3: undefined name 'y'; did you mean 'yy'?"),
    ([("x", 1.0)], ["y = x^3 + 7", "y = 2*x"], "'y' is defined twice"),
    ([("x", 1.0)], ["x = 2"], "'x' is defined twice"),
    ([("x", 1.0)], ["z = 5*y^4", "y = z + x"], "cycle: z -> y -> z"),
    ([("x", 1.0)], ["a = b", "b = c + x", "c = a*2"], "cycle: a -> b -> c -> a"),
    ([("x", 1.0)], ["y = x + y"], "definition of y: col 5: y uses itself"),
    ([("x", 1.0)], ["y = exp(x + 1"], "definition of y: col 10: expected ')'"),
    ([("x", 1.0)], ["exp = x"], "'exp' is not a valid name (a letter, then letters or digits; not a function name)"),
    ([("x_1", 1.0)], ["y = 1"], "'x_1' is not a valid name (a letter, then letters or digits; not a function name)"),
    ([("x", 1.0)], ["y x + 1"], "expected 'name = formula', found 'y x + 1'"),
    ([("x", 1.0)], ["y = x + 1/0"], "definition of y: node y = 1/0: division by zero"),
  ])
  func invalid(inputs: [(String, Double)], lines: [String], message: String) {
    #expect(graphErrorMessage { _ = try makeGraph(inputs, lines) } == message)
  }

  @Test("An unknown output is rejected with a suggestion, and no definitions is an error")
  func output() {
    #expect(graphErrorMessage { _ = try makeGraph([("x", 1)], ["loss = x"], output: "los") }
      == "output 'los' is not defined; did you mean 'loss'?")
    #expect(graphErrorMessage { _ = try makeGraph([("x", 1)], []) } == "the graph has no definitions")
  }

  @Test("Definitions may come before the names they use")
  func forwardReferences() throws {
    let graph = try makeGraph([("x", 2)], ["z = 5*y^4", "y = x^3 + 7"], output: "z")
    #expect(graph.nodes.map(\.id) == ["x", "y_1", "y", "z_1", "z"])
    let y: Double = 15
    #expect(try graph.outputValue() == 5 * y * y * y * y)
  }

  @Test("Each operation is a node; intermediate nodes get ids in computation order")
  func nodes() throws {
    let graph = try seed002(t: 1)
    #expect(graph.nodes.map(\.id) == ["t", "x", "y", "f_1", "f_2", "f"])
    #expect(graph.nodes.map { ExpressionPrinter.plain($0.formula) } == ["t", "cos(t)", "t^2", "x*y", "exp(f_1)", "y + f_2"])
    #expect(graph.nodes.map { ExpressionPrinter.plain($0.source) } == ["t", "cos(t)", "t^2", "x*y", "exp(x*y)", "y + exp(x*y)"])
    #expect(graph.nodes.map(\.role) == [.input, .definition, .definition, .intermediate, .intermediate, .definition])
  }

  @Test("A value feeding two consumers is one node with two consumer edges")
  func sharedNode() throws {
    let graph = try seed002(t: 1)
    let t = try #require(graph.index(of: "t")), y = try #require(graph.index(of: "y"))
    #expect(graph.nodes[t].consumerEdges.map { graph.nodes[graph.edges[$0].consumer].id } == ["x", "y"])
    #expect(graph.nodes[y].consumerEdges.map { graph.nodes[graph.edges[$0].consumer].id } == ["f_1", "f"])
    let square = try makeGraph([("x", 3)], ["f = x*x"])
    #expect(square.nodes[0].consumerEdges.map { square.edges[$0].operand } == [0, 1])
  }

  @Test("Constant parts of a formula are operands, not nodes")
  func constants() throws {
    let graph = try makeGraph([("x", 2)], ["y = 2^3*x - -1", "c = 4"], output: "y")
    #expect(graph.nodes.map(\.id) == ["x", "y_1", "y", "c"])
    #expect(graph.nodes[1].operands == [.constant(8), .node(0)])
    #expect(graph.nodes[2].operands == [.node(1), .constant(-1)])
    #expect(try graph.forwardValues() == [2, 16, 17, 4])
  }
}
