extension ComputationalGraph {
  /// Runs the forward pass, then reverse-mode accumulation, and records both.
  ///
  /// Visits the nodes the output depends on in reverse topological order; each node's
  /// gradient is final when visited because all its consumers come later in topological order:
  ///
  ///     grad(output) = 1
  ///     grad(u) = Σ over consumer edges u → c:  grad(c) · ∂c/∂u
  ///
  /// A node used twice (`x*x`, or `t` feeding both `x = cos(t)` and `y = t^2`) gets one term per
  /// use. `inputs` gives the input values (nil: the definition's). Throws
  /// ``GraphError/Problem/undefinedValue(node:formula:reason:)`` when a value or a local
  /// derivative is undefined (∂(√u)/∂u at u = 0, ∂(aᵇ)/∂b for a ≤ 0).
  ///
  /// - Complexity: O(nodes + edges).
  package func backpropagate(inputs: [Double]? = nil) throws(GraphError) -> GraphTrace {
    let values = try forwardValues(inputs: inputs)
    let onPath = nodesOnPathToOutput()
    var gradients = Array(repeating: 0.0, count: nodes.count)
    var contributions = Array(repeating: [Int](), count: nodes.count)
    var records: [GraphTrace.EdgeRecord] = []
    var backwardOrder: [Int] = []
    gradients[output] = 1
    for index in stride(from: output, through: 0, by: -1) where onPath[index] {
      backwardOrder.append(index)
      for edgeIndex in nodes[index].consumerEdges {
        let edge = edges[edgeIndex]
        guard onPath[edge.consumer] else { continue }
        let local = try localDerivative(along: edge, values)
        let contribution = gradients[edge.consumer] * local
        contributions[index].append(records.count)
        records.append(GraphTrace.EdgeRecord(
          edge: edgeIndex, input: nodes[index].id, consumer: nodes[edge.consumer].id,
          localDerivative: local, contribution: contribution))
        gradients[index] += contribution
      }
      guard gradients[index].isFinite else {
        throw undefined(nodes[index], "∂\(nodes[output].id)/∂\(nodes[index].id) overflowed (it is too large for a double)")
      }
    }
    let nodeRecords = nodes.indices.map { index in
      GraphTrace.NodeRecord(
        node: index, id: nodes[index].id, value: values[index], gradient: gradients[index],
        contributions: contributions[index], isOnPathToOutput: onPath[index])
    }
    return GraphTrace(nodes: nodeRecords, backwardOrder: backwardOrder, edges: records, output: output)
  }

  /// The gradient ∂output/∂input for each input, in input order.
  package func inputGradients(inputs: [Double]? = nil) throws(GraphError) -> [Double] {
    let trace = try backpropagate(inputs: inputs)
    return inputIndices.map { trace.nodes[$0].gradient }
  }

  /// For each node, whether the output depends on it (the output included). O(nodes + edges).
  func nodesOnPathToOutput() -> [Bool] {
    var onPath = Array(repeating: false, count: nodes.count)
    onPath[output] = true
    for index in stride(from: output, through: 0, by: -1) where onPath[index] {
      for case .node(let operand) in nodes[index].operands { onPath[operand] = true }
    }
    return onPath
  }

  /// ∂consumer/∂input along `edge`, at the forward `values`; finite or an error.
  func localDerivative(along edge: GraphEdge, _ values: [Double]) throws(GraphError) -> Double {
    let consumer = nodes[edge.consumer]
    let operands = consumer.operands.map { operand -> Double in
      switch operand {
      case .node(let index): return values[index]
      case .constant(let value): return value
      }
    }
    let result = values[edge.consumer]
    let local: Double
    switch consumer.operation {
    case .input: local = 0
    case .identity: local = 1
    case .negate: local = -1
    case .binary(let op):
      let partials = op.partials(operands[0], operands[1], result: result)
      local = edge.operand == 0 ? partials.left : partials.right
    case .call(let function): local = function.derivative(at: operands[0], result: result)
    }
    guard local.isFinite else {
      let name = nodes[edge.input].id
      throw undefined(consumer, "∂\(consumer.id)/∂\(name) is not finite at \(name) = \(ExpressionPrinter.plain(values[edge.input]))")
    }
    return local
  }
}
