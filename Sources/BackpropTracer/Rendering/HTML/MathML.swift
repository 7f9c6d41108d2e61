/// The symbol model in MathML Core, the math that current browsers render without a library:
/// the third syntax beside TeX and plain text (`MathSyntax`), printed from the same parts, so a
/// symbol reads the same in every output and every notation preset.
///
/// Every piece of text is escaped (a unit's name comes from a fixture); tokens are `<mi>` for
/// letters and words, `<mn>` for digits, `<mo>` for everything else.
enum MathML {
  /// `expression` as MathML elements (no `<math>` around them).
  static func print(_ expression: MathExpression) -> String {
    var text = ""
    write(expression, to: &text)
    return text
  }

  /// Appends `expression` as MathML to `text`.
  static func write(_ expression: MathExpression, to text: inout String) {
    switch expression {
    case let .symbol(symbol):
      write(symbol, to: &text)
    case let .partial(top, bottom):
      text += "<mfrac><mrow><mo>∂</mo>"
      write(top, to: &text)
      text += "</mrow><mrow><mo>∂</mo>"
      write(bottom, to: &text)
      text += "</mrow></mfrac>"
    case let .power(base, exponent):
      // As in TeX: a bare symbol takes the exponent beside its subscript; one with a
      // superscript, or any composite, is parenthesised so the exponent joins no other script.
      if let symbol = base.symbol, symbol.superscripts.isEmpty {
        return write(symbol, superscript: { $0 += "<mn>\(exponent)</mn>" }, to: &text)
      }
      text += "<msup><mrow><mo>(</mo>"
      write(base, to: &text)
      text += "<mo>)</mo></mrow><mn>\(exponent)</mn></msup>"
    case let .restricted(inner, via):
      text += "<msub><mrow>"
      write(inner, to: &text)
      text += "<mo>|</mo></mrow><mrow><mi>via</mi><mspace width=\"0.3em\"></mspace>"
      write(via, to: &text)
      text += "</mrow></msub>"
    case let .logSumExp(term):
      text += "<mi>log</mi><mo>&#x2061;</mo><munder><mo>∑</mo><mi>k</mi></munder><msup><mi>e</mi><mrow>"
      write(term, to: &text)
      text += "</mrow></msup>"
    }
  }

  /// Appends `symbol`: its base with its subscript and superscript (one `msubsup`, the parts of
  /// each script in a row).
  static func write(_ symbol: MathSymbol, to text: inout String) {
    let superscript: ((inout String) -> Void)? =
      symbol.superscripts.isEmpty ? nil : { write(symbol.superscripts, to: &$0) }
    write(symbol, superscript: superscript, to: &text)
  }

  /// `symbol` with `superscript` (which writes one element) in place of its own: a power's
  /// exponent.
  private static func write(_ symbol: MathSymbol, superscript: ((inout String) -> Void)?, to text: inout String) {
    let hasSubscript = !symbol.subscripts.isEmpty
    switch (hasSubscript, superscript != nil) {
    case (false, false): return write(symbol.base, to: &text)
    case (true, true): text += "<msubsup>"
    case (true, false): text += "<msub>"
    case (false, true): text += "<msup>"
    }
    write(symbol.base, to: &text)
    if hasSubscript { write(symbol.subscripts, to: &text) }
    superscript?(&text)
    text += hasSubscript ? (superscript == nil ? "</msub>" : "</msubsup>") : "</msup>"
  }

  /// A base as one element: italic letters each a variable, an upright word, a Greek letter,
  /// an accent over a base, `d` before one.
  private static func write(_ base: MathBase, to text: inout String) {
    switch base {
    case let .italic(letters):
      guard letters.count > 1 else { return text += "<mi>\(Escaping.svg(letters))</mi>" }
      text += "<mrow>"
      for letter in letters { text += "<mi>\(Escaping.svg(String(letter)))</mi>" }
      text += "</mrow>"
    case let .upright(word):
      writeUpright(word, to: &text)
    case let .greek(name):
      if let letter = MathSymbol.greekLetters[name] { return text += "<mi>\(letter)</mi>" }
      writeUpright(name, to: &text)
    case let .accented(mark, inner):
      text += "<mover accent=\"true\">"
      write(inner, to: &text)
      switch mark {
      case .bar: text += "<mo>¯</mo>"
      case .hat: text += "<mo>^</mo>"
      case .tilde: text += "<mo>~</mo>"
      }
      text += "</mover>"
    case let .differential(inner):
      text += "<mrow><mi>d</mi>"
      write(inner, to: &text)
      text += "</mrow>"
    }
  }

  /// An upright word: a one-letter word needs `mathvariant="normal"` (MathML sets a lone
  /// letter in italic).
  static func writeUpright(_ word: String, to text: inout String) {
    text += word.count == 1 ? "<mi mathvariant=\"normal\">" : "<mi>"
    text += Escaping.svg(word)
    text += "</mi>"
  }

  /// The parts of a script in a row.
  private static func write(_ parts: [ScriptPart], to text: inout String) {
    text += "<mrow>"
    for part in parts {
      switch part {
      case let .text(letters): writeTokens(letters, to: &text)
      case let .upright(word): writeUpright(word, to: &text)
      case let .layer(index, brackets), let .example(index, brackets):
        text += brackets == .round ? "<mo>(</mo>" : "<mo>[</mo>"
        writeTokens(index, to: &text)
        text += brackets == .round ? "<mo>)</mo>" : "<mo>]</mo>"
      case .updated: text += "<mo>+</mo>"
      case let .afterStep(step):
        text += "<mo>⟨</mo>"
        writeTokens(step, to: &text)
        text += "<mo>⟩</mo>"
      case .final: text += "<mo>∗</mo>"
      case let .symbol(symbol): write(symbol, to: &text)
      }
    }
    text += "</mrow>"
  }

  /// Letters, digits and punctuation written as they are (`h1`, `11`, `l-1`, `1,2`): each
  /// letter an italic `<mi>` (as TeX sets it), each run of digits an `<mn>`, anything else an
  /// `<mo>`.
  static func writeTokens(_ content: String, to text: inout String) {
    var digits = ""
    func flushDigits() {
      guard !digits.isEmpty else { return }
      text += "<mn>\(digits)</mn>"
      digits = ""
    }
    for character in content {
      if character.isASCII, character.isNumber {
        digits.append(character)
        continue
      }
      flushDigits()
      let escaped = Escaping.svg(String(character))
      text += character.isLetter ? "<mi>\(escaped)</mi>" : "<mo>\(escaped)</mo>"
    }
    flushDigits()
  }

  /// A printed number (`0.593269992`, `-0.2`, `3.51e-12`) as MathML: a negative one as a
  /// negation (`negation`), the scientific form as a product with a power of ten, as TeX
  /// writes it.
  static func number(_ printed: String, to text: inout String) {
    var mantissa = Substring(printed)
    let negative = mantissa.first == "-"
    if negative {
      text += negation
      mantissa = mantissa.dropFirst()
    }
    if let e = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      text += "<mn>\(Escaping.svg(String(mantissa[..<e])))</mn><mo>×</mo><msup><mn>10</mn><mrow>"
      number(String(mantissa[mantissa.index(after: e)...]), to: &text)
      text += "</mrow></msup>"
    } else {
      text += "<mn>\(Escaping.svg(String(mantissa)))</mn>"
    }
    if negative { text += "</mrow>" }
  }

  /// The start of a negation (`negative`), whose minus sign is in a row of its own so that it
  /// is set as a sign, not as an operator between two terms.
  static let negation = "<mrow><mo>−</mo>"

  /// True when a printed number is written in parentheses as a factor: a negative one, or one
  /// in scientific form (as in TeX).
  static func needsParentheses(_ printed: String) -> Bool {
    printed.first == "-" || printed.contains("e")
  }
}
