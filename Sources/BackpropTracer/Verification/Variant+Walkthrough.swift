extension Variant {
  /// The warning that opens a walkthrough of this variant: the numbers deviate on purpose.
  public var notice: Document.Block {
    .paragraph([
      .emphasis("Warning: deliberate deviation."),
      .text(
        " This derivation is computed with the \(summary) (variant \(name)). It shows a common mistake or an undocumented convention on purpose; its numbers are not the correct ones."
      ),
    ])
  }

  /// The Markdown derivation of `trace` (a trace of this variant), with the notice right after
  /// the title.
  public func markdown(_ trace: Trace, format: NumberFormat = .standard) -> String {
    var document = Walkthrough(trace: trace, format: format).document()
    document.blocks.insert(notice, at: min(1, document.blocks.count))
    return MarkdownRenderer.write(document)
  }
}
