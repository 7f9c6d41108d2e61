extension SVGRenderer {
  private static let graphColumn = 215.0, graphRow = 72.0, boxWidth = 140.0, graphMargin = 30.0

  /// Boxes with the node's formula, value and gradient; arrows left to right with the local
  /// derivative at their middle on a white halo.
  static func draw(_ figure: GraphFigure, title: String) -> String {
    func place(_ index: Int) -> (x: Double, y: Double) {
      let centre = figure.centre(index)
      return (graphMargin + boxWidth / 2 + centre.x * graphColumn, graphMargin + 28 + centre.y * graphRow)
    }
    let width = 2 * graphMargin + boxWidth + Double(figure.columns - 1) * graphColumn
    let height = 2 * graphMargin + 56 + Double(max(figure.rows - 1, 0)) * graphRow
    var output = header(width: width, height: height, title: title, caption: Figure.graph(figure).caption)
    output += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"gray\"/></marker></defs>\n"
    var labels = ""
    for edge in figure.edges {
      let from = place(edge.from), to = place(edge.to)
      let (x1, x2) = (from.x + boxWidth / 2, to.x - boxWidth / 2)
      output += "<line x1=\"\(number(x1))\" y1=\"\(number(from.y))\" x2=\"\(number(x2))\" y2=\"\(number(to.y))\" stroke=\"gray\" marker-end=\"url(#arrow)\"/>\n"
      guard let label = edge.label else { continue }
      let (x, y) = (x1 + 0.45 * (x2 - x1), from.y + 0.45 * (to.y - from.y))
      labels += text(Escaping.svg(label), x: x, y: y + 4, anchor: "middle", size: 11, extra: " fill=\"#1f5fa8\" stroke=\"white\" stroke-width=\"4\" paint-order=\"stroke\"")
    }
    for index in figure.nodes.indices {
      let centre = place(index)
      let lines = figure.plainLines(index)
      output += "<rect x=\"\(number(centre.x - boxWidth / 2))\" y=\"\(number(centre.y - 27))\" width=\"\(number(boxWidth))\" height=\"54\" rx=\"6\" fill=\"white\" stroke=\"black\" stroke-width=\"1.5\"/>\n"
      for (line, text) in lines.enumerated() {
        let y = centre.y - 27 + 16 + Double(line) * 15
        output += Self.text(Escaping.svg(text), x: centre.x, y: y, anchor: "middle", size: line == 0 ? 13 : 12, extra: line == 0 ? " font-style=\"italic\"" : "")
      }
    }
    return output + labels + "</svg>\n"
  }
}
