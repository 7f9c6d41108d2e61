extension Variant {
  /// The warning that opens a walkthrough of this variant: the numbers deviate on purpose.
  public var notice: Document.Block {
    .paragraph([
      .emphasis("Warning: deliberate deviation."),
      .text(
        " The numbers below are computed with a deliberate mistake (variant \(name)): the \(summary). They show a common mistake or an undocumented convention on purpose and are not the correct ones; the formulas shown are the correct ones, so where the numbers disagree with them, that is the deviation."
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
