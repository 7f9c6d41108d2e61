/// Turns one definition's formula into nodes: one per operation, the last one named after the
/// definition, intermediate ones `DEF_1`, `DEF_2`, … in the order they are computed (post-order,
/// left to right). Names become edges to existing nodes; constant subformulas become constants.
///
/// The walk is iterative (a fold over the tree), so a formula as deep as it is long lowers
/// without touching the stack's limits.
struct GraphLowering {
  let definition: String
  private var intermediates = 0

  init(definition: String) { self.definition = definition }

  /// What a lowered subformula stands for: a constant not yet evaluated (its value is taken
  /// once, for the largest constant subformula, so an undefined one is reported whole), or an
  /// operand and how it reads in a node formula (`.name(id)` for a node).
  private enum Part {
    case constant(ExpressionTree)
    case lowered(operand: GraphOperand, reading: ExpressionTree)
  }

  /// Lowers the definition's formula `tree`, ending with the node named after the definition.
  mutating func lower(_ tree: ExpressionTree, into builder: inout GraphBuilder) throws(GraphError) {
    let operation: GraphOperation
    let operands: [ExpressionTree]
    switch tree {
    case .name, .number: (operation, operands) = (.identity, [tree])
    case let .negate(operand): (operation, operands) = (.negate, [operand])
    case let .binary(op, left, right): (operation, operands) = (.binary(op), [left, right])
    case let .call(function, operand): (operation, operands) = (.call(function), [operand])
    }
    var parts: [(operand: GraphOperand, reading: ExpressionTree)] = []
    for operand in operands { parts.append(try finish(try lowerOperand(operand, into: &builder))) }
    _ = try builder.append(node(id: definition, role: .definition, operation: operation, parts: parts, source: tree))
  }

  /// Lowers a subformula below the top, bottom-up.
  private mutating func lowerOperand(_ tree: ExpressionTree, into builder: inout GraphBuilder) throws(GraphError) -> Part {
    try tree.fold { (subtree, lowered: FoldOperands<Part>) throws(GraphError) -> Part in
      let operation: GraphOperation
      switch subtree {
      case .number: return .constant(subtree)
      case let .name(name):
        // Validated earlier: every name is an input or a definition lowered before this one.
        guard let index = builder.index(of: name) else { preconditionFailure("unordered name \(name)") }
        return .lowered(operand: .node(index), reading: subtree)
      case .negate: operation = .negate
      case let .binary(op, _, _): operation = .binary(op)
      case let .call(function, _): operation = .call(function)
      }
      if lowered.results.allSatisfy({ if case .constant = $0 { true } else { false } }) { return .constant(subtree) }
      var parts: [(operand: GraphOperand, reading: ExpressionTree)] = []
      for part in lowered.results { parts.append(try finish(part)) }
      intermediates += 1
      let id = "\(definition)_\(intermediates)"
      let index = try builder.append(node(id: id, role: .intermediate, operation: operation, parts: parts, source: subtree))
      return .lowered(operand: .node(index), reading: .name(id))
    }
  }

  /// A part as an operand: a constant subformula evaluated (an undefined one is an error that
  /// names it), a lowered one as it is.
  private func finish(_ part: Part) throws(GraphError) -> (operand: GraphOperand, reading: ExpressionTree) {
    switch part {
    case let .lowered(operand, reading): return (operand, reading)
    case let .constant(tree):
      do {
        return (.constant(try tree.evaluate { _ in nil }), tree)
      } catch {
        throw GraphError(
          definition: definition,
          problem: .undefinedValue(node: definition, formula: ExpressionPrinter.plain(tree), reason: error.reason))
      }
    }
  }

  private func node(
    id: String, role: GraphNode.Role, operation: GraphOperation, parts: [(operand: GraphOperand, reading: ExpressionTree)],
    source: ExpressionTree
  ) -> GraphNode {
    GraphNode(
      id: id, role: role, definition: definition, operation: operation, operands: parts.map(\.operand),
      formula: Self.formula(operation, parts.map(\.reading)), source: source, consumerEdges: [])
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
