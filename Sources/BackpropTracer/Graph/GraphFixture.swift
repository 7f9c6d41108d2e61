/// How a graph derivation writes gradients.
package enum GraphNotation: String, CaseIterable, Sendable {
  /// ∂z/∂y (the default; seed 000 and seed 001).
  case leibniz
  /// Error signals ȳ = ∂L/∂y (seed 002, R. Grosse's notes).
  case bars
}

/// A computational-graph fixture: a title, inputs with values, definitions in order, the output,
/// the notation, and the values a book printed (under the keys of ``GraphTrace/printedValues(of:)``).
///
/// File format (`Fixtures/graphs/NAME.json`):
///
///     { "title": "...", "source": "...", "inputs": { "x": 1.5 },
///       "definitions": ["y = x^3 + 7", "z = 5*y^4"], "output": "z", "notation": "leibniz",
///       "expected": { "value_z": "...", "grad_x": "..." } }
package struct GraphFixture: Sendable {
  /// The file, as named by the caller.
  package let file: String
  /// A title for the derivation.
  package let title: String
  /// Where the example comes from; "" when none is given.
  package let source: String
  /// The validated graph.
  package let graph: ComputationalGraph
  /// Its forward and backward pass at the given values.
  package let trace: GraphTrace
  /// Leibniz or bars.
  package let notation: GraphNotation
  /// The printed values, in the fixture's order.
  package private(set) var expected: [ExpectedValue]

  /// Creates a fixture from a validated graph (a network's graph, or a test's).
  ///
  /// - Throws: `GraphError` when a value or derivative is undefined at the inputs.
  package init(
    file: String, title: String, source: String, graph: ComputationalGraph, notation: GraphNotation = .leibniz,
    expected: [ExpectedValue] = []
  ) throws(GraphError) {
    self.file = file
    self.title = title
    self.source = source
    self.graph = graph
    self.trace = try graph.backpropagate()
    self.notation = notation
    self.expected = expected
  }

  static let keys = ["title", "source", "inputs", "definitions", "output", "notation", "expected"]

  /// True when the JSON document is a graph fixture (its top-level object has `definitions`)
  /// rather than a network fixture; false when it cannot tell (the network loader then reports
  /// the problem). Found by a quick scan, without parsing the document.
  package static func isGraphFixture(_ bytes: [UInt8]) -> Bool {
    FixtureScan.isGraphFixture(bytes)
  }

  /// Reads and validates a graph fixture, evaluating it at its inputs.
  ///
  /// - Throws: `FixtureError` for the first problem, at its JSON position; a problem inside a
  ///   definition also gives the column in the definition's text (`definitions[1]: col 9:
  ///   expected ')'`) and points the position at that character (exact when the string holds
  ///   no escape sequence before it).
  package static func load(_ bytes: [UInt8], file: String) throws(FixtureError) -> GraphFixture {
    let nodes = FixtureScan.graphNodeCount(bytes)
    if nodes > ComputationalGraph.maximumNodes {
      let problem = "the graph would have at least \(nodes) nodes (one per input and definition, more for each operation),"
        + " more than the \(ComputationalGraph.maximumNodes) allowed: split it into smaller graphs"
      throw FixtureError(file: file, path: "", position: JSONPosition(line: 1, column: 1), problem: .invalidValue(problem))
    }
    let root = try JSONNode.document(bytes, file: file).object(keys: keys)
    let title = try root.required("title").string()
    let source = try root.optional("source")?.string() ?? ""
    let inputs = try root.required("inputs").members().map { (member) throws(FixtureError) in
      (member, GraphDefinition.Input(member.key, try member.node.number()))
    }
    let definitionsNode = try root.required("definitions")
    let lines = try definitionsNode.array().map { (node) throws(FixtureError) in (node, try node.string()) }
    let outputNode = root.optional("output")
    let context = GraphErrorLocation(
      definitions: definitionsNode, lines: lines, inputs: inputs.map(\.0), output: outputNode, root: root.node)
    var definitions: [GraphDefinition.Definition] = []
    for (node, line) in lines {
      do {
        definitions.append(try GraphDefinition.Definition(line: line))
      } catch {
        throw node.error(.invalidValue("expected 'name = formula', found \"\(line.terminalSafe)\""))
      }
    }
    let notation = try root.optional("notation").map { (node) throws(FixtureError) -> GraphNotation in
      let name = try node.string()
      guard let notation = GraphNotation(rawValue: name) else {
        throw node.error(.unknownName(kind: "notation", name: name.terminalSafe, known: GraphNotation.allCases.map(\.rawValue)))
      }
      return notation
    }
    let output = try outputNode?.string()
    var fixture: GraphFixture
    do {
      let graph = try ComputationalGraph(GraphDefinition(inputs: inputs.map(\.1), definitions: definitions, output: output))
      fixture = try GraphFixture(file: file, title: title, source: source, graph: graph, notation: notation ?? .leibniz)
    } catch {
      throw context.locate(error)
    }
    if let expectedNode = root.optional("expected") {
      let known = fixture.trace.printedValues(of: fixture.graph)
      var index: [String: Int] = [:]
      for (position, entry) in known.enumerated() where index[entry.key] == nil { index[entry.key] = position }
      fixture.expected = try expectedNode.members().map { (member) throws(FixtureError) in
        guard index[member.key] != nil || fixture.trace.value(ofAlias: member.key, in: fixture.graph) != nil else {
          throw member.node.error(.unknownKey(member.key, suggestion: nearestName(to: member.key, among: known.map(\.key))))
        }
        return ExpectedValue(key: TraceKey(member.key), printed: try Fixture.readPrinted(member.node))
      }
    }
    return fixture
  }
}
