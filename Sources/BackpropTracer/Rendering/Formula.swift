/// One recorded value written out the way a lecture does: the symbol, the formula, the formula
/// with numbers substituted, and the result — all as TeX math.
package struct Formula: Equatable, Sendable {
  /// The symbol on the left: `\mathrm{net}_{h1}`.
  package var symbol: String
  /// The formula in symbols, or nil for a given value.
  package var formula: String?
  /// The formula with the numbers substituted, or nil when it would repeat `formula` or `result`.
  package var substituted: String?
  /// The value: `0.3775`.
  package var result: String
}

/// One recorded value as a derivation writes it, as a tree: what `Formula` holds as TeX, for a
/// syntax to print (`MathSyntax.write(_:_:of:substituting:to:)`; MathML, later).
package struct EntryFormula: Sendable {
  /// The formula, printed once in symbols and once with the values substituted; nil for a
  /// given value.
  package var formula: MathFormula?
  /// False where the derivation writes no step with the values substituted: a copy, whose
  /// value is the result.
  package var substitutes: Bool
  /// The value shown as the result: the recorded one, negated for a δ shown as the error term
  /// Err = −δ.
  package var result: Double
}

/// Writes the entries of one trace as TeX, from their derivations' formulas
/// (`Derivation.formula`); shared by the Markdown and LaTeX renderers.
///
/// A formula is printed straight into the display of its block (`appendLine(at:to:)`), once in
/// symbols and once with the numbers substituted; a step that reads the same as the result (a
/// formula that is its own value, such as an identity's slope 1) is written once.
package struct FormulaWriter: Sendable {
  /// What a writer holds, in one object, so that a copy (in every closure that uses the writer)
  /// costs one reference.
  private final class Storage: Sendable {
    let trace: Trace
    let notation: Notation
    let format: NumberFormat
    /// Every entry's symbol and printed value, made up front; empty when made on demand.
    let symbols: PrintedTexts
    let numbers: [String]

    init(trace: Trace, notation: Notation, format: NumberFormat, precomputing: Bool) {
      self.trace = trace
      self.notation = notation
      self.format = format
      symbols = precomputing ? notation.tex(trace.layout.quantities) : PrintedTexts()
      numbers = precomputing ? trace.values.map(format.tex) : []
    }
  }

  private let storage: Storage
  /// The record whose entries are written.
  package var trace: Trace { storage.trace }
  /// Symbols.
  package var notation: Notation { storage.notation }
  /// How numbers are printed.
  package var format: NumberFormat { storage.format }

  /// Sums longer than this many terms are shortened to their first three terms, `\dots` and
  /// the last, so that a 784-input neuron still fits on a line.
  package static let longestWrittenSum = 8

  /// Creates a writer. With `precomputing`, every entry's symbol and printed value are made once
  /// up front (each is used several times when the whole trace is written); without it (a few
  /// entries of a large trace), each is made when it is needed.
  package init(trace: Trace, notation: Notation, format: NumberFormat, precomputing: Bool = true) {
    storage = Storage(trace: trace, notation: notation, format: format, precomputing: precomputing)
  }

  /// The symbol of the entry at `position`.
  package func symbol(at position: Int) -> String {
    storage.symbols.isEmpty ? notation.tex(trace.layout.quantities[position]) : storage.symbols[position]
  }

  /// Appends the symbol of the entry at `position`: `symbol(at:)` without a string made for it.
  func writeSymbol(at position: Int, to text: inout TextBuffer) {
    guard storage.symbols.isEmpty else { return storage.symbols.write(position, to: &text) }
    text += notation.tex(trace.layout.quantities[position])
  }

  /// The value of the entry at `position` as printed.
  package func number(at position: Int) -> String {
    storage.numbers.isEmpty ? format.tex(trace.values[position]) : storage.numbers[position]
  }

  /// The printed result of the entry at `position`: its value, negated for a δ shown as the
  /// error term Err = −δ. The same as `formula(at:).result`, without the formula.
  package func result(at position: Int) -> String {
    showsNegated(position) ? format.tex(-trace.values[position]) : number(at: position)
  }

  /// The formula of the entry at `position` as the derivations write it, as a tree: its
  /// operands are those of the entry (`TraceLayout.operandsOf(_:)`).
  ///
  /// The TeX derivations leave out two formulas the plain-text ones write: the substituted step
  /// of a copy (its value is the result) and the perceptron's count of mistakes (its table shows
  /// them). In the error-term convention δ is shown negated as Err = −δ, and the update of a
  /// parameter used once as p + η·Err·x (`presentingAsErrorTerm(_:at:)`).
  package func entryFormula(at position: Int) -> EntryFormula {
    let derivation = trace.layout.derivations[position]
    var entry = EntryFormula(formula: derivation.formula, substitutes: true, result: trace.values[position])
    switch derivation {
    case .copy: entry.substitutes = false
    case .countNonZero: entry.formula = nil
    default: break
    }
    return notation.errorTerm ? presentingAsErrorTerm(entry, at: position) : entry
  }

  /// The formula of the entry at `position`, printed.
  package func formula(at position: Int) -> Formula {
    let entry = entryFormula(at: position)
    let result = result(at: position)
    var written = Formula(symbol: symbol(at: position), formula: nil, substituted: nil, result: result)
    guard let formula = entry.formula else { return written }
    var text = TextBuffer()
    let operands = trace.layout.operandsOf(position)
    MathSyntax.tex.write(formula, self, of: operands, substituting: false, to: &text)
    written.formula = text.text
    if entry.substitutes {
      text.removeAll()
      MathSyntax.tex.write(formula, self, of: operands, substituting: true, to: &text)
      written.substituted = text.text
    }
    if written.formula == result { written.formula = nil }
    if written.substituted == result || written.substituted == written.formula { written.substituted = nil }
    return written
  }

  /// True when the entry at `position` is a δ shown as the error term Err = −δ.
  func showsNegated(_ position: Int) -> Bool {
    guard notation.errorTerm, case .delta = trace.layout.quantities[position] else { return false }
    if case .product = trace.layout.derivations[position] { return true }
    return false
  }
}

extension FormulaWriter: FormulaEntries {
  func writeSymbol(at position: Int, power: Int?, to text: inout TextBuffer) {
    guard let power else { return writeSymbol(at: position, to: &text) }
    text += MathSyntax.tex.print(.power(notation.symbol(trace.layout.quantities[position]), power))
  }

  func value(at position: Int) -> Double { trace.values[position] }

  func number(_ value: Double) -> String { format.tex(value) }
}
