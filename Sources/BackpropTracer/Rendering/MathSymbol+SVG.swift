extension MathSymbol {
  /// The symbol as SVG text content at `size` pixels: the base (italic letters, Greek letters
  /// as themselves, accents as combining marks), then the superscript raised and the subscript
  /// lowered, each a `tspan` at 70% of the size. `shift` is how far the text before it left the
  /// baseline (the base moves back); returns the markup and how far the symbol leaves it.
  func svg(size: Double, after shift: Double = 0) -> (markup: String, shift: Double) {
    var markup = Self.svgBase(base, dy: -shift)
    var shift = 0.0
    let small = SVGRenderer.number(size * Self.scriptScale)
    func script(_ parts: [ScriptPart], at offset: Double) {
      guard !parts.isEmpty else { return }
      let text = parts.map(Self.svgText).joined()
      markup += "<tspan dy=\"\(SVGRenderer.number(offset - shift))\" font-size=\"\(small)\">\(Escaping.svg(text))</tspan>"
      shift = offset
    }
    let (up, down) = (-Self.superscriptRise * size, Self.subscriptDrop * size)
    if superscriptFirst {
      script(superscripts, at: up)
      script(subscripts, at: down)
    } else {
      script(subscripts, at: down)
      script(superscripts, at: up)
    }
    return (markup, shift)
  }

  /// Scripts are drawn at this fraction of the text size, raised or lowered by these fractions.
  static let scriptScale = 0.7, superscriptRise = 0.4, subscriptDrop = 0.3

  /// The characters of the base as they are drawn (for SVG and for estimating widths).
  static func baseText(_ base: MathBase) -> String {
    switch base {
    case let .italic(letters), let .upright(letters): return letters
    case let .greek(name): return greekLetters[name] ?? name
    case let .accented(accent, inner):
      let mark: Character = accent == .bar ? "\u{0304}" : accent == .hat ? "\u{0302}" : "\u{0303}"
      return baseText(inner) + String(mark)
    case let .differential(inner): return "d" + baseText(inner)
    }
  }

  /// The characters of the scripts as they are drawn, superscript first (for widths).
  var scriptText: String { (superscripts + subscripts).map(Self.svgText).joined() }

  /// The base, italic for letters that are variables, moved by `dy` when it is not 0.
  private static func svgBase(_ base: MathBase, dy: Double) -> String {
    var attributes = dy == 0 ? "" : " dy=\"\(SVGRenderer.number(dy))\""
    switch base {
    case .italic, .differential, .accented(_, .italic): attributes += " font-style=\"italic\""
    default: break
    }
    let text = Escaping.svg(baseText(base))
    return attributes.isEmpty ? text : "<tspan\(attributes)>\(text)</tspan>"
  }

  private static func svgText(_ part: ScriptPart) -> String {
    switch part {
    case let .text(text), let .upright(text): return text
    case let .layer(index, brackets), let .example(index, brackets): return brackets == .round ? "(\(index))" : "[\(index)]"
    case .updated: return "+"
    case let .afterStep(step): return "\u{27E8}\(step)\u{27E9}"
    case .final: return "\u{2217}"
    case let .symbol(symbol): return baseText(symbol.base) + symbol.scriptText
    }
  }
}
