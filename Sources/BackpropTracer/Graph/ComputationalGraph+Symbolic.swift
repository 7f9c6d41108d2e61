/// ∂output/∂name as a formula.
package struct GraphSymbolicDerivative: Equatable, Sendable, Codable {
  /// The input or definition differentiated with respect to.
  package var name: String
  /// ∂output/∂name, lightly simplified (see ``ExpressionTree/simplified()``); nil when it is too
  /// long to read (more than ``ComputationalGraph/maximumSymbolicFormula`` nodes, or a graph of
  /// more than ``ComputationalGraph/maximumSymbolicGraph`` nodes): the backward pass still has
  /// its value.
  package var formula: ExpressionTree?
}

extension ComputationalGraph {
  /// The most nodes of a graph whose symbolic derivatives are formed (each name's local
  /// derivative walks its consumers' formulas, so the work grows with the square of the size).
  package static let maximumSymbolicGraph = 2_000
  /// The most nodes of one symbolic derivative: bounded before it is built, since expanding
  /// definitions can double a formula per layer of a network.
  package static let maximumSymbolicFormula = 1_000

  /// ∂output/∂input for each input, in input order, as formulas.
  ///
  /// Built by the chain rule over the named definitions, as a lecture does: the output's
  /// adjoint is 1, and each name's adjoint is Σ over the definitions c that use it, in
  /// topological order, of adjoint(c) · ∂c/∂name. Without expansion the result keeps
  /// intermediate names (seed 002: `y*exp(x*y) * (-sin(t)) + (1 + x*exp(x*y)) * 2*t`); with
  /// `expandingDefinitions` every definition is replaced by its formula in the inputs
  /// (seed 000: `20*(x^3 + 7)^3 * 3*x^2`). Inputs the output does not depend on get `0`.
  package func symbolicGradient(expandingDefinitions: Bool = false) -> [GraphSymbolicDerivative] {
    let adjoints = symbolicAdjoints(expandingDefinitions: expandingDefinitions)
    var adjointOfNode = Array<GraphSymbolicDerivative?>(repeating: nil, count: nodes.count)
    for adjoint in adjoints {
      if let index = index(of: adjoint.name) { adjointOfNode[index] = adjoint }
    }
    return inputIndices.map { adjointOfNode[$0] ?? GraphSymbolicDerivative(name: nodes[$0].id, formula: .number(0)) }
  }

  /// ∂output/∂name for every input and definition the output depends on, output first, then
  /// in reverse topological order (the order of a backward pass, seed 002's bar notation:
  /// ȳ, z̄, w̄, b̄). Expansion as in ``symbolicGradient(expandingDefinitions:)``.
  ///
  /// - Complexity: linear in the number of definitions and name references, plus the size of
  ///   the formulas produced (each at most ``maximumSymbolicFormula`` nodes).
  package func symbolicAdjoints(expandingDefinitions: Bool = false) -> [GraphSymbolicDerivative] {
    let named = nodes.indices.filter { nodes[$0].role != .intermediate }
    let onPath = nodesOnPathToOutput()
    guard nodes.count <= Self.maximumSymbolicGraph else {
      return named.reversed().filter { onPath[$0] }.map { GraphSymbolicDerivative(name: nodes[$0].id, formula: nil) }
    }
    var consumers = Array(repeating: [Int](), count: nodes.count)
    for consumer in named where nodes[consumer].role == .definition {
      for name in nodes[consumer].source.names {
        if let used = index(of: name) { consumers[used].append(consumer) }
      }
    }
    let limit = Self.maximumSymbolicFormula
    var adjoints = Array<BoundedFormula?>(repeating: nil, count: nodes.count)
    var result: [(index: Int, adjoint: BoundedFormula?)] = []
    for index in named.reversed() where onPath[index] {
      var adjoint: BoundedFormula? = BoundedFormula(tree: .number(index == output ? 1 : 0), size: 1)
      for consumer in consumers[index] where onPath[consumer] {
        guard let sum = adjoint, let outer = adjoints[consumer],
          let local = nodes[consumer].source.derivative(withRespectTo: nodes[index].id, maximumSize: limit)
        else {
          adjoint = nil
          break
        }
        let size = saturatingSum([sum.size, outer.size, local.size, 2])
        adjoint = size > limit ? nil : BoundedFormula(tree: .sum(sum.tree, .product(outer.tree, local)), size: size)
      }
      adjoints[index] = adjoint
      result.append((index, adjoint))
    }
    guard expandingDefinitions else {
      return result.map { GraphSymbolicDerivative(name: nodes[$0.index].id, formula: $0.adjoint?.tree) }
    }
    let expansions = expandedDefinitions()
    return result.map { index, adjoint in
      let formula = adjoint.flatMap { expanded($0.tree, expansions) }?.tree.simplified()
      return GraphSymbolicDerivative(name: nodes[index].id, formula: formula)
    }
  }

  /// For each definition node, its formula with every definition it uses replaced by that
  /// definition's expanded formula (nil for other nodes, and for expansions too long to read).
  /// Computed in topological order.
  private func expandedDefinitions() -> [BoundedFormula?] {
    var expansions = Array<BoundedFormula?>(repeating: nil, count: nodes.count)
    for index in nodes.indices where nodes[index].role == .definition {
      expansions[index] = expanded(nodes[index].source, expansions)
    }
    return expansions
  }

  /// `tree` with each definition's name replaced by its expansion, or nil when one of those is
  /// missing (too long) or the result would have more than ``maximumSymbolicFormula`` nodes (its
  /// size is counted before anything is built).
  private func expanded(_ tree: ExpressionTree, _ expansions: [BoundedFormula?]) -> BoundedFormula? {
    func expansion(_ name: String) -> Int? { index(of: name).flatMap { nodes[$0].role == .definition ? $0 : nil } }
    let size = tree.fold { (node, operands: FoldOperands<Int?>) -> Int? in
      if case let .name(name) = node, let definition = expansion(name) { return expansions[definition]?.size }
      var total = 1
      for size in operands.results {
        guard let size else { return nil }
        total = saturatingSum([total, size])
      }
      return total
    }
    guard let size, size <= Self.maximumSymbolicFormula else { return nil }
    return BoundedFormula(tree: tree.substituting { name in expansion(name).flatMap { expansions[$0]?.tree } }, size: size)
  }

  /// Every node id with its value at `inputs` (nil: the definition's values), for evaluating
  /// symbolic formulas with ``ExpressionTree/value(in:)``.
  package func valuesByName(inputs: [Double]? = nil) throws(GraphError) -> [String: Double] {
    let values = try forwardValues(inputs: inputs)
    var byName: [String: Double] = [:]
    for (node, value) in zip(nodes, values) { byName[node.id] = value }
    return byName
  }
}

/// A formula and an upper bound on its number of nodes.
private struct BoundedFormula {
  var tree: ExpressionTree
  var size: Int
}
