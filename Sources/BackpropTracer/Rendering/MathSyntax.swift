/// How one output spells the parts of a `MathExpression`: TeX for the derivations and TikZ,
/// plain ASCII for terminals and text labels. The structure is printed once, by `print`; a
/// syntax only spells words, letters, brackets and scripts, each as the text around its
/// content (a symbol is printed for every entry of a large trace, so pieces are appended as
/// bytes to one buffer rather than made and joined).
struct MathSyntax: Sendable {
  /// The text before and after something: `\mathrm{` and `}`.
  typealias Around = (before: String, after: String)

  /// An upright word: `\mathrm{net}` or `net`.
  let upright: Around
  /// A Greek letter from its TeX name: `\delta` or `delta`.
  let greek: Around
  /// The text before a base under each accent (bar, hat, tilde) and after it: `\bar{z}`, `bar(z)`.
  let accents: (bar: String, hat: String, tilde: String, after: String)
  /// A superscript group and a subscript group: `^{…}`, `_{…}` or `^…`, `_…`.
  let superscript: Around, `subscript`: Around
  /// The brackets of a step mark and the final mark: `\langle s \rangle`, `\ast` or `<s>`, `*`.
  let step: Around, final: String
  /// A power's base in parentheses, and around a tall base (a fraction).
  let parentheses: Around, tallParentheses: Around
  /// ∂a/∂b: before a, between a and b, after b.
  let partial: (before: String, between: String, after: String)
  /// A derivative along the path through a unit: before the derivative, between it and the
  /// unit, after the unit.
  let restricted: (before: String, between: String, after: String)
  /// The log-sum-exp over k of the exponential of a term.
  let logSumExp: Around
  /// Whether a symbol's cached TeX (`MathSymbol.cachingTeX()`) is this syntax's spelling.
  let isTeX: Bool

  /// TeX, as every derivation prints it.
  static let tex = MathSyntax(
    upright: ("\\mathrm{", "}"), greek: ("\\", ""), accents: ("\\bar{", "\\hat{", "\\tilde{", "}"),
    superscript: ("^{", "}"), subscript: ("_{", "}"), step: ("\\langle ", " \\rangle"), final: "\\ast",
    parentheses: ("(", ")"), tallParentheses: ("\\left(", "\\right)"),
    partial: ("\\frac{\\partial ", "}{\\partial ", "}"),
    restricted: ("\\left.", "\\right\\vert_{\\mathrm{via}\\ ", "}"), logSumExp: ("\\log \\sum_{k} e^{", "}"), isTeX: true)

  /// Plain ASCII: `W^[1]_11`, `(a^[1]_1)^2`, `dE_total/dw_5`.
  static let plain = MathSyntax(
    upright: ("", ""), greek: ("", ""), accents: ("bar(", "hat(", "tilde(", ")"),
    superscript: ("^", ""), subscript: ("_", ""), step: ("<", ">"), final: "*",
    parentheses: ("(", ")"), tallParentheses: ("(", ")"),
    partial: ("d", "/d", ""), restricted: ("", " via ", ""), logSumExp: ("log sum_k e^(", ")"), isTeX: false)

  /// `expression` in this syntax.
  func print(_ expression: MathExpression) -> String {
    // A symbol with its TeX cached is that text; anything else is printed as bytes, in one
    // buffer with room for a derivative's TeX (some 40 to 80 bytes), then made a string once.
    if isTeX, case let .symbol(symbol) = expression, let tex = symbol.cachedTeX { return tex }
    var text = TextBuffer(capacity: 80)
    write(expression, to: &text)
    return text.text
  }

  /// `symbol` in this syntax.
  func print(_ symbol: MathSymbol) -> String {
    var text = TextBuffer(capacity: 32)
    write(symbol, to: &text)
    return text.text
  }

  /// `part` on its own in this syntax.
  func print(_ part: ScriptPart) -> String {
    var text = TextBuffer(capacity: 16)
    write(part, to: &text)
    return text.text
  }

  /// Appends `expression` in this syntax to `text`.
  func write(_ expression: MathExpression, to text: inout TextBuffer) {
    switch expression {
    case let .symbol(symbol): write(symbol, to: &text)
    case let .partial(top, bottom): write(top.expression, bottom.expression, around: partial, to: &text)
    case let .power(base, exponent):
      // A bare symbol takes the exponent beside its subscript; one with a superscript, or any
      // composite, is parenthesised so the exponent cannot join another script.
      if let symbol = base.symbol, symbol.superscripts.isEmpty {
        write(symbol, to: &text)
      } else {
        let around = base.symbol == nil ? tallParentheses : parentheses
        text += around.before
        write(base, to: &text)
        text += around.after
      }
      write("\(exponent)", around: superscript, to: &text)
    case let .restricted(inner, via): write(inner, via, around: restricted, to: &text)
    case let .logSumExp(term):
      text += logSumExp.before
      write(term, to: &text)
      text += logSumExp.after
    }
  }

  /// Two expressions with the text before, between and after them.
  private func write(
    _ first: MathExpression, _ second: MathExpression, around: (before: String, between: String, after: String),
    to text: inout TextBuffer
  ) {
    text += around.before
    write(first, to: &text)
    text += around.between
    write(second, to: &text)
    text += around.after
  }

  /// The superscript before the subscript when it starts with a layer (`z^{[2]}_{1}`), else
  /// after it (`\mathrm{out}_{h1}^{(1)}`).
  private func write(_ symbol: MathSymbol, to text: inout TextBuffer) {
    if isTeX, let tex = symbol.cachedTeX { return text += tex }
    write(symbol.base, to: &text)
    if symbol.superscriptFirst {
      write(symbol.superscripts, around: superscript, to: &text)
      write(symbol.subscripts, around: self.subscript, to: &text)
    } else {
      write(symbol.subscripts, around: self.subscript, to: &text)
      write(symbol.superscripts, around: superscript, to: &text)
    }
  }

  private func write(_ base: MathBase, to text: inout TextBuffer) {
    switch base {
    case let .italic(letters): text += letters
    case let .upright(word): write(word, around: upright, to: &text)
    case let .greek(name): write(name, around: greek, to: &text)
    case let .accented(mark, inner):
      switch mark {
      case .bar: text += accents.bar
      case .hat: text += accents.hat
      case .tilde: text += accents.tilde
      }
      write(inner, to: &text)
      text += accents.after
    case let .differential(inner):
      text += "d"
      write(inner, to: &text)
    }
  }

  /// A script's parts one after the other, in its group; a `]` followed by `(` or `[` is kept
  /// apart by a space (which TeX ignores), since Markdown would read `[1](2)` as a link.
  private func write(_ parts: [ScriptPart], around: Around, to text: inout TextBuffer) {
    guard !parts.isEmpty else { return }
    text += around.before
    var previous: ScriptPart?
    for part in parts {
      if previous?.closesWithSquareBracket == true, part.opensWithBracket { text += " " }
      write(part, to: &text)
      previous = part
    }
    text += around.after
  }

  private func write(_ content: String, around: Around, to text: inout TextBuffer) {
    text += around.before
    text += content
    text += around.after
  }

  private func write(_ part: ScriptPart, to text: inout TextBuffer) {
    switch part {
    case let .text(letters): text += letters
    case let .upright(word): write(word, around: upright, to: &text)
    case let .layer(index, brackets), let .example(index, brackets):
      write(index, around: brackets == .round ? ("(", ")") : ("[", "]"), to: &text)
    case .updated: text += "+"
    case let .afterStep(step): write(step, around: self.step, to: &text)
    case .final: text += final
    case let .symbol(symbol): write(symbol, to: &text)
    }
  }
}

extension ScriptPart {
  /// True for a part printed with an opening bracket first: a layer or an example index.
  fileprivate var opensWithBracket: Bool {
    switch self {
    case .layer, .example: return true
    default: return false
    }
  }

  /// True for a part printed with a `]` last: a layer or an example index in square brackets.
  fileprivate var closesWithSquareBracket: Bool {
    switch self {
    case .layer(_, .square), .example(_, .square): return true
    default: return false
    }
  }

  /// The part as TeX on its own: `(k)`, `[2]`, `\langle 3 \rangle`.
  package var tex: String { MathSyntax.tex.print(self) }
}

extension MathExpression {
  /// The expression as TeX math: `\frac{\partial E_{\mathrm{total}}}{\partial w_{5}}`.
  package var tex: String { MathSyntax.tex.print(self) }
  /// The expression in plain ASCII: `dE_total/dw_5`.
  package var plain: String { MathSyntax.plain.print(self) }
}

extension MathSymbol {
  /// The symbol as TeX math: `W^{[1]}_{11}`.
  package var tex: String { MathSyntax.tex.print(self) }
  /// The symbol in plain ASCII: `W^[1]_11`.
  package var plain: String { MathSyntax.plain.print(self) }
}
