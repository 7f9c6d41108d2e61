extension Walkthrough {
  /// What the numbers are: double precision shown rounded, or a hand computation, or why a
  /// hand computation asked for could not be carried out.
  func introduction() -> Document.Block {
    let precision = format.precisionDescription
    if isHandComputation {
      return .paragraph([
        .text("This is a hand computation: every value is rounded to \(precision) (trailing zeros dropped) before it is used in a later step, as a student does on paper. The drift from full precision is shown at the end.")
      ])
    }
    let shown: Document.Inline = .text(
      "Every number below was computed by backprop-trace in double precision and is shown rounded to \(precision), trailing zeros dropped.")
    guard let undefined = undefinedByHand else { return .paragraph([shown]) }
    return .paragraph([
      .text("A hand computation was asked for, but with every value rounded to \(precision) before it is used, "),
      .math(writer.symbol(at: undefined)),
      .text(" is undefined (a division by 0 or the logarithm of 0 after rounding), so the computation is not rounded. "),
      shown,
    ])
  }
}
