/// What the entries of a trace stand for in one output: their symbols and printed values
/// (`FormulaWriter` in TeX, `PlainFormulaWriter` in plain text), for the formulas that name them.
protocol FormulaEntries {
  /// Appends the symbol of the entry at `position`, raised to `power` when there is one (in
  /// TeX the power composes with the symbol's scripts).
  func writeSymbol(at position: Int, power: Int?, to text: inout TextBuffer)
  /// The value of the entry at `position`.
  func value(at position: Int) -> Double
  /// The value of the entry at `position` as printed.
  func number(at position: Int) -> String
  /// A value as printed.
  func number(_ value: Double) -> String
}

extension MathSyntax {
  /// Appends `formula` in this syntax to `text`: with its operands as symbols, or
  /// `substituting` their values (`entries` says what each entry stands for; `entry`, which
  /// entries are the operands of the one written).
  ///
  /// The two syntaxes write the same tree: TeX stacks fractions, juxtaposes symbols and
  /// brackets a negated sum; plain text writes `/`, `*` and parentheses wherever a part is
  /// compound. A printed value in parentheses is one that is negative (or, in TeX, in
  /// scientific form).
  func write(
    _ formula: MathFormula, _ entries: some FormulaEntries, of entry: Operands, substituting: Bool, to text: inout TextBuffer
  ) {
    FormulaPrinter(isTeX: isTeX, entries: entries, entry: entry, substituting: substituting).write(formula, to: &text)
  }

  /// A formula of fixed symbols alone (no entry of a trace) in this syntax, its constants
  /// printed by `format`: the conventions' `E = \sum_{o} \frac{1}{2}(t_{o} - o_{o})^{2}`.
  func print(_ formula: MathFormula, format: NumberFormat = .standard) -> String {
    var text = TextBuffer()
    write(formula, FixedSymbols(format: format, isTeX: isTeX), of: Operands(positions: []), substituting: false, to: &text)
    return text.text
  }

  /// True when a printed number is written in parentheses as a factor: a negative one, and in
  /// TeX one in scientific form (`3.51 \times 10^{-12}`).
  static func needsParentheses(_ number: String, isTeX: Bool) -> Bool {
    let utf8 = number.utf8
    if utf8.first == UInt8(ascii: "-") { return true }
    guard isTeX else { return false }
    return utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\\")) } ?? utf8.contains(UInt8(ascii: "\\"))
  }
}

/// The operands of a formula of fixed symbols: it has no entries.
private struct FixedSymbols: FormulaEntries {
  let format: NumberFormat
  let isTeX: Bool

  func writeSymbol(at position: Int, power: Int?, to text: inout TextBuffer) {
    preconditionFailure("a formula of fixed symbols names no entry")
  }

  func value(at position: Int) -> Double { preconditionFailure("a formula of fixed symbols names no entry") }

  func number(at position: Int) -> String { preconditionFailure("a formula of fixed symbols names no entry") }

  func number(_ value: Double) -> String { isTeX ? format.tex(value) : format.plain(value) }
}

/// One formula printed in one syntax and one form (symbols or values).
private struct FormulaPrinter<Entries: FormulaEntries> {
  /// TeX, or else plain text. (The syntax itself is looked up where it is needed, not copied
  /// with its many spellings into every printer.)
  let isTeX: Bool
  let entries: Entries
  /// The operands of the entry written.
  let entry: Operands
  let substituting: Bool

  private var syntax: MathSyntax { isTeX ? .tex : .plain }

  private var times: String { isTeX ? " \\times " : " * " }

  /// Appends `formula`; with `bare`, values are written as they are printed whatever their
  /// style (a TeX exponent, whose braces group it).
  func write(_ formula: MathFormula, bare: Bool = false, to text: inout TextBuffer) {
    switch formula {
    case let .symbol(expression):
      text += syntax.print(expression)
    case let .operand(index, written):
      if let position = entry[index] {
        writeEntry(position, written, bare: bare, to: &text)
      } else if substituting {
        writeValue(entries.number(.nan), written, bare: bare, to: &text)
      } else {
        text += entry.key(index).rawValue
      }
    case let .entry(position, written):
      writeEntry(position, written, bare: bare, to: &text)
    case let .value(value, written):
      writeValue(entries.number(value), written, bare: bare, to: &text)
    case let .constant(value):
      text += entries.number(value)
    case let .integer(number):
      text += String(number)
    case .ellipsis:
      text += isTeX ? "\\dots" : "..."
    case let .negatedValue(operand):
      if substituting {
        text += entries.number(-value(of: operand))
      } else {
        text += "-"
        write(operand, to: &text)
      }
    case let .sum(terms):
      for index in terms.indices {
        if index > 0 { text += " + " }
        let start = text.count
        write(terms[index], to: &text)
        if index > 0, text.byte(at: start) == UInt8(ascii: "-") { text.parenthesize(from: start) }
      }
    case let .difference(a, b):
      write(a, to: &text)
      text += " - "
      write(b, to: &text)
    case let .product(factors):
      write(factors, separator: times, to: &text)
    case let .juxtaposed(factors):
      guard isTeX, !substituting else { return write(factors, separator: times, to: &text) }
      for index in factors.indices {
        if index > 0, !factors[index].opensWithParenthesis { text += " " }
        write(factors[index], to: &text)
      }
    case let .fraction(numerator, denominator):
      if isTeX {
        text += "\\frac{"
        write(numerator, to: &text)
        text += "}{"
        write(denominator, to: &text)
        text += "}"
      } else {
        writeGroupingCompound(numerator, to: &text)
        text += " / "
        writeGroupingCompound(denominator, to: &text)
      }
    case let .negative(operand):
      writeNegative(operand, to: &text)
    case let .power(base, exponent):
      writePower(base, exponent, to: &text)
    case let .exponential(exponent):
      if isTeX {
        text += "e^{"
        write(exponent, bare: true, to: &text)
        text += "}"
      } else {
        text += "e^"
        writeGroupingCompound(exponent, to: &text)
      }
    case let .function(function, arguments):
      writeFunction(function, arguments, to: &text)
    case let .parenthesized(inner):
      text += "("
      write(inner, to: &text)
      text += ")"
    case let .bracketed(inner):
      text += "["
      write(inner, to: &text)
      text += "]"
    case let .mean(sum, count):
      if isTeX { text += "\\frac{1}{\(count)}" }
      writeGrouped(sum, to: &text)
      if !isTeX { text += " / \(count)" }
    case let .scaled(coefficient, sum):
      write(coefficient, to: &text)
      if !isTeX { text += " * " }
      writeGrouped(sum, to: &text)
    case let .coefficient(coefficient, term):
      write(coefficient, to: &text)
      write(term, to: &text)
    case let .sumOverOutputs(term):
      text += isTeX ? "\\sum_{o} " : "sum_o "
      write(term, to: &text)
    case let .equation(left, right):
      write(left, to: &text)
      text += " = "
      write(right, to: &text)
    case let .signOf(operand):
      write(operand, to: &text)
      text += value(of: operand) > 0 ? " > 0" : (isTeX ? " \\le 0" : " <= 0")
    case let .noting(formula, note):
      write(formula, to: &text)
      guard substituting else { return }
      text += isTeX ? " \\text{ with } " : ", as "
      write(note, to: &text)
    case let .branch(operand, positive, otherwise):
      write(.noting(value(of: operand) > 0 ? positive : otherwise, .signOf(operand)), to: &text)
    case let .remark(formula, words):
      write(formula, to: &text)
      text += isTeX ? " \\text{ (\(words))}" : " (\(words))"
    case let .nonZeroCount(counted):
      text += isTeX ? "\\text{how many of } " : "how many of "
      write(counted, separator: ", ", to: &text)
      text += isTeX ? " \\text{ are not } 0" : " are not 0"
    case let .substitution(symbols, values):
      write(substituting ? values : symbols, to: &text)
    }
  }

  private func write(_ formulas: [MathFormula], separator: String, to text: inout TextBuffer) {
    for index in formulas.indices {
      if index > 0 { text += separator }
      write(formulas[index], to: &text)
    }
  }

  /// The entry at `position`: its symbol, or substituted, its value.
  private func writeEntry(_ position: Int, _ written: MathFormula.Written, bare: Bool, to text: inout TextBuffer) {
    if substituting {
      writeValue(entries.number(at: position), written, bare: bare, to: &text)
    } else {
      entries.writeSymbol(at: position, power: nil, to: &text)
    }
  }

  /// A printed value; as a factor, in parentheses when it needs them.
  private func writeValue(_ number: String, _ written: MathFormula.Written, bare: Bool, to text: inout TextBuffer) {
    guard written == .factor, !bare, MathSyntax.needsParentheses(number, isTeX: isTeX) else { return text += number }
    text += "("
    text += number
    text += ")"
  }

  /// −x: −[sum] (plain: −(sum)); −(product) of values, −product of symbols; −x otherwise.
  private func writeNegative(_ operand: MathFormula, to text: inout TextBuffer) {
    switch operand {
    case .sum:
      text += isTeX ? "-[" : "-("
      write(operand, to: &text)
      text += isTeX ? "]" : ")"
    case .product where substituting, .juxtaposed where substituting:
      text += "-("
      write(operand, to: &text)
      text += ")"
    default:
      text += "-"
      write(operand, to: &text)
    }
  }

  /// x^n: a symbol's power composed with its scripts, a value's after it (as a factor).
  private func writePower(_ base: MathFormula, _ exponent: Int, to text: inout TextBuffer) {
    switch base {
    case let .entry(position, _) where !substituting:
      return entries.writeSymbol(at: position, power: exponent, to: &text)
    case let .operand(index, _) where !substituting && entry[index] != nil:
      return entries.writeSymbol(at: entry[index] ?? 0, power: exponent, to: &text)
    case let .symbol(expression):
      return text += syntax.print(.power(expression, exponent))
    default:
      write(base, to: &text)
    }
    let superscript = syntax.superscript
    text += superscript.before
    text += String(exponent)
    text += superscript.after
  }

  private func writeFunction(_ function: MathFunction, _ arguments: [MathFormula], to text: inout TextBuffer) {
    if isTeX {
      switch function.name {
      case let .operator(name): text += "\\" + name
      case let .upright(word): text += "\\mathrm{" + word + "}"
      }
    } else {
      text += function.plainName
    }
    if function.primed { text += "'" }
    if isTeX, function.takesAtomsBare, arguments.count == 1, arguments[0].isLeaf {
      text += " "
      return write(arguments[0], to: &text)
    }
    text += "("
    write(arguments, separator: ", ", to: &text)
    text += ")"
  }

  /// A coefficient before a term: `-\frac{2}{3}`, `-2`, nothing for 1; `-2/3 * `, `-2 * ` in plain
  /// text.
  private func write(_ coefficient: MathFormula.Coefficient, to text: inout TextBuffer) {
    if coefficient.negative { text += "-" }
    let (n, d) = (coefficient.numerator, coefficient.denominator)
    if isTeX {
      text += d.map { "\\frac{\(n)}{\($0)}" } ?? (n == 1 ? "" : String(n))
    } else {
      text += d.map { "\(n)/\($0) * " } ?? (n == 1 ? "" : "\(n) * ")
    }
  }

  /// A compound part in parentheses (plain text, where nothing else groups it), a simple one as
  /// it is.
  private func writeGroupingCompound(_ part: MathFormula, to text: inout TextBuffer) {
    guard part.isCompound else { return write(part, to: &text) }
    text += "("
    write(part, to: &text)
    text += ")"
  }

  /// `content` in parentheses: in TeX ones that grow around a fraction
  /// (`\left( \frac{…}{…} + … \right)`), plain ones otherwise.
  private func writeGrouped(_ content: MathFormula, to text: inout TextBuffer) {
    guard isTeX else { return write(.parenthesized(content), to: &text) }
    var inner = TextBuffer()
    write(content, to: &inner)
    let tall = inner.contains("\\frac", from: 0)
    text += tall ? "\\left(" : "("
    text.append(inner)
    text += tall ? "\\right)" : ")"
  }

  /// The value of an operand (NaN for anything but a value).
  private func value(of operand: MathFormula) -> Double {
    switch operand {
    case let .entry(position, _): return entries.value(at: position)
    case let .operand(index, _): return entry[index].map(entries.value(at:)) ?? .nan
    case let .value(value, _), let .constant(value): return value
    case let .integer(number): return Double(number)
    default: return .nan
    }
  }
}

extension MathFormula {
  /// True for a symbol or a value.
  var isLeaf: Bool {
    switch self {
    case .symbol, .operand, .entry, .value, .constant, .integer: return true
    default: return false
    }
  }

  /// True for an operation of several terms or factors, which plain text puts in parentheses as
  /// the part of a fraction or an exponent.
  var isCompound: Bool {
    switch self {
    case .sum, .difference, .product, .juxtaposed, .negative, .negatedValue, .mean, .scaled, .coefficient: return true
    default: return false
    }
  }

  /// True for a formula that TeX writes starting with a parenthesis, which a symbol before it
  /// touches: `o(1 - o)`.
  var opensWithParenthesis: Bool {
    switch self {
    case .parenthesized, .power(.parenthesized, _): return true
    default: return false
    }
  }
}
