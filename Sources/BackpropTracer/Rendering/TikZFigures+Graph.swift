extension TikZFigures {
  /// Boxes (formula, value, gradient) in columns by depth, arrows labelled with local
  /// derivatives; the spacing shrinks so wide graphs fit the text width.
  static func draw(_ figure: GraphFigure) -> String {
    let column = min(3.6, 16.5 / Double(max(figure.columns - 1, 1)))
    let row = min(1.6, 22 / Double(max(figure.rows, 1)))
    let font = column < 2.6 || row < 1.3 ? "\\tiny" : "\\footnotesize"
    var output = "\\begin{tikzpicture}[x=\(coordinate.plain(column))cm, y=-\(coordinate.plain(row))cm,\n"
    output += "  box/.style={rectangle, rounded corners, draw, thick, fill=white, align=center, inner sep=2pt, font=\(font)},\n"
    output += "  label/.style={font=\\tiny, fill=white, inner sep=1pt, text=blue!60!black}]\n"
    for index in figure.nodes.indices {
      let node = figure.nodes[index]
      let centre = figure.centre(index)
      let name = ExpressionPrinter.latex(name: node.name)
      var lines = ["$" + name + (node.formula.map { " = " + ExpressionPrinter.latex($0) } ?? "") + "$"]
      lines.append("$" + node.value + "$")
      if let gradient = node.gradient { lines.append("$\\nabla = " + gradient + "$") }
      output += "\\node[box] (n\(index)) at \(point(centre.x, centre.y)) {\(lines.joined(separator: "\\\\"))};\n"
    }
    for edge in figure.edges {
      let label = edge.label.map { " node[label, pos=0.45] {$\($0)$}" } ?? ""
      output += "\\draw[->, gray] (n\(edge.from).east) --\(label) (n\(edge.to).west);\n"
    }
    return output + "\\end{tikzpicture}\n"
  }
}
