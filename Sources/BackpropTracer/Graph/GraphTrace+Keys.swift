/// The stable keys of a graph trace, shared by `graph --format json` and a graph fixture's
/// `expected`:
///
/// | key | value |
/// | --- | --- |
/// | `value_y` | the forward value of node `y` (inputs, definitions, and intermediates `y_1`) |
/// | `grad_y` | ∂output/∂y, the node's entry of the gradient table |
/// | `local_z_y` | ∂z/∂y holding z's other operands fixed (summed when z uses y twice) |
/// | `dz_dy` | the same as `grad_y` when z is the output (an alias, accepted in `expected`) |
extension GraphTrace {
  /// Every value under its key, in order: the forward values in topological order, the
  /// gradients in backward order, then the local derivatives in the order the backward pass
  /// used them. Nodes the output does not depend on get no gradient.
  package func printedValues(of graph: ComputationalGraph) -> [(key: String, value: Double)] {
    var values = nodes.map { (key: "value_" + $0.id, value: $0.value) }
    values += backwardOrder.map { (key: "grad_" + nodes[$0].id, value: nodes[$0].gradient) }
    values += localDerivatives(of: graph).map { (key: "local_\($0.consumer)_\($0.input)", value: $0.value) }
    return values
  }

  /// ∂consumer/∂input for each pair of nodes joined by an edge, in the order the backward pass
  /// met them; a consumer that uses its input twice (`x*x`) gets the sum of both edges.
  package func localDerivatives(of graph: ComputationalGraph) -> [(consumer: String, input: String, value: Double)] {
    var result: [(consumer: String, input: String, value: Double)] = []
    var position: [String: Int] = [:]
    for record in edges {
      let pair = record.consumer + " " + record.input
      if let existing = position[pair] {
        result[existing].value += record.localDerivative
      } else {
        position[pair] = result.count
        result.append((record.consumer, record.input, record.localDerivative))
      }
    }
    return result
  }

  /// The value of an alias key `dOUTPUT_dNAME` (∂output/∂NAME), or nil.
  package func value(ofAlias key: String, in graph: ComputationalGraph) -> Double? {
    let prefix = "d" + nodes[output].id + "_d"
    guard key.hasPrefix(prefix), let index = graph.index(of: String(key.dropFirst(prefix.count))),
      nodes[index].isOnPathToOutput
    else { return nil }
    return nodes[index].gradient
  }

  /// The value of any key of ``printedValues(of:)`` or an alias, or nil.
  package func value(of key: String, in graph: ComputationalGraph) -> Double? {
    printedValues(of: graph).first { $0.key == key }?.value ?? value(ofAlias: key, in: graph)
  }
}
