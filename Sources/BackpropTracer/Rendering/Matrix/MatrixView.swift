/// The traced step in matrix form, layer by layer, as seeds 001, 003 and 004 (and Hagan, Ng,
/// Goodfellow) teach it: z = Wa + b and a = g(z) forward, the δ vectors backward
/// (δ^{[l]} = (W^{[l+1]})ᵀ δ^{[l+1]} ⊙ g′(z^{[l]})), the gradients as outer products and the
/// updated matrices, each with the recorded numbers in a `bmatrix`.
///
/// Every entry is the value of a scalar key of the trace (nothing is recomputed); vectors and
/// matrices wider than `width` are elided with `\cdots` and `\vdots`. The notation decides the
/// symbols and the orientation (`MatrixSymbols`). A data set shows its first traced example.
package struct MatrixView: Sendable {
  /// The trace shown.
  package let trace: Trace
  /// The notation and the number format.
  package let options: RenderOptions
  /// The most rows or columns shown in full (`--matrix-width`, default 6).
  package let width: Int

  /// A matrix view of `trace` with `options`, eliding beyond `width` rows or columns.
  package init(trace: Trace, options: RenderOptions = RenderOptions(), width: Int = 6) {
    self.trace = trace
    self.options = options
    self.width = max(width, 2)
  }

  /// The whole view; for a fixture that declares a deviation, its note first.
  package func document() -> Document {
    var document = Document()
    let symbols = MatrixSymbols(options.notation), tex = MatrixTeX(width: width)
    document.add(.heading(level: 1, text: trace.title + " (matrix form)"))
    if let notice = trace.declaredVariant?.declaredNotice { document.add(notice) }
    if !trace.source.isEmpty { document.add(.paragraph([.emphasis("Source:"), .text(" " + trace.source)])) }
    let orientation = symbols.transposed
      ? "Each weight matrix has a row per input of its layer and a column per neuron, and enters as its transpose."
      : "Each weight matrix has a row per neuron of its layer and a column per input; vectors are columns (one example)."
    var introduction = "The same step in matrix form, layer by layer, with the numbers of the scalar derivation. " + orientation
    if let example { introduction += " The data set's example \(example) is shown." }
    if trace.network.layers.contains(where: { $0.width > width }) || trace.network.inputNames.count > width {
      introduction += " Rows and columns beyond \(width) are elided."
    }
    document.add(.paragraph([.text(introduction)]))
    guard trace.layout.sections.contains(where: { if case .forward = $0.kind { true } else { false } }) else {
      document.add(.paragraph([.text("The perceptron rule visits one example at a time and has no matrix form here: see the derivation.")]))
      return document
    }
    document.add(.heading(level: 2, text: "Forward pass"))
    for l in trace.network.layers.indices { document.add(.aligned(AlignedMath(forward(l, symbols, tex)))) }
    guard hasBackwardPass else { return document }
    document.add(.heading(level: 2, text: "Backward pass"))
    for l in trace.network.layers.indices.reversed() { document.add(.aligned(AlignedMath(backward(l, symbols, tex)))) }
    document.add(.heading(level: 2, text: "Update"))
    document.add(.aligned(AlignedMath(trace.network.layers.indices.map { update($0, symbols, tex) })))
    return document
  }

  /// The data-set example whose values are shown, or nil for a single worked example.
  var example: Int? { trace.layout.sections.first { $0.kind == .example }?.example }

  private var hasBackwardPass: Bool { trace.layout.sections.contains { if case .delta = $0.kind { true } else { false } } }

  /// The value of a quantity of the example shown (or of the step), formatted; "?" when the
  /// trace has none.
  func number(_ quantity: Quantity) -> String {
    let value = example.flatMap { trace[Quantity.ofExample(quantity, $0).key] } ?? trace[quantity.key]
    return value.map(options.format.tex) ?? "?"
  }
}

extension Layer {
  /// The number of neurons.
  var width: Int { neurons.count }
}
