extension WalkthroughFiles {
  /// A graph fixture and the base name (without `.json`) of its file in `Fixtures/graphs/`.
  package typealias GraphSource = (name: String, fixture: GraphFixture)

  /// Appends each graph's files (sorted by name, 6 decimals: Markdown with its figure, LaTeX,
  /// the step-through page) to `files`; returns its index lines.
  static func graphFiles(_ graphs: [GraphSource], into files: inout [(name: String, contents: String)]) -> [String] {
    guard !graphs.isEmpty else { return [] }
    var index = ["", "Computational graphs (`backprop-trace graph`, from `Fixtures/graphs/`):", ""]
    for source in graphs.sorted(by: { $0.name < $1.name }) {
      let base = "graph-" + source.name
      for format in formats {
        files += GraphFiles.render(source.fixture, format: format, numbers: NumberFormat(decimals: 6), base: base)
      }
      files.append((base + ".html", HTMLRenderer.render(source.fixture, numbers: NumberFormat(decimals: 6))))
      let from = source.fixture.source.isEmpty ? "" : " (" + Escaping.markdown(source.fixture.source) + ")"
      let link = MarkdownRenderer.linkTarget(base)
      index.append(
        "- \(Escaping.markdown(source.fixture.title)): [Markdown](\(link).md), [LaTeX](\(link).tex), [step-through page](\(link).html); `Fixtures/graphs/\(Escaping.markdownCode(source.name)).json`\(from)")
    }
    return index
  }
}
