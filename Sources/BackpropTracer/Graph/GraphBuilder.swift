/// Validates a ``GraphDefinition`` and lowers its formulas into nodes and edges.
struct GraphBuilder {
  private let definition: GraphDefinition
  private var parsed: [ExpressionParser.Output] = []
  private var declaredNames: [String] = []
  private var declarationIndex: [String: Int] = [:]
  private(set) var nodes: [GraphNode] = []
  private(set) var edges: [GraphEdge] = []
  private(set) var indexByID: [String: Int] = [:]
  private(set) var output = 0

  init(_ definition: GraphDefinition) throws(GraphError) {
    self.definition = definition
    declaredNames = definition.inputs.map(\.name) + definition.definitions.map(\.name)
    for name in declaredNames {
      guard Self.isValidName(name) else { throw GraphError(definition: nil, problem: .invalidName(name)) }
      guard declarationIndex[name] == nil else { throw GraphError(definition: nil, problem: .definedTwice(name)) }
      declarationIndex[name] = declarationIndex.count
    }
  }

  mutating func build() throws(GraphError) {
    for item in definition.definitions {
      do {
        parsed.append(try ExpressionParser.parseWithReferences(item.formula))
      } catch {
        throw GraphError(definition: item.name, problem: .formula(error))
      }
      try checkReferences(of: item.name, parsed[parsed.count - 1].references)
    }
    let outputName = try resolveOutput()
    for input in definition.inputs {
      let tree = ExpressionTree.name(input.name)
      _ = try append(GraphNode(
        id: input.name, role: .input, definition: nil, operation: .input, operands: [],
        formula: tree, source: tree, consumerEdges: []))
    }
    for d in try GraphOrdering.definitionOrder(definition.definitions.map(\.name), parsed.map(\.tree)) {
      var lowering = GraphLowering(definition: definition.definitions[d].name)
      try lowering.lower(parsed[d].tree, into: &self)
    }
    output = indexByID[outputName] ?? nodes.count - 1
  }

  /// Appends a node and the edges from its node operands; returns its index. A graph may
  /// have at most ``ComputationalGraph/maximumNodes`` nodes.
  mutating func append(_ node: GraphNode) throws(GraphError) -> Int {
    let index = nodes.count
    guard index < ComputationalGraph.maximumNodes else {
      throw GraphError(definition: node.definition, problem: .tooManyNodes(ComputationalGraph.maximumNodes))
    }
    for (position, operand) in node.operands.enumerated() {
      if case .node(let input) = operand {
        nodes[input].consumerEdges.append(edges.count)
        edges.append(GraphEdge(input: input, consumer: index, operand: position))
      }
    }
    nodes.append(node)
    indexByID[node.id] = index
    return index
  }

  /// The node index of an input or an already lowered definition.
  func index(of name: String) -> Int? { indexByID[name] }

  private func checkReferences(of name: String, _ references: [ExpressionParser.Reference]) throws(GraphError) {
    for reference in references {
      if reference.name == name {
        throw GraphError(definition: name, problem: .usesItself(column: reference.column))
      }
      if declarationIndex[reference.name] == nil {
        let suggestion = nearestName(to: reference.name, among: declaredNames)
        throw GraphError(
          definition: name,
          problem: .undefinedName(reference.name, column: reference.column, suggestion: suggestion))
      }
    }
  }

  private func resolveOutput() throws(GraphError) -> String {
    guard let name = definition.output else {
      guard let last = definition.definitions.last else {
        throw GraphError(definition: nil, problem: .noDefinitions)
      }
      return last.name
    }
    guard declarationIndex[name] != nil else {
      let suggestion = nearestName(to: name, among: declaredNames)
      throw GraphError(definition: nil, problem: .unknownOutput(name, suggestion: suggestion))
    }
    return name
  }

  /// `[A-Za-z][A-Za-z0-9]*` and not a function name.
  static func isValidName(_ name: String) -> Bool {
    guard let first = name.first, first.isASCIILetter else { return false }
    return name.allSatisfy { $0.isASCIILetter || $0.isASCIIDigit } && !ExpressionFunction.isReserved(name)
  }
}
