/// Writes documents as GitHub Flavored Markdown with math: `$...$` inline, `$$` display blocks
/// holding `aligned` environments, following the rules that make the same file render on GitHub,
/// KaTeX and MathJax (see `shared/tools/README.md`). Figures are image links to SVG files named
/// after `imageBase` (`SVGRenderer.images` writes them); without an `imageBase` (Markdown that
/// goes to standard output, with no files beside it) figures are left out.
public enum MarkdownRenderer {
  /// The derivation of `trace` as Markdown, its figures linked as `imageBase.svg` and
  /// `imageBase-loss.svg` (no figures when `imageBase` is nil).
  public static func render(_ trace: Trace, options: RenderOptions = RenderOptions(), imageBase: String?) -> String {
    write(Walkthrough(trace: trace, options: options).document(), imageBase: imageBase)
  }

  /// A document as Markdown; blocks are separated by one blank line and the text ends with a
  /// newline.
  public static func write(_ document: Document, imageBase: String?) -> String {
    var output = ""
    output.reserveCapacity(document.estimatedSize)
    for block in document.blocks {
      if case .figure = block, imageBase == nil { continue }
      if !output.isEmpty { output += "\n" }
      switch block {
      case let .heading(level, text):
        output += String(repeating: "#", count: min(max(level, 1), 6)) + " " + Escaping.markdown(text) + "\n"
      case let .paragraph(pieces):
        append(pieces, to: &output)
        output += "\n"
      case let .list(items):
        for item in items {
          output += "- "
          append(item, to: &output)
          output += "\n"
        }
      case let .aligned(lines):
        output += "$$\n\\begin{aligned}\n"
        Self.append(lines, to: &output)
        output += "\n\\end{aligned}\n$$\n"
      case let .table(header, rows):
        output += "| " + header.map { Escaping.markdown($0) }.joined(separator: " | ") + " |\n"
        output += "|" + String(repeating: " --- |", count: header.count) + "\n"
        for row in rows {
          output += "| "
          for (index, cell) in row.enumerated() {
            if index > 0 { output += " | " }
            append(cell, to: &output)
          }
          output += " |\n"
        }
      case let .figure(figure):
        output += "![" + Escaping.markdown(figure.caption) + "](" + linkTarget(figure.fileName(base: imageBase ?? "")) + ")\n"
      }
    }
    return output
  }

  /// Aligned lines as `symbol &= step \\\\ &= step`, separated by `\\\\[6pt]`; shared with the LaTeX
  /// writer.
  static func append(_ lines: [Document.AlignedLine], to output: inout String) {
    for (index, line) in lines.enumerated() {
      if index > 0 { output += " \\\\[6pt]\n" }
      output += line.symbol
      if line.steps.isEmpty { output += " &= " }
      for (step, text) in line.steps.enumerated() {
        output += step == 0 ? " &= " : " \\\\\n  &= "
        output += text
      }
    }
  }

  /// A relative link target: letters, digits, `.`, `-`, `_` and `/` kept, anything else
  /// percent-encoded (UTF-8), so no file name can end the link or start Markdown syntax.
  static func linkTarget(_ path: String) -> String {
    var target = ""
    for byte in path.utf8 {
      let scalar = Unicode.Scalar(byte)
      if scalar.isASCIIAlphanumeric || "._-/".unicodeScalars.contains(scalar) {
        target.unicodeScalars.append(scalar)
      } else {
        let hex = String(byte, radix: 16, uppercase: true)
        target += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return target
  }

  /// Appends inline pieces: text escaped (as at the start of a block when nothing came before
  /// it), code, emphasis and `$math$`.
  private static func append(_ pieces: [Document.Inline], to output: inout String) {
    var last: UInt8?  // the last byte these pieces wrote
    func add(_ text: String) {
      output += text
      if let byte = text.utf8.last { last = byte }
    }
    for piece in pieces {
      switch piece {
      case let .text(text): add(Escaping.markdown(text, atBlockStart: last == nil))
      case let .code(text): add("`" + Escaping.markdownCode(text) + "`")
      case let .emphasis(text): add("*" + Escaping.markdown(text, atBlockStart: false) + "*")
      case let .math(tex):
        // The opening `$` needs a space (or the line start) before it; the closing one must
        // not be followed by a digit.
        if let byte = last, byte != UInt8(ascii: " ") { output += " " }
        output += "$"
        output += inlineSafe(tex)
        output += "$"
        last = UInt8(ascii: "$")
      }
    }
  }

  /// Inline TeX that Markdown leaves alone: an underscore after a non-alphanumeric character
  /// (`}_{`) gets a space after it, so it cannot open emphasis; TeX ignores the space.
  static func inlineSafe(_ tex: String) -> String {
    if tex.utf8.allSatisfy({ $0 < 0x80 }) { return asciiInlineSafe(tex) }
    var output = ""
    var previous: Character = " "
    var iterator = tex.makeIterator()
    var pending = iterator.next()
    while let character = pending {
      let next = iterator.next()
      output.append(character)
      if character == "_", previous != "\\", !(previous.isLetter || previous.isNumber),
        let next, next != " "
      {
        output.append(" ")
      }
      previous = character
      pending = next
    }
    return output
  }

  /// `inlineSafe` for ASCII TeX (all the renderers write), byte by byte.
  private static func asciiInlineSafe(_ tex: String) -> String {
    let utf8 = tex.utf8
    func isAlphanumeric(_ byte: UInt8) -> Bool {
      (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
        || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
    }
    var spaces = 0
    var previous = UInt8(ascii: " ")
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      index = utf8.index(after: index)
      if byte == UInt8(ascii: "_"), previous != UInt8(ascii: "\\"), !isAlphanumeric(previous), index < utf8.endIndex,
        utf8[index] != UInt8(ascii: " ")
      {
        spaces += 1
      }
      previous = byte
    }
    guard spaces > 0 else { return tex }
    return String(unsafeUninitializedCapacity: utf8.count + spaces) { buffer in
      var written = 0
      var previous = UInt8(ascii: " ")
      var index = utf8.startIndex
      while index < utf8.endIndex {
        let byte = utf8[index]
        index = utf8.index(after: index)
        buffer[written] = byte
        written += 1
        if byte == UInt8(ascii: "_"), previous != UInt8(ascii: "\\"), !isAlphanumeric(previous), index < utf8.endIndex,
          utf8[index] != UInt8(ascii: " ")
        {
          buffer[written] = UInt8(ascii: " ")
          written += 1
        }
        previous = byte
      }
      return written
    }
  }
}
