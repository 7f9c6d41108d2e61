/// One scalar of a computational graph: an input, a named definition, or an operation inside
/// a definition's formula.
package struct GraphNode: Equatable, Sendable, Codable {
  /// Where the node comes from.
  package enum Role: String, Equatable, Sendable, Codable {
    /// A named input, given a value.
    case input
    /// The value of a named definition (the last operation of its formula).
    case definition
    /// An anonymous operation inside a formula, named `DEF_k` (k = 1, 2, … in the order the
    /// formula's operations are computed); `_` cannot occur in a user's name, so ids never clash.
    case intermediate
  }

  /// The node's name: the user's name for inputs and definitions, `z_1`, `z_2`, … otherwise.
  package var id: String
  /// Input, named definition, or intermediate operation.
  package var role: Role
  /// The definition this node belongs to; nil for inputs.
  package var definition: String?
  /// What the node computes from its operands.
  package var operation: GraphOperation
  /// The operands, left to right: other nodes or numeric constants.
  package var operands: [GraphOperand]
  /// The operation written over node ids, as a lecture writes one step: `5*z_1` for `z = 5*y^4`.
  package var formula: ExpressionTree
  /// The part of the definition this node computes, in the user's names: `y^4`, `5*y^4`.
  package var source: ExpressionTree
  /// Indices into ``ComputationalGraph/edges`` of the edges leaving this node, one per use by a
  /// consumer, in the consumers' topological order (`x*x` gives two edges to the same consumer).
  package var consumerEdges: [Int]
}

/// What a node computes from its operands.
package enum GraphOperation: Equatable, Sendable, Codable {
  /// A named input: no operands.
  case input
  /// A definition that is a single name or number (`w = y`): one operand.
  case identity
  /// `-a`.
  case negate
  /// `a op b`.
  case binary(ExpressionOperator)
  /// `f(a)`.
  case call(ExpressionFunction)
}

/// An operand of a node: another node, or a constant part of the formula (`5`, `2^3`).
package enum GraphOperand: Equatable, Sendable, Codable {
  /// The node at this index of ``ComputationalGraph/nodes``.
  case node(Int)
  /// A number; constant subformulas are evaluated when the graph is built.
  case constant(Double)
}

/// A value flowing from `input` into operand position `operand` of `consumer`.
package struct GraphEdge: Equatable, Sendable, Codable {
  /// The index of the node whose value flows along the edge.
  package var input: Int
  /// The index of the node that uses it.
  package var consumer: Int
  /// Which operand of the consumer it is (0 = left or only, 1 = right).
  package var operand: Int
}
