/// Draws figures as standalone SVG files, for Markdown to link as images. The output is
/// deterministic: fixed element order, coordinates printed with one decimal.
public enum SVGRenderer {
  /// Every figure of `document` as (file name, SVG), named as `MarkdownRenderer` links them.
  public static func images(of document: Document, base: String) -> [(name: String, contents: String)] {
    document.blocks.compactMap { block in
      guard case let .figure(figure) = block else { return nil }
      return (figure.fileName(base: base), draw(figure, title: document.title))
    }
  }

  private static let coordinate = NumberFormat(decimals: 1)
  private static let column = 300.0, margin = 60.0

  /// One figure as an SVG document; `title` (escaped) names it for screen readers.
  static func draw(_ figure: Figure, title: String) -> String {
    switch figure {
    case let .network(network): return draw(network, title: title)
    case let .lossCurve(curve): return draw(curve, title: title)
    case let .graph(graph): return draw(graph, title: title)
    }
  }

  static func number(_ value: Double) -> String { coordinate.plain(value) }

  static func header(width: Double, height: Double, title: String, caption: String) -> String {
    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" "
      + "viewBox=\"0 0 \(number(width)) \(number(height))\" font-family=\"sans-serif\" font-size=\"14\">\n"
      + "<title>\(Escaping.svg(caption)): \(Escaping.svg(title))</title>\n"
      + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
  }

  static func text(_ content: String, x: Double, y: Double, anchor: String, size: Int = 13, extra: String = "") -> String {
    "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\"\(extra)>\(content)</text>\n"
  }

  private static func draw(_ figure: NetworkFigure, title: String) -> String {
    let row = min(110, 760 / Double(max(figure.rows, 1)))
    let radius = min(32, 0.4 * row)
    func place(_ point: (x: Double, y: Double)) -> (x: Double, y: Double) {
      (margin + point.x * column, margin + point.y * row)
    }
    let width = 2 * margin + Double(figure.columns.count - 1) * column
    let height = 2 * margin + Double(figure.rows - 1) * row + 20
    var output = header(width: width, height: height, title: title, caption: Figure.network(figure).caption)
    output += "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"gray\"/></marker></defs>\n"
    var labels = ""
    for edge in figure.edges {
      let from = place(figure.centre(column: edge.from.column, row: edge.from.row))
      let to = place(figure.centre(column: edge.to.column, row: edge.to.row))
      let length = ((to.x - from.x) * (to.x - from.x) + (to.y - from.y) * (to.y - from.y)).squareRoot()
      let (dx, dy) = ((to.x - from.x) / length * radius, (to.y - from.y) / length * radius)
      output += "<line x1=\"\(number(from.x + dx))\" y1=\"\(number(from.y + dy))\" x2=\"\(number(to.x - dx))\" y2=\"\(number(to.y - dy))\" stroke=\"gray\" marker-end=\"url(#arrow)\"/>\n"
      guard let weight = edge.weight else { continue }
      let at = place(figure.labelPoint(edge))
      labels += text(label(weight), x: at.x, y: at.y + 4, anchor: "end", size: 12, extra: " stroke=\"white\" stroke-width=\"4\" paint-order=\"stroke\"")
    }
    for (column, nodes) in figure.columns.enumerated() {
      for (index, node) in nodes.enumerated() {
        let centre = place(figure.centre(column: column, row: index))
        output += "<circle cx=\"\(number(centre.x))\" cy=\"\(number(centre.y))\" r=\"\(number(radius))\" fill=\"white\" stroke=\"black\" stroke-width=\"2\"/>\n"
        output += text(Escaping.svg(node.name), x: centre.x, y: centre.y - 3, anchor: "middle", extra: " font-style=\"italic\"")
        output += text(Escaping.svg(node.value), x: centre.x, y: centre.y + 13, anchor: "middle")
        if let bias = node.bias {
          labels += text(label(bias), x: centre.x, y: centre.y + radius + 16, anchor: "middle", size: 12)
        }
      }
    }
    return output + labels + "</svg>\n"
  }

  private static func label(_ label: ParameterLabel) -> String {
    NetworkFigure.text(label, name: Escaping.svg, arrow: " → ", number: Escaping.svg)
  }

  private static func draw(_ curve: LossCurve, title: String) -> String {
    let (width, height) = (560.0, 300.0), (left, top, plotWidth, plotHeight) = (90.0, 30.0, 420.0, 220.0)
    var output = header(width: width, height: height, title: title, caption: Figure.lossCurve(curve).caption)
    let bottom = top + plotHeight
    output += "<path d=\"M\(number(left)),\(number(top - 10)) L\(number(left)),\(number(bottom)) L\(number(left + plotWidth + 10)),\(number(bottom))\" fill=\"none\" stroke=\"black\"/>\n"
    output += text("0", x: left, y: bottom + 18, anchor: "middle")
    output += text(Escaping.svg(curve.lastStep), x: left + plotWidth, y: bottom + 18, anchor: "middle")
    output += text("step", x: left + plotWidth / 2, y: bottom + 36, anchor: "middle")
    output += text(Escaping.svg(curve.largestError), x: left - 6, y: top + 4, anchor: "end")
    output += text("0", x: left - 6, y: bottom + 4, anchor: "end")
    output += text("total error", x: left - 6, y: top - 14, anchor: "start")
    let points = curve.points.map { "\(number(left + $0.x * plotWidth)),\(number(bottom - $0.y * plotHeight))" }
    output += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>\n"
    return output + "</svg>\n"
  }
}

extension Document {
  /// The text of the first level-1 heading, or "" when there is none.
  public var title: String {
    for case let .heading(1, text) in blocks { return text }
    return ""
  }
}
