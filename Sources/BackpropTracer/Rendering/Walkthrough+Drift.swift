extension Walkthrough {
  /// For a hand computation: each updated parameter and the total error, by hand and in full
  /// precision, and the drift (hand − full).
  func addDrift(to document: inout some BlockSink) {
    document.add(.heading(level: 2, text: "Drift from full precision"))
    document.add(
      .paragraph([
        .text("Rounding every intermediate to \(format.precisionDescription) moves the results away from the double-precision values; the drift is the hand value minus the full-precision one.")
      ]))
    let network = trace.network
    let quantities = network.parameters.filter(\.isTrainable).map { Quantity.updated($0.name) } + [.totalError]
    let rows: [[[Document.Inline]]] = quantities.map { quantity in
      let hand = trace[quantity.key] ?? .nan, full = exact[quantity.key] ?? .nan
      // The drift is a difference of two printed numbers: shown with the full format's
      // precision, or in scientific form when smaller.
      return [[.math(notation.tex(quantity))], [.math(format.tex(hand))], [.math(NumberFormat.standard.tex(full))], [.math(format.tex(hand - full))]]
    }
    document.add(.table(header: ["Quantity", "By hand", "Full precision", "Drift"], rows: rows))
  }
}
