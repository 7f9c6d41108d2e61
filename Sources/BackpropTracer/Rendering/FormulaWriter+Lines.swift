extension FormulaWriter {
  /// Appends the line of the entry at `position` to `math`: its symbol, then its formula printed
  /// straight into the display (in symbols, then with the numbers substituted), then its result;
  /// what `math.append(formula(at:))` appends, without a string per step. A step that reads as
  /// the result, or a substituted step that reads as the formula, is taken back.
  func appendLine(at position: Int, to math: inout AlignedMath) {
    let entry = entryFormula(at: position), operands = trace.layout.operandsOf(position)
    let result = result(at: position)
    math.startLine()
    writeSymbol(at: position, to: &math.tex)
    var first = true
    if let formula = entry.formula {
      var symbols: Range<Int>?
      let (mark, start) = appendStep(formula, of: operands, substituting: false, first: first, to: &math)
      if math.tex.text(from: start, is: result) {
        math.tex.removeAll(from: mark)
      } else {
        (first, symbols) = (false, start..<math.tex.count)
      }
      if entry.substitutes {
        let (mark, start) = appendStep(formula, of: operands, substituting: true, first: first, to: &math)
        let end = math.tex.count
        if math.tex.text(from: start, is: result) || symbols.map({ math.tex.bytes(in: $0, equal: start..<end) }) == true {
          math.tex.removeAll(from: mark)
        } else {
          first = false
        }
      }
    }
    math.startStep(first: first)
    math.write(result)
  }

  /// Starts a step and prints `formula` into it; returns where the step and its formula start.
  private func appendStep(
    _ formula: MathFormula, of operands: Operands, substituting: Bool, first: Bool, to math: inout AlignedMath
  ) -> (step: Int, formula: Int) {
    let step = math.tex.count
    math.startStep(first: first)
    let start = math.tex.count
    MathSyntax.tex.write(formula, self, of: operands, substituting: substituting, to: &math.tex)
    return (step, start)
  }

  /// Appends the entry at `position` in one or two rows, in text style, a compact handout's: with
  /// `withFormula`, its symbol = its formula in symbols, then a row of = the numbers substituted
  /// = its result; without, one row of its symbol = the numbers = its result (the formula in
  /// symbols when it substitutes none). A step that reads as the result or as the step before
  /// is left out.
  func appendRow(at position: Int, withFormula: Bool, to math: inout AlignedMath) {
    let entry = entryFormula(at: position), operands = trace.layout.operandsOf(position)
    let result = result(at: position)
    func printed(_ formula: MathFormula, substituting: Bool) -> String {
      var text = TextBuffer()
      MathSyntax.tex.write(formula, self, of: operands, substituting: substituting, to: &text)
      return text.text
    }
    var symbols: String?, numbers: String?
    if let formula = entry.formula {
      if withFormula || !entry.substitutes { symbols = printed(formula, substituting: false) }
      if entry.substitutes { numbers = printed(formula, substituting: true) }
    }
    if symbols == result { symbols = nil }
    if numbers == result || numbers == symbols { numbers = nil }
    let steps: [String]
    if let symbols, let numbers, withFormula {
      steps = [symbols, numbers + " = " + result]
    } else {
      steps = [[symbols, numbers, result].compactMap { $0 }.joined(separator: " = ")]
    }
    // In text style, so that a row of fractions takes little more than a line.
    math.append(Document.AlignedLine(symbol: "\\textstyle " + symbol(at: position), steps: steps.map { "\\textstyle " + $0 }))
  }
}
