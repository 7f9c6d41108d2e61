/// ∂output/∂name as a formula.
public struct GraphSymbolicDerivative: Equatable, Sendable, Codable {
  /// The input or definition differentiated with respect to.
  public var name: String
  /// ∂output/∂name, lightly simplified (see ``ExpressionTree/simplified()``).
  public var formula: ExpressionTree
}

extension ComputationalGraph {
  /// ∂output/∂input for each input, in input order, as formulas.
  ///
  /// Built by the chain rule over the named definitions, as a lecture does: the output's
  /// adjoint is 1, and each name's adjoint is Σ over the definitions c that use it, in
  /// topological order, of adjoint(c) · ∂c/∂name. Without expansion the result keeps
  /// intermediate names (seed 002: `y*exp(x*y) * (-sin(t)) + (1 + x*exp(x*y)) * 2*t`); with
  /// `expandingDefinitions` every definition is replaced by its formula in the inputs
  /// (seed 000: `20*(x^3 + 7)^3 * 3*x^2`). Inputs the output does not depend on get `0`.
  public func symbolicGradient(expandingDefinitions: Bool = false) -> [GraphSymbolicDerivative] {
    let adjoints = symbolicAdjoints(expandingDefinitions: expandingDefinitions)
    var adjointOfNode = Array<ExpressionTree?>(repeating: nil, count: nodes.count)
    for adjoint in adjoints {
      if let index = index(of: adjoint.name) { adjointOfNode[index] = adjoint.formula }
    }
    return inputIndices.map { GraphSymbolicDerivative(name: nodes[$0].id, formula: adjointOfNode[$0] ?? .number(0)) }
  }

  /// ∂output/∂name for every input and definition the output depends on, output first, then
  /// in reverse topological order (the order of a backward pass, seed 002's bar notation:
  /// ȳ, z̄, w̄, b̄). Expansion as in ``symbolicGradient(expandingDefinitions:)``.
  ///
  /// - Complexity: linear in the number of definitions and name references, plus the size of
  ///   the formulas produced.
  public func symbolicAdjoints(expandingDefinitions: Bool = false) -> [GraphSymbolicDerivative] {
    let named = nodes.indices.filter { nodes[$0].role != .intermediate }
    var consumers = Array(repeating: [Int](), count: nodes.count)
    for consumer in named {
      for name in nodes[consumer].source.names where nodes[consumer].role == .definition {
        if let used = index(of: name) { consumers[used].append(consumer) }
      }
    }
    let onPath = nodesOnPathToOutput()
    var adjoints = Array<ExpressionTree?>(repeating: nil, count: nodes.count)
    var result: [GraphSymbolicDerivative] = []
    for index in named.reversed() where onPath[index] {
      var adjoint: ExpressionTree = index == output ? .number(1) : .number(0)
      for consumer in consumers[index] where onPath[consumer] {
        guard let outer = adjoints[consumer] else { continue }
        let local = nodes[consumer].source.derivative(withRespectTo: nodes[index].id)
        adjoint = .sum(adjoint, .product(outer, local))
      }
      adjoints[index] = adjoint
      result.append(GraphSymbolicDerivative(name: nodes[index].id, formula: adjoint))
    }
    guard expandingDefinitions else { return result }
    let expanded = expandedDefinitions()
    return result.map { derivative in
      let formula = derivative.formula.substituting { name in index(of: name).flatMap { expanded[$0] } }
      return GraphSymbolicDerivative(name: derivative.name, formula: formula.simplified())
    }
  }

  /// For each definition node, its formula with every definition it uses replaced by that
  /// definition's expanded formula (nil for other nodes). Computed in topological order.
  func expandedDefinitions() -> [ExpressionTree?] {
    var expanded = Array<ExpressionTree?>(repeating: nil, count: nodes.count)
    for index in nodes.indices where nodes[index].role == .definition {
      expanded[index] = nodes[index].source.substituting { name in
        self.index(of: name).flatMap { expanded[$0] }
      }
    }
    return expanded
  }

  /// Every node id with its value at `inputs` (nil: the definition's values), for evaluating
  /// symbolic formulas with ``ExpressionTree/value(in:)``.
  public func valuesByName(inputs: [Double]? = nil) throws(GraphError) -> [String: Double] {
    let values = try forwardValues(inputs: inputs)
    var byName: [String: Double] = [:]
    for (node, value) in zip(nodes, values) { byName[node.id] = value }
    return byName
  }
}
