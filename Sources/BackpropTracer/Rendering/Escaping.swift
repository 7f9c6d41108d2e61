/// Escaping of untrusted text (titles, sources, names from a fixture) for the formats we write.
///
/// A fixture is a student's file: nothing in it may become Markdown structure, HTML, math or a
/// LaTeX command. Each function returns text that the format shows literally.
package enum Escaping {
  /// Text for Markdown (GitHub Flavored Markdown with math): the characters that open inline
  /// syntax (emphasis, code, links, tables, strike-through, escapes) are backslash-escaped, HTML
  /// characters become entities, `$` becomes `<span>&#36;</span>` so no math renderer pairs two
  /// of them (the span is GitHub's documented way; the entity keeps markdown-it's and MathJax's
  /// dollar-math rules from seeing a `$` at all), and line breaks and other control characters
  /// become spaces. A word with a backslash before a letter (`\input{x}`, `C:\notes`) is TeX or
  /// code mentioned in prose, so it goes in a code span, where no renderer reads it as math.
  /// Text that starts a block (`atBlockStart`, the default) also loses its leading spaces (an
  /// indented code block) and has block syntax at its start neutralised.
  package static func markdown(_ text: String, atBlockStart: Bool = true) -> String {
    if let plain = plainMarkdown(text, atBlockStart: atBlockStart) { return plain }
    var escaped = ""
    let body = atBlockStart ? text.drop(while: { $0 == " " || $0.isControl }) : Substring(text)
    if body.utf8.allSatisfy(isPlainMarkdown) {
      escaped = String(body)
    } else {
      escaped = markdownEscaped(body)
    }
    // Block syntax only matters at the start: `#`, `-`, `+`, `=`, or `1.` / `1)` would make a
    // heading, a list item or a numbered item of a paragraph.
    guard atBlockStart else { return escaped }
    if let first = escaped.first, "#-+=".contains(first) { escaped.insert("\\", at: escaped.startIndex) }
    let digits = escaped.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let marker = escaped.dropFirst(digits.count).first, marker == "." || marker == ")" {
      escaped.insert("\\", at: escaped.index(escaped.startIndex, offsetBy: digits.count))
    }
    return escaped
  }

  /// `markdown` for text of printable ASCII that needs no escape (table cells, most titles),
  /// byte by byte; nil for any other text.
  private static func plainMarkdown(_ text: String, atBlockStart: Bool) -> String? {
    var text = text
    guard text.withUTF8({ $0.allSatisfy(isPlainMarkdown) }) else { return nil }
    let utf8 = text.utf8
    // Only a leading space, a block marker or a digit (`1.`) changes text at a block start.
    guard atBlockStart, let start = utf8.first,
      start == UInt8(ascii: " ") || "#-+=".utf8.contains(start) || start >= UInt8(ascii: "0") && start <= UInt8(ascii: "9")
    else { return text }
    let body = utf8.drop { $0 == UInt8(ascii: " ") }
    guard let first = body.first else { return "" }
    if "#-+=".utf8.contains(first) { return "\\" + String(Substring(body)) }
    let digits = body.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    if !digits.isEmpty, let marker = body.dropFirst(digits.count).first, marker == UInt8(ascii: ".") || marker == UInt8(ascii: ")") {
      return String(Substring(digits)) + "\\" + String(Substring(body.dropFirst(digits.count)))
    }
    return body.count == utf8.count ? text : String(Substring(body))
  }

  /// True for a printable ASCII byte that Markdown shows as itself.
  private static func isPlainMarkdown(_ byte: UInt8) -> Bool {
    guard byte >= 0x20 && byte < 0x7F else { return false }
    switch byte {
    case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "$"), UInt8(ascii: "\\"),
      UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: "|"), UInt8(ascii: "~"):
      return false
    default:
      return true
    }
  }

  private static func markdownEscaped(_ body: Substring) -> String {
    let words = replacing(body) { _ in nil }.split(separator: " ", omittingEmptySubsequences: false)
    return words.map { word in
      let isCode = zip(word, word.dropFirst()).contains { $0 == "\\" && $1.isASCII && $1.isLetter }
      return isCode ? "`" + markdownCode(String(word)) + "`" : markdownEscapedWord(word)
    }.joined(separator: " ")
  }

  /// A word of `markdown`'s text, its special characters escaped.
  private static func markdownEscapedWord(_ body: Substring) -> String {
    replacing(body) { character in
      switch character {
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "&": return "&amp;"
      case "$": return "<span>&#36;</span>"
      case "\\", "`", "*", "_", "[", "]", "|", "~": return "\\" + String(character)
      default: return nil
      }
    }
  }

  /// Text for a Markdown code span: backticks and control characters cannot occur inside it,
  /// so they are replaced.
  package static func markdownCode(_ text: String) -> String {
    String(text.map { $0 == "`" || $0.isControl ? "'" : $0 })
  }

  /// Text for SVG (XML) character data and attribute values: the five XML specials become
  /// entities and control characters, which XML 1.0 forbids, become spaces.
  package static func svg(_ text: String) -> String {
    replacing(text) { character in
      switch character {
      case "&": return "&amp;"
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "\"": return "&quot;"
      case "'": return "&apos;"
      default: return nil
      }
    }
  }

  /// `text` character by character: each character `replacement` names becomes what it names,
  /// any other control character a space, the rest stays.
  private static func replacing(_ text: some StringProtocol, _ replacement: (Character) -> String?) -> String {
    var escaped = ""
    for character in text {
      if let replaced = replacement(character) {
        escaped += replaced
      } else if character.isControl {
        escaped += " "
      } else {
        escaped.append(character)
      }
    }
    return escaped
  }

  /// A double-quoted string literal, as JSON and Graphviz's DOT write one: quotes and
  /// backslashes escaped, a line feed as `\n`, and each other control character (below U+0020,
  /// or U+007F) as `control` spells it (an empty string drops it).
  static func quoted(_ text: String, control: (Unicode.Scalar) -> String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F: output += control(scalar)
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}

extension Character {
  /// True for a control character (C0, DEL, C1), including line breaks and tabs.
  var isControl: Bool {
    unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }
}
