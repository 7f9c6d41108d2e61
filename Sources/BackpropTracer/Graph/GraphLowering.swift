/// Turns one definition's formula into nodes: one per operation, the last one named after the
/// definition, intermediate ones `DEF_1`, `DEF_2`, … in the order they are computed (post-order,
/// left to right). Names become edges to existing nodes; constant subformulas become constants.
struct GraphLowering {
  let definition: String
  private var intermediates = 0

  init(definition: String) { self.definition = definition }

  /// Lowers `tree`; returns the operand that stands for it and how it reads in a node formula
  /// (`.name(id)` for a node, the constant subformula as written for a constant).
  mutating func lower(
    _ tree: ExpressionTree, isTop: Bool, into builder: inout GraphBuilder
  ) throws(GraphError) -> (operand: GraphOperand, reading: ExpressionTree) {
    if !isTop, tree.isConstant {
      do {
        return (.constant(try tree.evaluate { _ in nil }), tree)
      } catch {
        throw GraphError(
          definition: definition,
          problem: .undefinedValue(node: definition, formula: ExpressionPrinter.plain(tree), reason: error.reason))
      }
    }
    let operation: GraphOperation
    var parts: [(operand: GraphOperand, reading: ExpressionTree)] = []
    switch tree {
    case .name(let name) where !isTop:
      // Validated earlier: every name is an input or a definition lowered before this one.
      guard let index = builder.index(of: name) else { preconditionFailure("unordered name \(name)") }
      return (.node(index), tree)
    case .name, .number:
      operation = .identity
      parts = [try lower(tree, isTop: false, into: &builder)]
    case .negate(let operand):
      operation = .negate
      parts = [try lower(operand, isTop: false, into: &builder)]
    case .binary(let op, let left, let right):
      operation = .binary(op)
      parts = [try lower(left, isTop: false, into: &builder), try lower(right, isTop: false, into: &builder)]
    case .call(let function, let operand):
      operation = .call(function)
      parts = [try lower(operand, isTop: false, into: &builder)]
    }
    let id = isTop ? definition : nextIntermediateID()
    let node = GraphNode(
      id: id, role: isTop ? .definition : .intermediate, definition: definition,
      operation: operation, operands: parts.map(\.operand),
      formula: Self.formula(operation, parts.map(\.reading)), source: tree, consumerEdges: [])
    return (.node(builder.append(node)), .name(id))
  }

  private mutating func nextIntermediateID() -> String {
    intermediates += 1
    return "\(definition)_\(intermediates)"
  }

  /// The operation written over its operands' readings.
  private static func formula(_ operation: GraphOperation, _ readings: [ExpressionTree]) -> ExpressionTree {
    switch (operation, readings.count) {
    case (.negate, 1): return .negate(readings[0])
    case (.binary(let op), 2): return .binary(op, readings[0], readings[1])
    case (.call(let function), 1): return .call(function, readings[0])
    case (_, 1): return readings[0]
    default: preconditionFailure("operation \(operation) with \(readings.count) operands")
    }
  }
}
