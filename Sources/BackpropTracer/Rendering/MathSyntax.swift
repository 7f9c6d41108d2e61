/// How one output spells the parts of a `MathExpression`: TeX for the derivations and TikZ,
/// plain ASCII for terminals and text labels. The structure is printed once, by `print`; a
/// syntax only spells words, letters, brackets and scripts.
struct MathSyntax: Sendable {
  /// An upright word: `\mathrm{net}` or `net`.
  let upright: @Sendable (String) -> String
  /// A Greek letter from its TeX name: `\delta` or `delta`.
  let greek: @Sendable (String) -> String
  /// A base under an accent: `\bar{z}` or `bar(z)`.
  let accent: @Sendable (MathBase.Accent, String) -> String
  /// A superscript group: `^{…}` or `^…`.
  let superscriptGroup: @Sendable (String) -> String
  /// A subscript group: `_{…}` or `_…`.
  let subscriptGroup: @Sendable (String) -> String
  /// The update mark, the brackets of a step and the final mark: `+`, `\langle s \rangle`,
  /// `\ast` or `+`, `<s>`, `*`.
  let afterStep: @Sendable (String) -> String
  let final: String
  /// A power's base in parentheses: `(…)`, or `\left(…\right)` around a tall TeX base.
  let parenthesized: @Sendable (_ text: String, _ tall: Bool) -> String
  /// ∂a/∂b.
  let partial: @Sendable (String, String) -> String
  /// A derivative along the path through `via`.
  let restricted: @Sendable (_ inner: String, _ via: String) -> String
  /// The log-sum-exp over k of the exponential of `term`.
  let logSumExp: @Sendable (_ term: String) -> String

  /// TeX, as every derivation prints it.
  static let tex = MathSyntax(
    upright: { "\\mathrm{" + $0 + "}" }, greek: { "\\" + $0 },
    accent: { "\\" + $0.rawValue + "{" + $1 + "}" },
    superscriptGroup: { "^{" + $0 + "}" }, subscriptGroup: { "_{" + $0 + "}" },
    afterStep: { "\\langle " + $0 + " \\rangle" }, final: "\\ast",
    parenthesized: { $1 ? "\\left(" + $0 + "\\right)" : "(" + $0 + ")" },
    partial: { "\\frac{\\partial " + $0 + "}{\\partial " + $1 + "}" },
    restricted: { "\\left." + $0 + "\\right\\vert_{\\mathrm{via}\\ " + $1 + "}" },
    logSumExp: { "\\log \\sum_{k} e^{" + $0 + "}" })

  /// Plain ASCII: `W^[1]_11`, `(a^[1]_1)^2`, `dE_total/dw_5`.
  static let plain = MathSyntax(
    upright: { $0 }, greek: { $0 }, accent: { $0.rawValue + "(" + $1 + ")" },
    superscriptGroup: { "^" + $0 }, subscriptGroup: { "_" + $0 },
    afterStep: { "<" + $0 + ">" }, final: "*",
    parenthesized: { text, _ in "(" + text + ")" },
    partial: { "d" + $0 + "/d" + $1 },
    restricted: { $0 + " via " + $1 },
    logSumExp: { "log sum_k e^(" + $0 + ")" })

  /// `expression` in this syntax.
  func print(_ expression: MathExpression) -> String {
    switch expression {
    case let .symbol(symbol): return print(symbol)
    case let .partial(top, bottom): return partial(print(top), print(bottom))
    case let .power(base, exponent):
      let text = print(base)
      // A bare symbol takes the exponent beside its subscript; one with a superscript, or any
      // composite, is parenthesised so the exponent cannot join another script.
      if let symbol = base.symbol, symbol.superscripts.isEmpty { return text + superscriptGroup("\(exponent)") }
      return parenthesized(text, base.symbol == nil) + superscriptGroup("\(exponent)")
    case let .restricted(inner, via): return restricted(print(inner), print(via))
    case let .logSumExp(term): return logSumExp(print(term))
    }
  }

  /// `symbol` in this syntax: the superscript before the subscript when it starts with a layer.
  func print(_ symbol: MathSymbol) -> String {
    var text = print(symbol.base)
    let sup = symbol.superscripts.isEmpty ? "" : superscriptGroup(print(symbol.superscripts))
    let sub = symbol.subscripts.isEmpty ? "" : subscriptGroup(print(symbol.subscripts))
    if symbol.superscriptFirst {
      text += sup
      text += sub
    } else {
      text += sub
      text += sup
    }
    return text
  }

  func print(_ base: MathBase) -> String {
    switch base {
    case let .italic(letters): return letters
    case let .upright(word): return upright(word)
    case let .greek(name): return greek(name)
    case let .accented(mark, inner): return accent(mark, print(inner))
    case let .differential(inner): return "d" + print(inner)
    }
  }

  /// Parts one after the other; a `]` followed by `(` or `[` is kept apart by a space (which
  /// TeX ignores), since Markdown would read `[1](2)` as a link.
  private func print(_ parts: [ScriptPart]) -> String {
    var text = ""
    for part in parts {
      let next = print(part)
      if text.last == "]", let first = next.first, first == "(" || first == "[" { text += " " }
      text += next
    }
    return text
  }

  func print(_ part: ScriptPart) -> String {
    switch part {
    case let .text(text): return text
    case let .upright(word): return upright(word)
    case let .layer(index, brackets), let .example(index, brackets):
      return brackets == .round ? "(" + index + ")" : "[" + index + "]"
    case .updated: return "+"
    case let .afterStep(step): return afterStep(step)
    case .final: return final
    case let .symbol(symbol): return print(symbol)
    }
  }
}

extension MathExpression {
  /// The expression as TeX math: `\frac{\partial E_{\mathrm{total}}}{\partial w_{5}}`.
  public var tex: String { MathSyntax.tex.print(self) }
  /// The expression in plain ASCII: `dE_total/dw_5`.
  public var plain: String { MathSyntax.plain.print(self) }
}

extension MathSymbol {
  /// The symbol as TeX math: `W^{[1]}_{11}`.
  public var tex: String { MathSyntax.tex.print(self) }
  /// The symbol in plain ASCII: `W^[1]_11`.
  public var plain: String { MathSyntax.plain.print(self) }
}

extension ScriptPart {
  /// The part as TeX on its own: `(k)`, `[2]`, `\langle 3 \rangle`.
  public var tex: String { MathSyntax.tex.print(self) }
}
