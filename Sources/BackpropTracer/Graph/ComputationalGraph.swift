/// A validated DAG of scalar nodes built from a ``GraphDefinition``.
///
/// Nodes are in topological order: the inputs first (in their listed order), then each
/// definition's intermediate operations followed by its own node, definitions ordered by
/// dependency and otherwise as written. Every operand refers to an earlier node.
package struct ComputationalGraph: Equatable, Sendable {
  /// What the graph was built from.
  package let definition: GraphDefinition
  /// All nodes, in topological order; node `i` for `i < definition.inputs.count` is input `i`.
  package let nodes: CountedColumn<GraphNode>
  /// All edges, grouped by consumer in topological order, operands left to right.
  package let edges: CountedColumn<GraphEdge>
  /// The index of the output node.
  package let output: Int
  let indexByID: [String: Int]

  /// The most nodes a graph may have: its derivation shows every node several times, so a
  /// larger one could not be read (and would take long to render).
  package static let maximumNodes = 20_000

  /// Builds and validates the graph. Throws the first problem found, checking in this order:
  /// invalid or duplicate names; then each definition in written order, its syntax and then its
  /// names (undefined, or the definition itself); the output name; cycles; finally constant
  /// subformulas that are undefined (`1/0`).
  package init(_ definition: GraphDefinition) throws(GraphError) {
    var builder = try GraphBuilder(definition)
    try builder.build()
    self.definition = definition
    let reads = ReadTally()
    self.nodes = CountedColumn(builder.nodes, tally: reads)
    self.edges = CountedColumn(builder.edges, tally: reads)
    self.output = builder.output
    self.indexByID = builder.indexByID
  }

  /// The reads of `nodes` and `edges`, counted only when a test asks (`ReadTally.counting`).
  package var reads: ReadTally { nodes.tally }

  /// The index of the node with this id (an input, a definition or an intermediate `z_1`).
  package func index(of id: String) -> Int? { indexByID[id] }

  /// The input values given in the definition, in input order.
  package var inputValues: [Double] { definition.inputs.map(\.value) }

  /// The indices of the input nodes, `0..<inputs.count`.
  package var inputIndices: Range<Int> { 0..<definition.inputs.count }
}
