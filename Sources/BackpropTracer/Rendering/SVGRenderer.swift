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

  /// One figure as an SVG document; `title` (escaped) names it for screen readers.
  static func draw(_ figure: Figure, title: String) -> String {
    switch figure {
    case let .network(network): return draw(NetworkFigureLayout.layout(network), title: title, caption: figure.caption)
    case let .lossCurve(curve): return draw(curve, title: title)
    case let .graph(graph): return draw(GraphFigureLayout.layout(graph), title: title, caption: figure.caption)
    }
  }

  static func number(_ value: Double) -> String { coordinate.plain(value) }

  /// The opening of an SVG document shown `width` × `height` pixels, drawn in a canvas of
  /// `canvas` (the same, or larger when the figure is scaled down to the page).
  static func header(
    width: Double, height: Double, canvas: (width: Double, height: Double)? = nil, title: String, caption: String
  ) -> String {
    let (canvasWidth, canvasHeight) = canvas ?? (width, height)
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" "
      + "viewBox=\"0 0 \(number(canvasWidth)) \(number(canvasHeight))\" font-family=\"sans-serif\" font-size=\"14\">\n"
      + "<title>\(Escaping.svg(caption)): \(Escaping.svg(title))</title>\n"
      + "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
  }

  static func text(_ content: String, x: Double, y: Double, anchor: String, size: Int = 13, extra: String = "") -> String {
    "<text x=\"\(number(x))\" y=\"\(number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(size)\"\(extra)>\(content)</text>\n"
  }

  /// A laid-out figure, shown at most `FigureLayout.pageWidth` wide.
  private static func draw(_ layout: FigureLayout, title: String, caption: String) -> String {
    let scale = layout.scale
    var painter = SVGPainter(
      output: header(
        width: layout.width * scale, height: layout.height * scale, canvas: (layout.width, layout.height), title: title,
        caption: caption)
        + "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"gray\"/></marker></defs>\n")
    layout.draw(with: &painter)
    return painter.output + "</svg>\n"
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

/// Draws a figure's elements as SVG: gray arrows, black outlines on white, labels on a white
/// halo (local derivatives in blue).
private struct SVGPainter: FigurePainter {
  var output: String
  private func number(_ value: Double) -> String { SVGRenderer.number(value) }

  mutating func edge(_ points: [FigurePoint]) {
    let list = points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
    output += "<polyline points=\"\(list)\" fill=\"none\" stroke=\"gray\" marker-end=\"url(#arrow)\"/>\n"
  }

  mutating func circle(_ box: FigureBox) {
    output += "<circle cx=\"\(number(box.centre.x))\" cy=\"\(number(box.centre.y))\" r=\"\(number(box.width / 2))\" fill=\"white\" stroke=\"black\" stroke-width=\"2\"/>\n"
  }

  mutating func box(_ box: FigureBox) {
    output += "<rect x=\"\(number(box.x))\" y=\"\(number(box.y))\" width=\"\(number(box.width))\" height=\"\(number(box.height))\" rx=\"6\" fill=\"white\" stroke=\"black\" stroke-width=\"1.5\"/>\n"
  }

  mutating func line(_ line: FigureLayout.Line, x: Double) {
    output += SVGRenderer.text(
      line.text.svg(size: line.size), x: x, y: line.baseline, anchor: "middle", size: Int(line.size),
      extra: line.italic ? " font-style=\"italic\"" : "")
  }

  /// A label on a white halo; one with a symbol carries its plain text for screen readers,
  /// which would read the scripts drawn apart as separate words.
  mutating func label(_ label: FigureLayout.Label) {
    let color = label.isDerivative ? " fill=\"#1f5fa8\"" : ""
    let hasSymbol = label.text.runs.contains { if case .symbol = $0 { return true } else { return false } }
    let spoken = hasSymbol ? " aria-label=\"\(Escaping.svg(label.text.plain))\"" : ""
    output += SVGRenderer.text(
      label.text.svg(size: label.size), x: label.box.centre.x, y: label.box.centre.y + label.size * 0.35, anchor: "middle",
      size: Int(label.size), extra: color + spoken + " stroke=\"white\" stroke-width=\"4\" paint-order=\"stroke\"")
  }
}
