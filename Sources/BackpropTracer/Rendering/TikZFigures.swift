/// Draws figures with plain TikZ (no libraries, no pgfplots): the network and the loss curve.
enum TikZFigures {
  /// Coordinates are printed with 3 decimals.
  static let coordinate = NumberFormat(decimals: 3)

  /// The `tikzpicture` of a figure.
  static func draw(_ figure: Figure) -> String {
    switch figure {
    case let .network(network): return draw(network)
    case let .lossCurve(curve): return draw(curve)
    case let .graph(graph): return draw(graph)
    }
  }

  static func point(_ x: Double, _ y: Double) -> String {
    "(\(coordinate.plain(x)),\(coordinate.plain(y)))"
  }

  private static func math(_ number: String) -> String { "$" + number + "$" }

  /// Units first (edges refer to them by name), then edges, then labels on white boxes.
  private static func draw(_ figure: NetworkFigure) -> String {
    let row = min(2.2, 16 / Double(max(figure.rows, 1)))
    let size = min(1.3, 0.8 * row)
    var output = "\\begin{tikzpicture}[x=6.5cm, y=-\(coordinate.plain(row))cm,\n"
    output += "  unit/.style={circle, draw, thick, minimum size=\(coordinate.plain(size))cm, inner sep=1pt, align=center, font=\\footnotesize},\n"
    output += "  label/.style={font=\\scriptsize, fill=white, inner sep=1pt}]\n"
    var labels = ""
    for (column, nodes) in figure.columns.enumerated() {
      for (row, node) in nodes.enumerated() {
        let centre = figure.centre(column: column, row: row)
        output += "\\node[unit] (u\(column)-\(row)) at \(point(centre.x, centre.y)) {\\textit{\(Escaping.latex(node.name))}\\\\\(math(node.value))};\n"
        if let bias = node.bias {
          labels += "\\node[label, anchor=north] at (u\(column)-\(row).south) {\(text(bias))};\n"
        }
      }
    }
    for edge in figure.edges {
      output += "\\draw[->, gray] (u\(edge.from.column)-\(edge.from.row)) -- (u\(edge.to.column)-\(edge.to.row));\n"
      guard let weight = edge.weight else { continue }
      let at = figure.labelPoint(edge)
      labels += "\\node[label, anchor=east] at \(point(at.x, at.y)) {\(text(weight))};\n"
    }
    return output + labels + "\\end{tikzpicture}\n"
  }

  private static func text(_ label: ParameterLabel) -> String {
    NetworkFigure.text(label, name: Escaping.latex, arrow: " \\ensuremath{\\to} ", number: math)
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
