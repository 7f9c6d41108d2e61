/// The text of a figure's label or node line: words, math symbols and numbers, each spelled by
/// the figure's writer (SVG text with raised and lowered scripts, or TikZ with TeX math).
package struct FigureText: Equatable, Sendable {
  /// One piece of the text.
  package enum Run: Equatable, Sendable {
    /// Words, shown as written (escaped for the format).
    case text(String)
    /// A symbol in the derivation's notation: `W^{[1]}_{11}`.
    case symbol(MathSymbol)
    /// A formatted number.
    case number(String)
    /// A formula, in plain text for SVG and as TeX math for TikZ: `z_1 = w*x`, `z_{1} = wx`.
    case formula(plain: String, tex: String)
    /// The arrow from a value before the update to the value after it.
    case arrow
  }

  /// The pieces, in order.
  package var runs: [Run]

  package init(_ runs: [Run]) { self.runs = runs }

  /// The width the text takes at `size` pixels, estimated generously for a sans-serif font
  /// (DejaVu Sans, Helvetica), so that boxes made from it hold the drawn text.
  func width(size: Double) -> Double {
    runs.reduce(0) { total, run in
      switch run {
      case let .text(text), let .number(text), let .formula(text, _): return total + Self.width(text, size: size)
      case let .symbol(symbol):
        return total + Self.width(MathSymbol.baseText(symbol.base), size: size)
          + Self.width(symbol.scriptText, size: size * MathSymbol.scriptScale)
      case .arrow: return total + Self.width(" → ", size: size)
      }
    }
  }

  /// The height of a line of text at `size` pixels, with room for raised and lowered scripts.
  static func height(size: Double) -> Double { size * 1.5 }

  /// The estimated width of plain characters at `size` pixels.
  static func width(_ text: String, size: Double) -> Double {
    text.unicodeScalars.reduce(0) { total, scalar in total + size * em(scalar) }
  }

  /// A character's advance in ems, rounded up from DejaVu Sans (the widest common sans-serif).
  private static func em(_ scalar: Unicode.Scalar) -> Double {
    switch scalar {
    case "i", "j", "l", "I", "'", "|", "!", ".", ",", ":", ";": return 0.34
    case "f", "t", "r", " ", "(", ")", "[", "]", "-", "{", "}": return 0.45
    case "m", "w", "M", "W", "\u{2192}": return 1.0
    case _ where scalar.properties.generalCategory == .nonspacingMark: return 0
    case _ where scalar.isASCII && scalar.properties.isUppercase: return 0.78
    case _ where scalar.isASCII: return 0.66
    default: return 1.0
    }
  }

  /// The text as SVG content at `size` pixels: symbols with their scripts as shifted `tspan`s,
  /// the baseline restored after each.
  func svg(size: Double) -> String {
    var markup = ""
    var shift = 0.0
    func add(_ text: String) {
      guard shift != 0 else { return markup += Escaping.svg(text) }
      markup += "<tspan dy=\"\(SVGRenderer.number(-shift))\">\(Escaping.svg(text))</tspan>"
      shift = 0
    }
    for run in runs {
      switch run {
      case let .text(text), let .number(text), let .formula(text, _): add(text)
      case .arrow: add(" → ")
      case let .symbol(symbol):
        let drawn = symbol.svg(size: size, after: shift)
        markup += drawn.markup
        shift = drawn.shift
      }
    }
    return markup
  }

  /// The text in plain characters, symbols spelled as `W^[1]_11`: what a screen reader reads
  /// for a label whose scripts are drawn apart.
  var plain: String {
    runs.map { run in
      switch run {
      case let .text(text), let .number(text), let .formula(text, _): return text
      case let .symbol(symbol): return symbol.plain
      case .arrow: return " → "
      }
    }.joined()
  }

  /// The text for TikZ: words escaped for LaTeX, symbols and numbers in math.
  var tikz: String {
    runs.map { run in
      switch run {
      case let .text(text): return Escaping.latex(text)
      case let .symbol(symbol): return "$" + symbol.tex + "$"
      case let .number(number), let .formula(_, number): return "$" + number + "$"
      case .arrow: return " $\\to$ "
      }
    }.joined()
  }
}
