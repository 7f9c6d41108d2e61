/// Aligned display math, written once as the TeX body of an aligned environment: each line
/// `symbol &= step₁ \\ &= step₂ …`, lines separated by `\\[6pt]`.
///
/// Markdown wraps the body in `aligned` and LaTeX in `align*`, so the body is format-neutral and
/// is made once, as it is built, instead of being kept as one string per step.
package struct AlignedMath: Equatable, Sendable {
  /// The TeX between `\begin{aligned}` and `\end{aligned}`, without a final line break.
  package var body: String { tex.text }
  /// The body as it is built.
  var tex = TextBuffer()
  /// True for a display of independent rows (a compact handout's layer), which a page may
  /// break between rows; false for a derivation, kept on one page.
  package var breaksBetweenRows = false
  /// True for a derivation that explains a slope or a rule from its definition (`--explain`),
  /// not a step of the traced computation: a deck of a frame per layer gives it a frame of its
  /// own.
  package var explains = false

  /// Creates an empty display with room for about `capacity` bytes of TeX.
  package init(capacity: Int = 0) {
    tex = TextBuffer(capacity: capacity)
  }

  /// Creates a display of `lines`, in order.
  package init(_ lines: [Document.AlignedLine]) {
    for line in lines { append(line) }
  }

  /// What separates two lines of a derivation: a line break and 6 pt.
  static let lineGap = " \\\\[6pt]\n"
  /// What separates two rows of a display of independent rows: a line break and 1 pt.
  static let rowGap = " \\\\[1pt]\n"

  /// Appends a line: `symbol &= step₁ \\ &= step₂ …` (`symbol &= ` when it has no step).
  package mutating func append(_ line: Document.AlignedLine) {
    startLine(line.symbol)
    if line.steps.isEmpty { tex += " &= " }
    for (index, step) in line.steps.enumerated() { appendStep(step, first: index == 0) }
  }

  /// Appends the line of a formula: symbol = formula = substituted = result, leaving out the
  /// steps it does not have.
  package mutating func append(_ formula: Formula) {
    startLine(formula.symbol)
    var first = true
    if let symbolic = formula.formula {
      appendStep(symbolic, first: first)
      first = false
    }
    if let substituted = formula.substituted {
      appendStep(substituted, first: first)
      first = false
    }
    appendStep(formula.result, first: first)
  }

  /// Starts a line with its symbol; its steps follow with `startStep` and `write`.
  mutating func startLine(_ symbol: String) {
    startLine()
    tex += symbol
  }

  /// Starts a line, whose symbol the caller appends to `tex` next.
  mutating func startLine() {
    if !tex.isEmpty { tex += breaksBetweenRows ? Self.rowGap : Self.lineGap }
  }

  /// Starts a step of the current line: ` &= ` for the first, a line break and `&= ` after.
  mutating func startStep(first: Bool) {
    tex += first ? " &= " : Self.stepBreak
  }

  /// What separates two steps of a line: a line break.
  static let stepBreak = " \\\\\n  &= "


  /// Appends TeX to the current step.
  mutating func write(_ text: String) {
    tex += text
  }

  private mutating func appendStep(_ text: String, first: Bool) {
    startStep(first: first)
    tex += text
  }
}
