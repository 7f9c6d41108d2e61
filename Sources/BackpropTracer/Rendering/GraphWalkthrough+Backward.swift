extension GraphWalkthrough {
  /// ∂output/∂name in the fixture's notation: `\frac{\partial z}{\partial y}` or `\bar{y}`.
  func gradient(_ name: String) -> String {
    switch fixture.notation {
    case .leibniz: return "\\frac{\\partial \(tex(outputName))}{\\partial \(tex(name))}"
    case .bars:
      let letters = name.prefix { $0.isLetter }
      return letters.count == 1 ? "\\bar{\(letters)}" + tex(name).dropFirst() : "\\overline{\(tex(name))}"
    }
  }

  /// The backward pass, node by node in reverse topological order, then the gradient table.
  func backwardBlocks() -> [Document.Block] {
    let lines = trace.backwardOrder.map(backwardLine)
    let rows = trace.backwardOrder.map { index -> [[Document.Inline]] in
      [[.math(tex(graph.nodes[index].id))], [.math(gradient(graph.nodes[index].id))], [.math(number(trace.nodes[index].gradient))]]
    }
    let symbol: Document.Inline =
      fixture.notation == .bars
      ? .math("\\bar{v} = \\partial \(tex(outputName)) / \\partial v") : .math(gradient("v"))
    return [
      .heading(level: 2, text: "Backward pass"),
      .paragraph([
        .text("From the output back, each node's gradient "), symbol,
        .text(" is the sum, over the nodes that use it, of their gradient times the local derivative (the "), .code("grad_table"),
        .text(" of the general back-propagation algorithm). A node used by two nodes gets two terms: one per path."),
      ]),
      .aligned(AlignedMath(lines)),
      .paragraph([.text("The gradient table:")]),
      .table(header: ["node", "gradient", "value"], rows: rows),
    ]
  }

  func backwardLine(_ index: Int) -> Document.AlignedLine {
    let node = graph.nodes[index]
    let symbol = gradient(node.id)
    guard index != graph.output else { return Document.AlignedLine(symbol: symbol, steps: ["1"]) }
    var chain: [String] = [], formulas: [String] = [], numbers: [String] = []
    for (consumer, local) in consumers(of: index) {
      let user = graph.nodes[consumer]
      let formula = user.formula.derivative(withRespectTo: node.id)
      var formulaText = ExpressionPrinter.latex(formula)
      if [.sum, .negation].contains(ExpressionPrinter.strength(formula)) { formulaText = "\\left(" + formulaText + "\\right)" }
      let partial = "\\frac{\\partial \(tex(user.id))}{\\partial \(tex(node.id))}"
      if consumer == graph.output {
        chain.append(partial)
        formulas.append(formulaText)
        numbers.append(number(local))
      } else {
        chain.append(gradient(user.id) + " " + partial)
        formulas.append(gradient(user.id) + " \\cdot " + formulaText)
        numbers.append(number(trace.nodes[consumer].gradient) + " \\cdot " + number(local, wrapped: true))
      }
    }
    let sums = [chain, formulas, numbers].map { $0.joined(separator: " + ") }
    let steps = (fixture.notation == .leibniz ? sums : Array(sums.dropFirst())) + [number(trace.nodes[index].gradient)]
    return Document.AlignedLine(symbol: symbol, steps: Self.distinct(steps, after: symbol))
  }

  /// The consumers of node `index` on a path to the output, in the order of its contributions,
  /// each with the local derivative summed over its edges (`x*x` uses x twice).
  func consumers(of index: Int) -> [(consumer: Int, local: Double)] {
    var result: [(consumer: Int, local: Double)] = []
    for record in trace.nodes[index].contributions.map({ trace.edges[$0] }) {
      guard let consumer = graph.index(of: record.consumer) else { continue }
      if let existing = result.firstIndex(where: { $0.consumer == consumer }) {
        result[existing].local += record.localDerivative
      } else {
        result.append((consumer, record.localDerivative))
      }
    }
    return result
  }
}
