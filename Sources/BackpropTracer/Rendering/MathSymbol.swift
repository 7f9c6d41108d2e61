/// A math symbol as its parts: a base, a subscript and a superscript, each a list of parts.
///
/// Symbols are composed, never spliced as text: marking an example, an update or a step appends
/// a part to the one superscript, so no printer can write two superscripts on one base
/// (`W^{[1]}_{11}^{2}`, which TeX rejects). Squaring makes a `MathExpression.power`, which
/// parenthesises a symbol that already carries a superscript: `(a^{[1]}_{1})^{2}`.
///
/// The parts say what they are (a layer, an example, an update mark), so every printer (TeX,
/// plain text, SVG labels, and later MathML) spells them its own way from the same value.
package struct MathSymbol: Hashable, Sendable {
  /// The letter or word the scripts attach to.
  package let base: MathBase
  /// The parts of the subscript, written one after the other (`h1`, `11`, `\mathrm{total}`).
  package let subscripts: [ScriptPart]
  /// The parts of the superscript, in the order they were added (`[1]`, `(2)`, `+`).
  package let superscripts: [ScriptPart]
  /// The symbol's TeX, when it was printed once to be reused (`cachingTeX()`): a notation's
  /// parameters and units appear in several entries each, and a large trace has 161,249.
  private(set) var cachedTeX: String?

  /// A symbol of `base` with the given scripts.
  package init(_ base: MathBase, subscripts: [ScriptPart] = [], superscripts: [ScriptPart] = []) {
    self.base = base
    self.subscripts = subscripts
    self.superscripts = superscripts
  }

  /// This symbol with `part` added at the end of its superscript.
  package func adding(_ part: ScriptPart) -> MathSymbol {
    MathSymbol(base, subscripts: subscripts, superscripts: superscripts + [part])
  }

  /// This symbol with its TeX printed once, for the TeX printer to reuse.
  func cachingTeX() -> MathSymbol {
    var symbol = self
    symbol.cachedTeX = MathSyntax.tex.print(self)
    return symbol
  }

  package static func == (a: MathSymbol, b: MathSymbol) -> Bool {
    a.base == b.base && a.subscripts == b.subscripts && a.superscripts == b.superscripts
  }

  package func hash(into hasher: inout Hasher) {
    hasher.combine(base)
    hasher.combine(subscripts)
    hasher.combine(superscripts)
  }

  /// True when a layer index leads the superscript, which is then written before the
  /// subscript (`z^{[2]}_{1}`, as the layered notations print it); otherwise the subscript
  /// comes first (`\mathrm{out}_{h1}^{(1)}`).
  var superscriptFirst: Bool {
    if case .layer = superscripts.first { return true }
    return false
  }
}

/// The base of a symbol.
package enum MathBase: Hashable, Sendable {
  /// Italic letters, each a variable: `z`, `W`, `x`.
  case italic(String)
  /// An upright word: `\mathrm{net}`, `\mathrm{out}`.
  case upright(String)
  /// A Greek letter by its TeX name: `delta` for δ.
  case greek(String)
  /// A base under an accent: `\bar{z}`, `\hat{y}`, `\tilde{J}`.
  indirect case accented(Accent, MathBase)
  /// A `d` before a base, for a derivative of the cost: `dz`, `dW`.
  indirect case differential(MathBase)

  /// An accent over a base.
  package enum Accent: String, Hashable, Sendable {
    /// ȳ: an error signal in the bar notation.
    case bar
    /// ŷ: a network's output.
    case hat
    /// J̃: the regularised objective.
    case tilde
  }
}

/// One part of a subscript or a superscript.
package enum ScriptPart: Hashable, Sendable {
  /// Letters, digits and punctuation written as they are: `h1`, `11`, `1,2`, `j`, `l-1`.
  case text(String)
  /// An upright word: `\mathrm{total}`.
  case upright(String)
  /// A layer in brackets: `[2]` or `(2)`.
  case layer(String, Brackets)
  /// A data-set example in brackets: `(3)` or `[3]`.
  case example(String, Brackets)
  /// The mark of a value after the update: `+`.
  case updated
  /// The mark of a value after a step or an epoch: `\langle 3 \rangle`.
  case afterStep(String)
  /// The mark of a final value: `\ast`.
  case final
  /// A whole symbol, as the subscript of another (`v_{w_{5}}`).
  indirect case symbol(MathSymbol)

  /// The brackets around a layer or an example index.
  package enum Brackets: Hashable, Sendable {
    /// `(2)`.
    case round
    /// `[2]`.
    case square
  }
}

extension MathSymbol {
  /// Greek letters by TeX name, as drawn: a name may spell one (`theta4` is θ₄).
  static let greekLetters: [String: String] = [
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ",
    "iota": "ι", "kappa": "κ", "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "chi": "χ", "psi": "ψ", "omega": "ω", "Omega": "Ω",
  ]

  /// A user's name as a symbol: letters then digits become a subscripted letter (`w5` → `w_{5}`,
  /// `theta4` → `\theta_{4}`, `bias` → `\mathrm{bias}`); any other mix is set upright whole
  /// (`h1a` → `\mathrm{h1a}`).
  ///
  /// A name of digits alone (Han and Kamber number their units `1`…`6`) is never shown as a bare
  /// number, which would read as a constant in a product: it becomes the subscript of `unit`
  /// (`x_{1}` for an input, `w_{14}` for a weight).
  package static func named(_ name: String, unit: MathBase) -> MathSymbol {
    let utf8 = name.utf8
    let letterCount = utf8.prefix(while: isASCIILetter).count
    guard utf8.dropFirst(letterCount).allSatisfy(isASCIIDigit) else { return MathSymbol(.upright(name)) }
    let digits = String(Substring(utf8.dropFirst(letterCount)))
    guard letterCount > 0 else { return MathSymbol(unit, subscripts: [.text(digits)]) }
    let letters = String(Substring(utf8.prefix(letterCount)))
    let base: MathBase =
      letterCount == 1 ? .italic(letters) : greekLetters[letters] != nil ? .greek(letters) : .upright(letters)
    return MathSymbol(base, subscripts: digits.isEmpty ? [] : [.text(digits)])
  }

  private static func isASCIILetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  private static func isASCIIDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }
}
