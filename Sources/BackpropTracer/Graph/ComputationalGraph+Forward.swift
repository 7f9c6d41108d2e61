extension ComputationalGraph {
  /// The value of every node, in node (topological) order.
  ///
  /// `inputs` gives the input values in input order; nil uses the definition's values.
  /// Throws ``GraphError/Problem/undefinedValue(node:formula:reason:)`` for the first node whose
  /// value is undefined (division by zero, log of a non-positive number, a negative number to a
  /// non-integer power) or not finite; no NaN or infinity is ever returned.
  ///
  /// - Precondition: `inputs`, when given, has one value per input.
  /// - Complexity: O(nodes).
  package func forwardValues(inputs: [Double]? = nil) throws(GraphError) -> [Double] {
    let given = inputs ?? inputValues
    precondition(given.count == definition.inputs.count, "one value per input")
    var values: [Double] = []
    values.reserveCapacity(nodes.count)
    for node in nodes {
      let operands = node.operands.map { operand -> Double in
        switch operand {
        case .node(let index): return values[index]
        case .constant(let value): return value
        }
      }
      do {
        // Inputs are nodes 0..<inputs.count, so an input's index is its position in `given`.
        let input = node.role == .input ? given[values.count] : 0
        values.append(try Self.evaluate(node.operation, operands, input: input))
      } catch {
        throw undefined(node, error.reason)
      }
    }
    return values
  }

  /// The value of the output node at `inputs` (nil: the definition's values).
  package func outputValue(inputs: [Double]? = nil) throws(GraphError) -> Double {
    try forwardValues(inputs: inputs)[output]
  }

  static func evaluate(
    _ operation: GraphOperation, _ operands: [Double], input: Double
  ) throws(UndefinedValue) -> Double {
    switch operation {
    case .input: return try finite(input)
    case .identity: return operands[0]
    case .negate: return -operands[0]
    case .binary(let op): return try op.apply(operands[0], operands[1])
    case .call(let function): return try function.apply(operands[0])
    }
  }

  /// The error for `node` being undefined for `reason`.
  func undefined(_ node: GraphNode, _ reason: String) -> GraphError {
    GraphError(
      definition: node.definition,
      problem: .undefinedValue(node: node.id, formula: ExpressionPrinter.plain(node.source), reason: reason))
  }
}
