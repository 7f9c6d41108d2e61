/// Lays out a computational graph left to right: a column per depth, each node a box sized to
/// its text. An edge that skips columns passes each column in between through a lane of its
/// own (a slot where no box stands), and every edge crosses a column only at its own row, so
/// no edge runs through a box. Columns are ordered to follow their inputs (the mean position of
/// each item's inputs), which keeps crossings few. Local derivatives sit on the edges' first
/// stretch, where they overlap no other label; the gaps widen until they all fit. A graph wider
/// than the page is shown scaled to it.
enum GraphFigureLayout {
  static let headSize = 13.0, lineSize = 12.0, labelSize = 11.0, margin = 12.0, laneHeight = 12.0, rowGap = 18.0

  /// An item of a column: a node, or the lane of an edge passing through.
  private enum Item: Hashable {
    case node(Int)
    case lane(edge: Int, column: Int)
  }

  /// The layout of `figure`.
  static func layout(_ figure: GraphFigure) -> FigureLayout {
    let columns = ordered(figure)
    var gap = 70.0
    while true {
      let (layout, complete) = make(figure, columns: columns, gap: gap)
      if complete || gap >= 190 { return layout }
      gap += 40
    }
  }

  /// The items of each column: its nodes, and a lane for every edge that passes it, ordered by
  /// the mean position of their inputs in the column before.
  private static func ordered(_ figure: GraphFigure) -> [[Item]] {
    var columns = Array(repeating: [Item](), count: figure.columns)
    for index in figure.nodes.indices { columns[figure.nodes[index].column].append(.node(index)) }
    for (e, edge) in figure.edges.enumerated() {
      let (from, to) = (figure.nodes[edge.from].column, figure.nodes[edge.to].column)
      for column in stride(from: from + 1, to: to, by: 1) { columns[column].append(.lane(edge: e, column: column)) }
    }
    for column in columns.indices.dropFirst() {
      let previous = columns[column - 1]
      func inputs(_ item: Item) -> [Int] {
        switch item {
        case let .node(node):
          return figure.edges.indices.compactMap { e in
            guard figure.edges[e].to == node else { return nil }
            return previous.firstIndex(of: .lane(edge: e, column: column - 1)) ?? previous.firstIndex(of: .node(figure.edges[e].from))
          }
        case let .lane(edge, _):
          return [previous.firstIndex(of: .lane(edge: edge, column: column - 1)) ?? previous.firstIndex(of: .node(figure.edges[edge].from))].compactMap { $0 }
        }
      }
      let keyed = columns[column].enumerated().map { position, item in
        let positions = inputs(item)
        return (item, positions.isEmpty ? Double(position) : Double(positions.reduce(0, +)) / Double(positions.count), position)
      }
      columns[column] = keyed.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.map(\.0)
    }
    return columns
  }

  /// The layout with `gap` pixels between columns, and whether every edge's label found a place.
  private static func make(_ figure: GraphFigure, columns: [[Item]], gap: Double) -> (FigureLayout, Bool) {
    let lines = figure.nodes.indices.map(figure.lines)
    let sizes = lines.map { texts -> (width: Double, height: Double) in
      let widest = texts.enumerated().map { $1.width(size: $0 == 0 ? headSize : lineSize) }.max() ?? 0
      return (widest + 16, 10 + 15 * Double(texts.count))
    }
    func height(_ item: Item) -> Double {
      if case let .node(node) = item { return sizes[node].height }
      return laneHeight
    }
    // Column edges, left to right, and each item's centre.
    var left: [Double] = [], right: [Double] = []
    var x = 0.0
    for items in columns {
      let width = items.map { item -> Double in if case let .node(node) = item { return sizes[node].width }; return 20 }.max() ?? 20
      left.append(x)
      right.append(x + width)
      x += width + gap
    }
    let columnHeights = columns.map { items in items.map(height).reduce(0, +) + rowGap * Double(max(items.count - 1, 0)) }
    let tallest = columnHeights.max() ?? 0
    var centres: [Item: FigurePoint] = [:]
    for (column, items) in columns.enumerated() {
      var y = (tallest - columnHeights[column]) / 2
      for item in items {
        centres[item] = FigurePoint(x: (left[column] + right[column]) / 2, y: y + height(item) / 2)
        y += height(item) + rowGap
      }
    }
    let nodes = figure.nodes.indices.map { index -> FigureLayout.Node in
      let c = centres[.node(index)] ?? FigurePoint(x: 0, y: 0)
      let box = FigureBox(centre: c, width: sizes[index].width, height: sizes[index].height)
      return FigureLayout.Node(
        box: box, isCircle: false,
        lines: lines[index].enumerated().map { line, text in
          FigureLayout.Line(text: text, size: line == 0 ? headSize : lineSize, italic: line == 0, baseline: box.y + 19 + 15 * Double(line))
        })
    }
    let edges = figure.edges.enumerated().map { e, edge -> FigureLayout.Edge in
      let (source, target) = (nodes[edge.from].box, nodes[edge.to].box)
      let (from, to) = (figure.nodes[edge.from].column, figure.nodes[edge.to].column)
      var points = [FigurePoint(x: source.maxX, y: source.centre.y), FigurePoint(x: right[from], y: source.centre.y)]
      for column in stride(from: from + 1, to: to, by: 1) {
        let y = centres[.lane(edge: e, column: column)]?.y ?? source.centre.y
        points += [FigurePoint(x: left[column], y: y), FigurePoint(x: right[column], y: y)]
      }
      points += [FigurePoint(x: left[to], y: target.centre.y), FigurePoint(x: target.x, y: target.centre.y)]
      return FigureLayout.Edge(points: deduplicated(points), from: edge.from, to: edge.to)
    }
    let (labels, complete) = derivatives(figure, edges: edges, nodes: nodes, gapStarts: right)
    return (FigureLayout(width: 0, height: 0, nodes: nodes, edges: edges, labels: labels).fitted(margin: margin), complete)
  }

  /// Each edge's local derivative on the stretch where it leaves its node's column, where no
  /// other edge crosses it and it overlaps nothing placed; and whether every one found a place.
  private static func derivatives(
    _ figure: GraphFigure, edges: [FigureLayout.Edge], nodes: [FigureLayout.Node], gapStarts: [Double]
  ) -> ([FigureLayout.Label], Bool) {
    var placer = LabelPlacer(avoiding: nodes.map { $0.box.inset(by: -2) })
    var labels: [FigureLayout.Label] = []
    var complete = true
    for (e, edge) in figure.edges.enumerated() {
      guard let label = edge.label else { continue }
      // The stretch across the gap after the source's column.
      let start = gapStarts[figure.nodes[edge.from].column]
      guard let index = edges[e].points.firstIndex(where: { $0.x >= start }), index + 1 < edges[e].points.count else { continue }
      let (a, b) = (edges[e].points[index], edges[e].points[index + 1])
      let text = FigureText([.number(label)])
      let candidates = NetworkFigureLayout.stagger.map {
        FigureBox(centre: a.towards(b, by: $0), width: text.width(size: labelSize) + 4, height: FigureText.height(size: labelSize))
      }.filter { box in
        !edges.indices.contains { $0 != e && edges[$0].crosses(box.inset(by: 1)) }
      }
      if let box = placer.place(candidates, within: FigureBox(x: a.x + 2, y: -1e6, width: b.x - a.x - 4, height: 2e6)) {
        labels.append(FigureLayout.Label(text: text, box: box, size: labelSize, isDerivative: true, edge: e))
      } else {
        complete = false
      }
    }
    return (labels, complete)
  }

  /// The points without one that repeats the point before it.
  private static func deduplicated(_ points: [FigurePoint]) -> [FigurePoint] {
    points.enumerated().filter { $0.offset == 0 || $0.element != points[$0.offset - 1] }.map(\.element)
  }
}
