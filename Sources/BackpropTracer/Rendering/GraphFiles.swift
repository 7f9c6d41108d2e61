/// The files of one graph derivation: Markdown (with its SVG figure) or LaTeX, as for a trace.
package enum GraphFiles {
  /// `base.md` and `base.svg`, or `base.tex`; without a `base` (standard output) the Markdown
  /// alone, without figures, under the name "". A pure function of its arguments.
  package static func render(
    _ fixture: GraphFixture, format: LectureFiles.Format, numbers: NumberFormat, base: String?, fragment: Bool = false
  ) -> [(name: String, contents: String)] {
    LectureFiles.files(
      of: GraphWalkthrough(fixture: fixture, format: numbers).document(), format: format, base: base, fragment: fragment)
  }

  /// The graph's values under their stable keys (see ``GraphTrace/printedValues(of:)``), at
  /// full precision, as JSON.
  package static func json(_ fixture: GraphFixture) -> String {
    var output = "{\n"
    output += "  \"title\": \(JSONRenderer.quoted(fixture.title)),\n"
    output += "  \"source\": \(JSONRenderer.quoted(fixture.source)),\n"
    output += "  \"output\": \(JSONRenderer.quoted(fixture.graph.nodes[fixture.graph.output].id)),\n"
    output += "  \"values\": {"
    for (position, entry) in fixture.trace.printedValues(of: fixture.graph).enumerated() {
      output += position == 0 ? "\n" : ",\n"
      output += "    \(JSONRenderer.quoted(entry.key)): \(JSONRenderer.number(entry.value))"
    }
    return output + "\n  }\n}\n"
  }

  /// The graph in Graphviz's DOT language, left to right: each node boxed with its formula,
  /// value and gradient, each edge labelled with its local derivative.
  package static func dot(_ fixture: GraphFixture, numbers: NumberFormat) -> String {
    let figure = GraphWalkthrough(fixture: fixture, format: numbers).makeFigure()
    var output = "digraph \(dotQuoted(fixture.title)) {\n  rankdir=LR;\n  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n"
    output += "  edge [fontname=\"Helvetica\", fontsize=10, fontcolor=\"#1f5fa8\"];\n"
    for index in figure.nodes.indices {
      let label = figure.plainLines(index).joined(separator: "\n")
      output += "  \(dotQuoted(figure.nodes[index].name)) [label=\(dotQuoted(label))];\n"
    }
    for edge in figure.edges {
      let label = edge.label.map { " [label=\(dotQuoted($0))]" } ?? ""
      output += "  \(dotQuoted(figure.nodes[edge.from].name)) -> \(dotQuoted(figure.nodes[edge.to].name))\(label);\n"
    }
    return output + "}\n"
  }

  /// A DOT string literal: quotes and backslashes escaped, line breaks as `\n`, other control
  /// characters dropped.
  static func dotQuoted(_ text: String) -> String {
    Escaping.quoted(text) { _ in "" }
  }
}
