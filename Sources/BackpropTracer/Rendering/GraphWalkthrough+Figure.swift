extension GraphWalkthrough {
  /// The graph figure, or a sentence when it is too tall or too deep to draw legibly.
  func figureBlocks() -> [Document.Block] {
    let figure = makeFigure()
    guard figure.rows <= GraphFigure.largestDrawnColumn, figure.columns <= GraphFigure.largestDrawnDepth else {
      return [.paragraph([
        .text("The graph has \(graph.nodes.count) nodes in \(figure.columns) columns, too many to draw legibly on a page, so there is no figure here (the tables below list every node); "),
        .code("backprop-trace graph --format dot"), .text(" writes it for Graphviz."),
      ])]
    }
    return [.figure(.graph(figure))]
  }

  /// Nodes in columns by depth (longest path from an input), in node order; one edge per
  /// (input, consumer) pair labelled with the local derivative when the graph is small.
  func makeFigure() -> GraphFigure {
    let figureFormat = format.significant == nil ? NumberFormat(decimals: min(format.decimals, 4)) : format
    var depth = Array(repeating: 0, count: graph.nodes.count)
    var nodes: [GraphFigure.Node] = []
    for (index, node) in graph.nodes.enumerated() {
      for case .node(let operand) in node.operands { depth[index] = max(depth[index], depth[operand] + 1) }
      let record = trace.nodes[index]
      nodes.append(GraphFigure.Node(
        name: node.id, formula: node.role == .input ? nil : node.formula, value: figureFormat.plain(record.value),
        gradient: record.isOnPathToOutput ? figureFormat.plain(record.gradient) : nil, column: depth[index]))
    }
    let labelled = graph.nodes.count <= GraphFigure.largestLabelledGraph
    var locals: [String: Double] = [:]
    for local in trace.localDerivatives(of: graph) { locals[local.consumer + " " + local.input] = local.value }
    var edges: [GraphFigure.Edge] = []
    var drawn = Set<[Int]>()
    for edge in graph.edges where drawn.insert([edge.input, edge.consumer]).inserted {
      let local = locals[graph.nodes[edge.consumer].id + " " + graph.nodes[edge.input].id]
      edges.append(GraphFigure.Edge(from: edge.input, to: edge.consumer, label: labelled ? local.map(figureFormat.plain) : nil))
    }
    return GraphFigure(nodes: nodes, edges: edges)
  }
}
