/// Lays out a network figure: units as circles in columns (inputs, then each layer), edges
/// between neighbouring columns, biases under their neurons, and each weight on its own edge
/// where no other edge crosses it and it overlaps no other label or unit (tried at many places
/// along the edge). When one layer's weights cannot all be placed so, they are listed under the
/// figure instead, as are biases that do not fit under their neurons. Columns stand as far
/// apart as the page allows; a figure deeper than `NetworkFigure.largestDrawnDepth` columns is
/// not drawn at all.
struct NetworkFigureLayout {
  static let nameSize = 13.0, valueSize = 12.0, labelSize = 12.0, margin = 12.0

  private let figure: NetworkFigure
  private let radius: Double, rowPitch: Double, columnPitch: Double
  private var labelHeight: Double { FigureText.height(size: Self.labelSize) }

  /// The layout of `figure`.
  static func layout(_ figure: NetworkFigure) -> FigureLayout {
    let widest = figure.columns.joined().map {
      max(FigureText.width($0.name, size: nameSize), FigureText.width($0.value, size: valueSize))
    }.max() ?? 0
    var radius = min(max(26, widest / 2 + 6), 44)
    if figure.showsDeltas {
      // Three lines: the lowest, a δ, ends about 22 px below the centre, where the circle is
      // narrower.
      let delta = figure.columns.joined().map { Self.deltaText($0.delta).width(size: valueSize) }.max() ?? 0
      radius = max(radius, ((delta / 2 + 2) * (delta / 2 + 2) + 23 * 23).squareRoot() + 1, widest / 2 + 8)
    }
    // As far apart as the page allows (weights need room), at most 400 px.
    let gaps = Double(max(figure.columns.count - 1, 1))
    let pitch = min(400, max(2 * radius + 60, (FigureLayout.pageWidth - 2 * margin - 2 * radius - 80) / gaps))
    return NetworkFigureLayout(figure: figure, radius: radius, rowPitch: max(2 * radius + 36, 100), columnPitch: pitch).make()
  }

  private func centre(_ column: Int, _ row: Int) -> FigurePoint {
    let count = figure.columns[column].count
    return FigurePoint(x: Double(column) * columnPitch, y: (Double(figure.rows - count) / 2 + Double(row)) * rowPitch)
  }

  /// A unit's name and output; with a δ, the δ below them in the backward colour.
  private func lines(_ unit: NetworkFigure.Node, centre c: FigurePoint) -> [FigureLayout.Line] {
    let name = FigureText([.text(unit.name)]), value = FigureText([.number(unit.value)])
    guard !unit.delta.isEmpty else {
      return [
        FigureLayout.Line(text: name, size: Self.nameSize, italic: true, baseline: c.y - 3),
        FigureLayout.Line(text: value, size: Self.valueSize, italic: false, baseline: c.y + 13),
      ]
    }
    return [
      FigureLayout.Line(text: name, size: Self.nameSize, italic: true, baseline: c.y - 9),
      FigureLayout.Line(text: value, size: Self.valueSize, italic: false, baseline: c.y + 5),
      FigureLayout.Line(text: Self.deltaText(unit.delta), size: Self.valueSize, italic: false, baseline: c.y + 19, isBackward: true),
    ]
  }

  /// `δ 0.1385`.
  static func deltaText(_ delta: String) -> FigureText {
    delta.isEmpty ? FigureText([]) : FigureText([.symbol(MathSymbol(.greek("delta"))), .text(" "), .number(delta)])
  }

  private func make() -> FigureLayout {
    var nodes: [FigureLayout.Node] = []
    var index: [[Int]] = []
    for (column, units) in figure.columns.enumerated() {
      index.append([])
      for (row, unit) in units.enumerated() {
        let c = centre(column, row)
        index[column].append(nodes.count)
        nodes.append(FigureLayout.Node(
          box: FigureBox(centre: c, width: 2 * radius, height: 2 * radius), isCircle: true,
          lines: lines(unit, centre: c)))
      }
    }
    let edges = figure.edges.enumerated().map { e, edge -> FigureLayout.Edge in
      let (a, b) = (centre(edge.from.column, edge.from.row), centre(edge.to.column, edge.to.row))
      let t = radius / ((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y)).squareRoot()
      return FigureLayout.Edge(
        points: [a.towards(b, by: t), b.towards(a, by: t)], from: index[edge.from.column][edge.from.row],
        to: index[edge.to.column][edge.to.row], isHighlighted: figure.highlighted.contains(e))
    }
    var placer = LabelPlacer(avoiding: nodes.map { $0.box.inset(by: -3) })
    var listed = Array(repeating: [FigureText](), count: figure.columns.count)
    var labels = biases(edges: edges, placer: &placer, listed: &listed)
    for column in figure.columns.indices.dropFirst() {
      if let placed = weights(into: column, edges: edges, placer: &placer) {
        labels += placed
      } else {
        listed[column] = figure.edges.filter { $0.to.column == column }.compactMap { $0.weight?.text } + listed[column]
      }
    }
    let bottom = (nodes.map(\.box) + labels.map(\.box)).map(\.maxY).max() ?? 0
    labels += lists(listed, below: bottom)
    return FigureLayout(width: 0, height: 0, nodes: nodes, edges: edges, labels: labels).fitted(margin: Self.margin)
  }

  /// Each bias under its neuron (centred, or reaching right or left from it) where no edge
  /// crosses it and it overlaps nothing placed: all of a column's biases so, or none (listed
  /// with the column instead).
  private func biases(edges: [FigureLayout.Edge], placer: inout LabelPlacer, listed: inout [[FigureText]]) -> [FigureLayout.Label] {
    var labels: [FigureLayout.Label] = []
    for (column, units) in figure.columns.enumerated() {
      var trial = placer
      var placed: [FigureLayout.Label] = []
      for (row, unit) in units.enumerated() {
        guard let bias = unit.bias else { continue }
        let c = centre(column, row)
        let width = bias.text.width(size: Self.labelSize) + 4
        let below = FigureBox(centre: FigurePoint(x: c.x, y: c.y + radius + labelHeight / 2 + 4), width: width, height: labelHeight)
        let reach = max(0, width / 2 - radius)
        let candidates = [0, reach, -reach].map { below.offset(dx: $0, dy: 0) }.filter { box in
          !edges.contains { $0.crosses(box.inset(by: 1)) }
        }
        guard let box = trial.place(candidates, within: FigureLayout.everywhere) else {
          placed = []
          break
        }
        placed.append(FigureLayout.Label(text: bias.text, box: box, size: Self.labelSize, isDerivative: false, edge: nil))
      }
      if placed.count == units.filter({ $0.bias != nil }).count {
        placer = trial
        labels += placed
      } else {
        listed[column] = units.compactMap { $0.bias?.text }
      }
    }
    return labels
  }

  /// The weights of the edges into `column`, each on its own edge in the gap before the column
  /// where no other edge crosses it and it overlaps nothing placed; nil (and nothing placed)
  /// unless every one of them finds such a place.
  private func weights(into column: Int, edges: [FigureLayout.Edge], placer: inout LabelPlacer) -> [FigureLayout.Label]? {
    func rise(_ e: Int) -> Double {
      abs(centre(column, figure.edges[e].to.row).y - centre(column - 1, figure.edges[e].from.row).y)
    }
    let incoming = figure.edges.indices.filter { figure.edges[$0].to.column == column }
    // The flattest edges first: their labels cannot move up or down by moving along them.
    let order = incoming.sorted { (rise($0), $0) < (rise($1), $1) }
    let band = FigureBox(
      x: Double(column - 1) * columnPitch + radius + 4, y: -1e6, width: columnPitch - 2 * radius - 8, height: 2e6)
    var trial = placer
    var labels: [FigureLayout.Label] = []
    for e in order {
      guard let weight = figure.edges[e].weight else { continue }
      let (a, b) = (centre(column - 1, figure.edges[e].from.row), centre(column, figure.edges[e].to.row))
      let width = weight.text.width(size: Self.labelSize) + 4
      // Along the edge, and at each place also a little above and below it (the edge still
      // runs through the label), where no other edge runs.
      let candidates = Self.stagger.flatMap { t in
        [0, -0.3, 0.3].map { FigureBox(centre: a.towards(b, by: t), width: width, height: labelHeight).offset(dx: 0, dy: $0 * labelHeight) }
      }.filter { box in
        !incoming.contains { other in other != e && edges[other].crosses(box.inset(by: 1)) }
      }
      guard let box = trial.place(candidates, within: band) else { return nil }
      labels.append(FigureLayout.Label(text: weight.text, box: box, size: Self.labelSize, isDerivative: false, edge: e))
    }
    placer = trial
    return labels
  }

  /// Where a weight's label may sit, as fractions of the way from the unit read to the neuron:
  /// the middle first, then farther out on either side.
  static let stagger: [Double] = [0.5] + (1...9).flatMap { (step: Int) -> [Double] in
    let offset = 0.04 * Double(step)
    return [0.5 - offset, 0.5 + offset]
  }

  /// The listed labels of each column under the figure, a caption first, each list under the
  /// gap before its column and below any list it would overlap.
  private func lists(_ listed: [[FigureText]], below top: Double) -> [FigureLayout.Label] {
    var labels: [FigureLayout.Label] = []
    for (column, texts) in listed.enumerated() where !texts.isEmpty {
      let names = figure.columns[column].map(\.name).joined(separator: ", ")
      let lines = [FigureText([.text("Parameters of " + names + ":")])] + texts
      let width = lines.map { $0.width(size: Self.labelSize) + 4 }.max() ?? 0
      let x = (Double(column) - 0.5) * columnPitch - width / 2
      var y = top + 12
      let block = { (y: Double) in FigureBox(x: x, y: y, width: width, height: Double(lines.count) * self.labelHeight) }
      while labels.contains(where: { $0.box.overlaps(block(y)) }) {
        y = (labels.map(\.box.maxY).max() ?? y) + 8
      }
      // Each line a little less tall than the pitch, so that rounding never makes neighbours overlap.
      for (line, text) in lines.enumerated() {
        labels.append(FigureLayout.Label(
          text: text, box: FigureBox(x: x, y: y + Double(line) * labelHeight, width: width, height: labelHeight - 0.5),
          size: Self.labelSize, isDerivative: false, edge: nil))
      }
    }
    return labels
  }
}

extension FigureLayout.Edge {
  /// True when some stretch of the edge runs through `box`.
  func crosses(_ box: FigureBox) -> Bool {
    zip(points, points.dropFirst()).contains { box.isCrossed(from: $0, to: $1) }
  }
}
