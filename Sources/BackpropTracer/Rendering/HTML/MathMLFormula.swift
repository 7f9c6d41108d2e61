/// Prints the formula trees of a trace's entries (`MathFormula`, the trees the TeX and
/// plain-text derivations print) as MathML Core: in symbols, or with the values substituted.
///
/// The choices follow the TeX printer: fractions stacked, symbols side by side (an invisible
/// times between them), values with `×`, a negative value (or one in scientific form) in
/// parentheses as a factor, a negated sum in brackets. Brackets are `<mo>` in a row of their
/// own, which MathML stretches around whatever they hold.
struct MathMLFormulaPrinter {
  /// The entries' symbols (in the writer's notation) and values (printed in its format).
  let writer: FormulaWriter
  /// The operands of the entry written.
  let entry: Operands
  let substituting: Bool

  /// Appends `formula`; with `bare`, a value is written without the parentheses of a factor
  /// (an exponent, which groups it).
  func write(_ formula: MathFormula, bare: Bool = false, to text: inout String) {
    switch formula {
    case let .symbol(expression):
      MathML.write(expression, to: &text)
    case let .operand(index, written):
      if let position = entry[index] {
        writeEntry(position, written, bare: bare, to: &text)
      } else if substituting {
        writeValue(.nan, written, bare: bare, to: &text)
      } else {
        MathML.writeUpright(entry.key(index).rawValue, to: &text)
      }
    case let .entry(position, written):
      writeEntry(position, written, bare: bare, to: &text)
    case let .value(value, written):
      writeValue(value, written, bare: bare, to: &text)
    case let .constant(value):
      MathML.number(writer.format.plain(value), to: &text)
    case let .integer(number):
      MathML.number(String(number), to: &text)
    case .ellipsis:
      text += "<mo>…</mo>"
    case let .negatedValue(operand):
      if substituting { return MathML.number(writer.format.plain(-value(of: operand)), to: &text) }
      text += MathML.negation
      write(operand, to: &text)
      text += "</mrow>"
    case let .sum(terms):
      for index in terms.indices {
        var term = ""
        write(terms[index], to: &term)
        guard index > 0 else {
          text += term
          continue
        }
        text += "<mo>+</mo>"
        text += term.hasPrefix(MathML.negation) ? "<mrow><mo>(</mo>\(term)<mo>)</mo></mrow>" : term
      }
    case let .difference(a, b):
      write(a, to: &text)
      text += "<mo>−</mo>"
      write(b, to: &text)
    case let .product(factors):
      write(factors, separator: "<mo>×</mo>", to: &text)
    case let .juxtaposed(factors):
      write(factors, separator: substituting ? "<mo>×</mo>" : "<mo>&#x2062;</mo>", to: &text)
    case let .fraction(numerator, denominator):
      text += "<mfrac><mrow>"
      write(numerator, to: &text)
      text += "</mrow><mrow>"
      write(denominator, to: &text)
      text += "</mrow></mfrac>"
    case let .negative(operand):
      writeNegative(operand, to: &text)
    case let .power(base, exponent):
      writePower(base, exponent, to: &text)
    case let .exponential(exponent):
      text += "<msup><mi>e</mi><mrow>"
      write(exponent, bare: true, to: &text)
      text += "</mrow></msup>"
    case let .function(function, arguments):
      writeFunction(function, arguments, to: &text)
    case let .parenthesized(inner):
      writeEnclosed(inner, "(", ")", to: &text)
    case let .bracketed(inner):
      writeEnclosed(inner, "[", "]", to: &text)
    case let .mean(sum, count):
      text += "<mfrac><mn>1</mn><mn>\(count)</mn></mfrac>"
      writeEnclosed(sum, "(", ")", to: &text)
    case let .scaled(coefficient, sum):
      write(coefficient, to: &text)
      writeEnclosed(sum, "(", ")", to: &text)
    case let .coefficient(coefficient, term):
      text += coefficient.negative ? MathML.negation : "<mrow>"
      write(coefficient, to: &text)
      write(term, to: &text)
      text += "</mrow>"
    case let .sumOverOutputs(term):
      text += "<munder><mo>∑</mo><mi>o</mi></munder>"
      write(term, to: &text)
    case let .equation(left, right):
      write(left, to: &text)
      text += "<mo>=</mo>"
      write(right, to: &text)
    case let .signOf(operand):
      write(operand, to: &text)
      text += value(of: operand) > 0 ? "<mo>&gt;</mo><mn>0</mn>" : "<mo>≤</mo><mn>0</mn>"
    case let .noting(formula, note):
      write(formula, to: &text)
      guard substituting else { return }
      text += "<mtext>&#xA0;with&#xA0;</mtext>"
      write(note, to: &text)
    case let .branch(operand, positive, otherwise):
      write(.noting(value(of: operand) > 0 ? positive : otherwise, .signOf(operand)), to: &text)
    case let .remark(formula, words):
      write(formula, to: &text)
      text += "<mtext>&#xA0;(\(Escaping.svg(words)))</mtext>"
    case let .nonZeroCount(counted):
      text += "<mtext>how many of&#xA0;</mtext>"
      write(counted, separator: "<mo>,</mo>", to: &text)
      text += "<mtext>&#xA0;are not&#xA0;</mtext><mn>0</mn>"
    case let .substitution(symbols, values):
      write(substituting ? values : symbols, to: &text)
    }
  }

  private func write(_ formulas: [MathFormula], separator: String, to text: inout String) {
    for index in formulas.indices {
      if index > 0 { text += separator }
      write(formulas[index], to: &text)
    }
  }

  /// `inner` between two brackets, in a row of its own so that they stretch around it alone.
  private func writeEnclosed(_ inner: MathFormula, _ open: String, _ close: String, to text: inout String) {
    text += "<mrow><mo>\(open)</mo>"
    write(inner, to: &text)
    text += "<mo>\(close)</mo></mrow>"
  }

  /// The entry at `position`: its symbol, or substituted, its value.
  private func writeEntry(_ position: Int, _ written: MathFormula.Written, bare: Bool, to text: inout String) {
    guard substituting else { return MathML.write(symbol(at: position), to: &text) }
    writeValue(writer.trace.values[position], written, bare: bare, to: &text)
  }

  private func symbol(at position: Int) -> MathExpression {
    writer.notation.symbol(writer.trace.layout.quantities[position])
  }

  /// A value as printed; as a factor, in parentheses when it needs them.
  private func writeValue(_ value: Double, _ written: MathFormula.Written, bare: Bool, to text: inout String) {
    let printed = writer.format.plain(value)
    guard written == .factor, !bare, MathML.needsParentheses(printed) else { return MathML.number(printed, to: &text) }
    text += "<mrow><mo>(</mo>"
    MathML.number(printed, to: &text)
    text += "<mo>)</mo></mrow>"
  }

  /// −x: −[sum]; −(product) of values, −product of symbols; −x otherwise.
  private func writeNegative(_ operand: MathFormula, to text: inout String) {
    text += MathML.negation
    switch operand {
    case .sum: writeEnclosed(operand, "[", "]", to: &text)
    case .product where substituting, .juxtaposed where substituting: writeEnclosed(operand, "(", ")", to: &text)
    default: write(operand, to: &text)
    }
    text += "</mrow>"
  }

  /// x^n: a symbol's power composed with its scripts, anything else raised as it is written.
  private func writePower(_ base: MathFormula, _ exponent: Int, to text: inout String) {
    switch base {
    case let .entry(position, _) where !substituting:
      return MathML.write(.power(symbol(at: position), exponent), to: &text)
    case let .operand(index, _) where !substituting && entry[index] != nil:
      return MathML.write(.power(symbol(at: entry[index] ?? 0), exponent), to: &text)
    case let .symbol(expression):
      return MathML.write(.power(expression, exponent), to: &text)
    default:
      text += "<msup><mrow>"
      write(base, to: &text)
      text += "</mrow><mn>\(exponent)</mn></msup>"
    }
  }

  private func writeFunction(_ function: MathFunction, _ arguments: [MathFormula], to text: inout String) {
    var name = ""
    switch function.name {
    case let .operator(word), let .upright(word): MathML.writeUpright(word, to: &name)
    }
    text += function.primed ? "<msup>\(name)<mo>′</mo></msup>" : name
    text += "<mo>&#x2061;</mo>"
    if function.takesAtomsBare, arguments.count == 1, arguments[0].isLeaf { return write(arguments[0], to: &text) }
    text += "<mrow><mo>(</mo>"
    write(arguments, separator: "<mo>,</mo>", to: &text)
    text += "<mo>)</mo></mrow>"
  }

  /// A coefficient before a term, without its sign: 2/3 stacked, 2, nothing for 1.
  private func write(_ coefficient: MathFormula.Coefficient, to text: inout String) {
    if let denominator = coefficient.denominator {
      text += "<mfrac><mn>\(coefficient.numerator)</mn><mn>\(denominator)</mn></mfrac>"
    } else if coefficient.numerator != 1 {
      text += "<mn>\(coefficient.numerator)</mn>"
    }
  }

  /// The value of an operand (NaN for anything but a value).
  private func value(of operand: MathFormula) -> Double {
    switch operand {
    case let .entry(position, _): return writer.trace.values[position]
    case let .operand(index, _): return entry[index].map { writer.trace.values[$0] } ?? .nan
    case let .value(value, _), let .constant(value): return value
    case let .integer(number): return Double(number)
    default: return .nan
    }
  }
}
