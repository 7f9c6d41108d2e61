/// The record of one forward and backward pass through a ``ComputationalGraph``: every value,
/// every local derivative, every contribution and every sum (seed 001's grad_table).
///
/// Plain data: arrays in a fixed order, indices into ``ComputationalGraph/nodes`` and
/// ``ComputationalGraph/edges``. Gradients are ∂output/∂node.
package struct GraphTrace: Equatable, Sendable, Codable {
  /// One node's value and gradient.
  package struct NodeRecord: Equatable, Sendable, Codable {
    /// The node's index in the graph.
    package var node: Int
    /// The node's id (`x`, `z_1`).
    package var id: String
    /// The forward value.
    package var value: Double
    /// ∂output/∂node: 1 for the output, the sum of ``contributions`` for a node on a path to
    /// the output, 0 for a node the output does not depend on.
    package var gradient: Double
    /// Indices into ``GraphTrace/edges`` of the terms summed into ``gradient``, one per
    /// consumer edge, in the consumers' topological order (seed 002's t̄ = x̄·∂x/∂t + ȳ·∂y/∂t).
    package var contributions: [Int]
    /// True when the output depends on this node (the output itself included).
    package var isOnPathToOutput: Bool
  }

  /// One chain-rule term: what flows back along an edge.
  package struct EdgeRecord: Equatable, Sendable, Codable {
    /// The edge's index in ``ComputationalGraph/edges``.
    package var edge: Int
    /// The id of the node whose gradient receives the term.
    package var input: String
    /// The id of the node that used the input.
    package var consumer: String
    /// ∂consumer/∂input, holding the consumer's other operands fixed.
    package var localDerivative: Double
    /// gradient(consumer) × localDerivative.
    package var contribution: Double
  }

  /// One record per node, in node (topological) order.
  package var nodes: [NodeRecord]
  /// The node indices in the order the backward pass finalised them: the output first, then
  /// the nodes it depends on in reverse topological order.
  package var backwardOrder: [Int]
  /// Edge terms in the order they were computed: grouped by input node in ``backwardOrder``,
  /// each group in its consumers' topological order. Only edges whose consumer is on a path to
  /// the output appear.
  package var edges: [EdgeRecord]
  /// The index of the output node.
  package var output: Int

  /// Creates a trace from its parts (the engine's ``ComputationalGraph/backpropagate(inputs:)`` builds one).
  package init(nodes: [NodeRecord], backwardOrder: [Int], edges: [EdgeRecord], output: Int) {
    self.nodes = nodes
    self.backwardOrder = backwardOrder
    self.edges = edges
    self.output = output
  }
}
