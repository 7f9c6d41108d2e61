/// Draws figures with plain TikZ (no libraries, no pgfplots): the network and the graph from
/// their layouts, the loss curve.
enum TikZFigures {
  /// Coordinates are printed with 3 decimals.
  static let coordinate = NumberFormat(decimals: 3)

  /// The `tikzpicture` of a figure.
  static func draw(_ figure: Figure) -> String {
    switch figure {
    case let .network(network): return draw(NetworkFigureLayout.layout(network))
    case let .lossCurve(curve): return draw(curve)
    case let .graph(graph): return draw(GraphFigureLayout.layout(graph))
    }
  }

  static func point(_ x: Double, _ y: Double) -> String {
    "(\(coordinate.plain(x)),\(coordinate.plain(y)))"
  }

  /// A laid-out figure, a pixel as 0.75 pt (y downward), its text in the nearest standard size
  /// (13 px is 9.75 pt, `\\small`); shrunk to the line width when it is wider, so it fits a page
  /// or a slide.
  private static func draw(_ layout: FigureLayout) -> String {
    var painter = TikZPainter(
      output: "\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n"
        + "\\begin{tikzpicture}[x=0.75pt, y=-0.75pt, inner sep=0pt, outer sep=0pt]\n"
        // The canvas, so that the picture has the layout's size and margins.
        + "\\path \(point(0, 0)) rectangle \(point(layout.width, layout.height));\n")
    layout.draw(with: &painter)
    return painter.output + "\\end{tikzpicture}}\n"
  }

  /// The LaTeX size nearest to `size` pixels at 0.75 pt each, in an 11 pt document.
  static func font(_ size: Double) -> String {
    size >= 13 ? "\\small" : size >= 12 ? "\\footnotesize" : "\\scriptsize"
  }

  /// Axes with their end labels and the curve as one path, 10 cm by 5 cm.
  private static func draw(_ curve: LossCurve) -> String {
    var output = "\\begin{tikzpicture}[x=10cm, y=5cm, font=\\footnotesize]\n"
    output += "\\draw[->] (0,0) -- (1.05,0) node[right] {\(curve.unit)};\n"
    output += "\\draw[->] (0,0) -- (0,1.1) node[above] {total error};\n"
    output += "\\node[below] at (0,0) {$0$};\n\\node[below] at (1,0) {$\(curve.lastStep)$};\n"
    output += "\\node[left] at (0,1) {$\(curve.largestError)$};\n\\draw (-0.01,1) -- (0,1);\n"
    output += "\\draw[thick] " + curve.points.map { point($0.x, $0.y) }.joined(separator: " -- ") + ";\n"
    return output + "\\end{tikzpicture}\n"
  }
}

/// Draws a figure's elements with TikZ: gray arrows, thick outlines filled white, labels on a
/// white ground (local derivatives in blue).
private struct TikZPainter: FigurePainter {
  var output: String
  private func point(_ point: FigurePoint) -> String { TikZFigures.point(point.x, point.y) }

  mutating func edge(_ points: [FigurePoint]) {
    output += "\\draw[->, gray] " + points.map(point).joined(separator: " -- ") + ";\n"
  }

  mutating func highlightedEdge(_ points: [FigurePoint]) {
    output += "\\draw[->, ultra thick, orange!90!black] " + points.map(point).joined(separator: " -- ") + ";\n"
  }

  mutating func circle(_ box: FigureBox) {
    output += "\\draw[thick, fill=white] \(point(box.centre)) circle[radius=\(TikZFigures.coordinate.plain(box.width / 2 * 0.75))pt];\n"
  }

  mutating func box(_ box: FigureBox) {
    let corner = FigurePoint(x: box.maxX, y: box.maxY)
    output += "\\draw[thick, fill=white, rounded corners=4.5pt] \(point(FigurePoint(x: box.x, y: box.y))) rectangle \(point(corner));\n"
  }

  mutating func line(_ line: FigureLayout.Line, x: Double) {
    let text = line.italic ? "\\textit{" + line.text.tikz + "}" : line.text.tikz
    let color = line.isBackward ? ", text=red!70!black" : ""
    output += "\\node[font=\(TikZFigures.font(line.size)), anchor=base\(color)] at \(point(FigurePoint(x: x, y: line.baseline))) {\(text)};\n"
  }

  mutating func label(_ label: FigureLayout.Label) {
    let color = label.isDerivative ? ", text=blue!60!black" : ""
    output += "\\node[font=\(TikZFigures.font(label.size)), fill=white, inner sep=1pt\(color)] at \(point(label.box.centre)) {\(label.text.tikz)};\n"
  }
}
