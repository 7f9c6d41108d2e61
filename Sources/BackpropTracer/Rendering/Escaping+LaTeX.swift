extension Escaping {
  /// Text for LaTeX running text (pdflatex, OT1 fonts, no extra packages): every character shows
  /// literally and none can start a command, a group, math, a comment, an alignment or a
  /// ligature.
  ///
  /// - The ten specials `\ { } $ & # % _ ~ ^` and `< > | '` and `` ` `` and `-` (whose OT1
  ///   glyphs or ligatures differ from the character) become commands or are broken with `{}`,
  ///   so `\input{/etc/passwd}` prints as written; `"` and `'` become opening or closing curly
  ///   quotes (an apostrophe a closing one).
  /// - pdflatex rejects raw Unicode, so common characters are spelled in LaTeX (Greek letters,
  ///   dashes, quotes, ×, →, accented Latin letters); any other becomes the literal `[U+XXXX]`.
  /// - Line breaks and other control characters become spaces.
  package static func latex(_ text: String) -> String {
    // Letters, digits, spaces and harmless punctuation stand for themselves.
    if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) && !latexSpecials.contains($0) }) { return text }
    var escaped = ""
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": escaped += quote(after: previous, opening: "{``}", closing: "{''}")
      case "'": escaped += quote(after: previous, opening: "{`}", closing: "{'}")
      default: escaped += latex(scalar)
      }
      previous = scalar
    }
    return escaped
  }

  /// A straight quote as the curly quote it stands for: opening at the start, after a space or
  /// an opening bracket, else closing (an apostrophe, "the error's slope", is a closing single
  /// quote). OT1 (pdflatex's default encoding) has no straight double quote (`\textquotedbl`
  /// fails to compile) and its straight single quote (`\textquotesingle`) is a typewriter glyph
  /// that reads oddly in running text; both curly quotes are characters or ligatures, braced so
  /// that they never join a neighbour.
  private static func quote(after previous: Unicode.Scalar, opening: String, closing: String) -> String {
    previous.properties.isWhitespace || "([{<".unicodeScalars.contains(previous) || previous.value < 0x20 ? opening : closing
  }

  /// The ASCII characters `latex(_:)` spells differently.
  private static let latexSpecials: Set<UInt8> = Set("\\{}$&#%_~^<>|\"'`-".utf8)

  private static func latex(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\\": return "\\textbackslash{}"
    case "{": return "\\{"
    case "}": return "\\}"
    case "$": return "\\$"
    case "&": return "\\&"
    case "#": return "\\#"
    case "%": return "\\%"
    case "_": return "\\_"
    case "~": return "\\textasciitilde{}"
    case "^": return "\\textasciicircum{}"
    case "<": return "\\textless{}"
    case ">": return "\\textgreater{}"
    case "|": return "\\textbar{}"
    case "`": return "\\textasciigrave{}"
    case "-": return "-{}"
    case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value): return " "
    case _ where scalar.isASCII: return String(scalar)
    default:
      if let spelled = latexSpellings[scalar] { return spelled }
      if let name = greekLetterNames[scalar] { return "\\ensuremath{\\\(name)}" }
      return "[U+" + hexadecimal(scalar.value) + "]"
    }
  }

  private static func hexadecimal(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// Punctuation, symbols and accented Latin letters, as LaTeX without extra packages.
  private static let latexSpellings: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [
      "\u{2013}": "{--}", "\u{2014}": "{---}", "\u{2212}": "\\ensuremath{-}",
      "\u{2018}": "{`}", "\u{2019}": "{'}", "\u{201C}": "{``}", "\u{201D}": "{''}",
      "\u{00AB}": "\\ensuremath{\\langle\\langle}", "\u{00BB}": "\\ensuremath{\\rangle\\rangle}",
      "\u{2026}": "\\ldots{}", "\u{00A0}": "~", "\u{00D7}": "\\ensuremath{\\times}",
      "\u{00B7}": "\\ensuremath{\\cdot}", "\u{2192}": "\\ensuremath{\\rightarrow}",
      "\u{2190}": "\\ensuremath{\\leftarrow}", "\u{2264}": "\\ensuremath{\\le}",
      "\u{2265}": "\\ensuremath{\\ge}", "\u{2260}": "\\ensuremath{\\ne}",
      "\u{2248}": "\\ensuremath{\\approx}", "\u{00B1}": "\\ensuremath{\\pm}",
      "\u{2202}": "\\ensuremath{\\partial}", "\u{2211}": "\\ensuremath{\\sum}",
      "\u{221E}": "\\ensuremath{\\infty}", "\u{00B0}": "\\ensuremath{^{\\circ}}",
      "\u{00A7}": "\\S{}", "\u{00B6}": "\\P{}", "\u{00A9}": "\\copyright{}",
      "\u{00DF}": "\\ss{}", "\u{00E6}": "\\ae{}", "\u{00C6}": "\\AE{}", "\u{00F8}": "\\o{}",
      "\u{00D8}": "\\O{}", "\u{0153}": "\\oe{}", "\u{0152}": "\\OE{}", "\u{00E5}": "\\aa{}",
      "\u{00C5}": "\\AA{}", "\u{0142}": "\\l{}", "\u{0141}": "\\L{}", "\u{0131}": "\\i{}", "\u{03BF}": "o",
    ]
    // Letter, accent command, then the letters that take it (lower and upper case).
    let accents: [(String, String, String)] = [
      ("\\'", "aeiouyc", "\u{E1}\u{E9}\u{ED}\u{F3}\u{FA}\u{FD}\u{107}"),
      ("\\'", "AEIOUYC", "\u{C1}\u{C9}\u{CD}\u{D3}\u{DA}\u{DD}\u{106}"),
      ("\\`", "aeiou", "\u{E0}\u{E8}\u{EC}\u{F2}\u{F9}"), ("\\`", "AEIOU", "\u{C0}\u{C8}\u{CC}\u{D2}\u{D9}"),
      ("\\^", "aeiou", "\u{E2}\u{EA}\u{EE}\u{F4}\u{FB}"), ("\\^", "AEIOU", "\u{C2}\u{CA}\u{CE}\u{D4}\u{DB}"),
      ("\\\"", "aeiouy", "\u{E4}\u{EB}\u{EF}\u{F6}\u{FC}\u{FF}"), ("\\\"", "AEIOU", "\u{C4}\u{CB}\u{CF}\u{D6}\u{DC}"),
      ("\\~", "ano", "\u{E3}\u{F1}\u{F5}"), ("\\~", "ANO", "\u{C3}\u{D1}\u{D5}"),
      ("\\c", "cs", "\u{E7}\u{15F}"), ("\\c", "CS", "\u{C7}\u{15E}"),
      ("\\v", "cszenr", "\u{10D}\u{161}\u{17E}\u{11B}\u{148}\u{159}"),
      ("\\v", "CSZENR", "\u{10C}\u{160}\u{17D}\u{11A}\u{147}\u{158}"),
    ]
    for (command, letters, accented) in accents {
      for (letter, scalar) in zip(letters, accented.unicodeScalars) {
        // An accent on i sits on the dotless ı.
        table[scalar] = command + "{" + (letter == "i" ? "\\i" : String(letter)) + "}"
      }
    }
    return table
  }()

  /// Greek letters by code point: lower case α…ω, and the upper case letters that differ from
  /// Latin ones.
  private static let greekLetterNames: [Unicode.Scalar: String] = {
    var table: [Unicode.Scalar: String] = [:]
    let lower = [
      "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda",
      "mu", "nu", "xi", "", "pi", "rho", "varsigma", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
    ]
    // Omicron ("") has no command: it is the Latin o, in the spellings.
    for (offset, name) in lower.enumerated() where !name.isEmpty {
      if let scalar = Unicode.Scalar(0x3B1 + UInt32(offset)) { table[scalar] = name }
    }
    let upper: [(UInt32, String)] = [
      (0x393, "Gamma"), (0x394, "Delta"), (0x398, "Theta"), (0x39B, "Lambda"), (0x39E, "Xi"), (0x3A0, "Pi"),
      (0x3A3, "Sigma"), (0x3A5, "Upsilon"), (0x3A6, "Phi"), (0x3A8, "Psi"), (0x3A9, "Omega"),
    ]
    for (value, name) in upper {
      if let scalar = Unicode.Scalar(value) { table[scalar] = name }
    }
    return table
  }()
}
