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

  /// The note that opens a walkthrough of a fixture that declares this variant (`"variant"`):
  /// the numbers reproduce a book's deviation, as the book printed them.
  package var declaredNotice: Document.Block {
    .paragraph([
      .emphasis("Note: this reproduces a book's deviation."),
      .text(
        " The fixture declares variant \(name): the \(summary). The numbers below are computed that way on purpose, to reproduce the book's printed values, and differ from the correct step where the deviation acts; the formulas shown are the correct ones. Without the fixture's \"variant\" key the tool computes the correct step."
      ),
    ])
  }
}
