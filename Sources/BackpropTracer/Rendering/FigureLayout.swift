/// A figure laid out for drawing: every node, edge and label with its place and size, in pixels
/// with y downward. The SVG writer draws it as it is; the TikZ writer draws the same geometry
/// (a pixel as 0.75 pt) and shrinks the picture to the line width when it is wider.
///
/// Made by `NetworkFigureLayout` and `GraphFigureLayout` so that nothing overlaps: labels keep
/// out of each other and of the nodes, edges pass through no node but their own two, and all
/// lies inside the canvas (tests check this on generated networks and graphs).
package struct FigureLayout: Equatable, Sendable {
  /// A node: a circle (a unit of a network) or a rounded box (a node of a graph) and its lines
  /// of text, centred.
  package struct Node: Equatable, Sendable {
    package var box: FigureBox
    package var isCircle: Bool
    package var lines: [Line]
  }

  /// A line of text inside a node, centred on it, its baseline at `baseline`.
  package struct Line: Equatable, Sendable {
    package var text: FigureText
    package var size: Double
    package var italic: Bool
    package var baseline: Double
    /// A value of the backward pass (a δ), drawn in the backward colour.
    package var isBackward = false
  }

  /// An edge: a path from node `from` to node `to`, with an arrow at its end.
  package struct Edge: Equatable, Sendable {
    package var points: [FigurePoint]
    package var from: Int, to: Int
    /// Drawn thick and in the highlight colour.
    package var isHighlighted = false
  }

  /// A label on a white ground, its text centred in `box`.
  package struct Label: Equatable, Sendable {
    package var text: FigureText
    package var box: FigureBox
    package var size: Double
    /// A local derivative on a graph's edge (drawn in blue), or a parameter or a caption.
    package var isDerivative: Bool
    /// The edge the label sits on, if it sits on one (a weight, a local derivative).
    package var edge: Int?
  }

  package var width: Double, height: Double
  package var nodes: [Node]
  package var edges: [Edge]
  package var labels: [Label]

  /// The width of a page the figure is shown on (GitHub's content column, with a margin).
  package static let pageWidth = 900.0

  /// The scale at which the figure is shown: 1, or less when it is wider than the page.
  package var scale: Double { min(1, Self.pageWidth / width) }

  /// A box holding any place of a figure, for labels that may go anywhere.
  static let everywhere = FigureBox(x: -1e6, y: -1e6, width: 2e6, height: 2e6)

  /// The canvas as a box.
  package var canvas: FigureBox { FigureBox(x: 0, y: 0, width: width, height: height) }

  /// This layout moved so that everything drawn lies at least `margin` inside a canvas fitted
  /// around it.
  func fitted(margin: Double) -> FigureLayout {
    let boxes = nodes.map(\.box) + labels.map(\.box)
      + edges.flatMap { $0.points.map { FigureBox(x: $0.x, y: $0.y, width: 0, height: 0) } }
    guard let first = boxes.first else { return self }
    let extent = boxes.dropFirst().reduce(first) { $0.union($1) }
    let (dx, dy) = (margin - extent.x, margin - extent.y)
    var layout = self
    layout.nodes = nodes.map { node in
      var moved = node
      moved.box = node.box.offset(dx: dx, dy: dy)
      moved.lines = node.lines.map { line in
        var shifted = line
        shifted.baseline += dy
        return shifted
      }
      return moved
    }
    layout.labels = labels.map { label in
      var moved = label
      moved.box = label.box.offset(dx: dx, dy: dy)
      return moved
    }
    layout.edges = edges.map { edge in
      var moved = edge
      moved.points = edge.points.map { FigurePoint(x: $0.x + dx, y: $0.y + dy) }
      return moved
    }
    layout.width = extent.width + 2 * margin
    layout.height = extent.height + 2 * margin
    return layout
  }
}

/// Places label boxes one by one where they overlap nothing placed before them.
struct LabelPlacer {
  /// The boxes labels must keep out of: nodes (with a little room) and the labels placed.
  private(set) var taken: [FigureBox]

  init(avoiding boxes: [FigureBox]) { taken = boxes }

  /// The first of `candidates` inside `area` that overlaps nothing taken, now taken; nil when
  /// none fits.
  mutating func place(_ candidates: [FigureBox], within area: FigureBox) -> FigureBox? {
    guard let box = candidates.first(where: { area.contains($0) && !taken.contains(where: $0.overlaps) }) else {
      return nil
    }
    taken.append(box)
    return box
  }
}

/// What a figure writer draws a layout with, one element at a time.
protocol FigurePainter {
  /// An edge along `points`, with an arrow at the last.
  mutating func edge(_ points: [FigurePoint])
  /// A unit: a circle filling `box`.
  mutating func circle(_ box: FigureBox)
  /// A graph node: a rounded box.
  mutating func box(_ box: FigureBox)
  /// A line of a node's text, centred at `x`.
  mutating func line(_ line: FigureLayout.Line, x: Double)
  /// A label on a white ground.
  mutating func label(_ label: FigureLayout.Label)
  /// An edge drawn highlighted; by default as any edge.
  mutating func highlightedEdge(_ points: [FigurePoint])
}

extension FigurePainter {
  mutating func highlightedEdge(_ points: [FigurePoint]) { edge(points) }
}

extension FigureLayout {
  /// Draws the layout: edges first, then nodes (covering the ends of the edges) with their
  /// text, then labels on top.
  func draw(with painter: inout some FigurePainter) {
    for edge in edges where !edge.isHighlighted { painter.edge(edge.points) }
    // Over the others, so that no edge crossing it hides it.
    for edge in edges where edge.isHighlighted { painter.highlightedEdge(edge.points) }
    for node in nodes {
      if node.isCircle { painter.circle(node.box) } else { painter.box(node.box) }
      for line in node.lines { painter.line(line, x: node.box.centre.x) }
    }
    for label in labels { painter.label(label) }
  }
}
