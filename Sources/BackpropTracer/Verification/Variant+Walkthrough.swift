extension Variant {
  /// The warning that opens a walkthrough of this variant (`LectureFiles.render(notice:)`): the
  /// numbers deviate on purpose.
  package var notice: Document.Block {
    .paragraph([
      .emphasis("Warning: deliberate deviation."),
      .text(
        " The numbers below are computed with a deliberate mistake (variant \(name)): the \(summary). They show a common mistake or an undocumented convention on purpose and are not the correct ones; the formulas shown are the correct ones, so where the numbers disagree with them, that is the deviation."
      ),
    ])
  }
}
