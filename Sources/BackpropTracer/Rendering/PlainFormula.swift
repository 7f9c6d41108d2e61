/// One recorded value written out for a terminal, in plain ASCII: the key on the left, the
/// formula in keys, the formula with numbers substituted, and the result.
///
/// `out_h1 = 1 / (1 + e^(-net_h1)) = 1 / (1 + e^(-0.3775)) = 0.593269992`. Symbols are the
/// trace's keys, the names a student types answers under, so no notation is involved.
package struct PlainFormula: Equatable, Sendable {
  /// The key on the left: `out_h1`.
  package var symbol: String
  /// The formula in keys, or nil for a given value (and for the constant 1).
  package var formula: String?
  /// The formula with the numbers substituted, or nil when it would repeat `formula` or
  /// `result`.
  package var substituted: String?
  /// The value: `0.593269992`.
  package var result: String

  /// Creates a formula.
  package init(symbol: String, formula: String?, substituted: String?, result: String) {
    self.symbol = symbol
    self.formula = formula
    self.substituted = substituted
    self.result = result
  }

  /// `symbol = formula`, or `symbol = result` for a value without a formula.
  package var definition: String { "\(symbol) = \(formula ?? result)" }

  /// The whole step as aligned lines, each `=` under the first, after `indent`:
  ///
  ///     out_h1 = 1 / (1 + e^(-net_h1))
  ///            = 1 / (1 + e^(-0.3775))
  ///            = 0.593269992
  package func alignedLines(indent: String) -> String {
    let steps = [formula, substituted].compactMap { $0 } + [result]
    let pad = indent + String(repeating: " ", count: symbol.count)
    return steps.enumerated().map { index, step in
      (index == 0 ? indent + symbol : pad) + " = " + step + "\n"
    }.joined()
  }

  /// The whole step on one line: `symbol = formula = substituted = result`, leaving out the
  /// parts that are missing.
  package var workedStep: String {
    ([symbol] + [formula, substituted].compactMap { $0 } + [result]).joined(separator: " = ")
  }
}

/// Writes `PlainFormula`s for the entries of one trace, from their derivations' formulas
/// (`Derivation.formula`, the trees the TeX derivations print): the plain-text counterpart of
/// `FormulaWriter`, for terminals.
///
/// Symbols are the keys; products are written with `*`, powers with `^`, a negative number in
/// a product or after a `+` in parentheses: `0.4 - 0.5 * (-0.0226)`. Sums longer than
/// `FormulaWriter.longestWrittenSum` terms keep their first three terms, `...` and the last.
package struct PlainFormulaWriter: Sendable {
  /// The record whose entries are written; its values are the ones substituted.
  package let trace: Trace
  /// How numbers are printed (`NumberFormat.plain`).
  package let format: NumberFormat

  /// Creates a writer.
  package init(trace: Trace, format: NumberFormat = .standard) {
    self.trace = trace
    self.format = format
  }

  /// The formula of the entry at `position`.
  package func formula(at position: Int) -> PlainFormula {
    let layout = trace.layout
    var written = PlainFormula(
      symbol: layout.keys[position].rawValue, formula: nil, substituted: nil,
      result: format.plain(trace.values[position]))
    guard let formula = layout.derivations[position].formula else { return written }
    var text = TextBuffer()
    let operands = layout.operandsOf(position)
    MathSyntax.plain.write(formula, self, of: operands, substituting: false, to: &text)
    written.formula = text.text
    text.removeAll()
    MathSyntax.plain.write(formula, self, of: operands, substituting: true, to: &text)
    written.substituted = text.text
    if written.formula == written.result { written.formula = nil }
    if written.substituted == written.result || written.substituted == written.formula { written.substituted = nil }
    return written
  }
}

extension PlainFormulaWriter: FormulaEntries {
  func writeSymbol(at position: Int, power: Int?, to text: inout TextBuffer) {
    text += trace.layout.keys[position].rawValue
    if let power { text += "^\(power)" }
  }

  func value(at position: Int) -> Double { trace.values[position] }

  func number(at position: Int) -> String { format.plain(trace.values[position]) }

  func number(_ value: Double) -> String { format.plain(value) }
}
