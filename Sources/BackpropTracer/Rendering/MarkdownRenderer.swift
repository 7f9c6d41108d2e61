/// Writes documents as GitHub Flavored Markdown with math: `$...$` inline, `$$` display blocks
/// holding `aligned` environments, following the rules that make the same file render on GitHub,
/// KaTeX and MathJax (see `shared/tools/README.md`). Figures are image links to SVG files named
/// after `imageBase` (`SVGRenderer.images` writes them); without an `imageBase` (Markdown that
/// goes to standard output, with no files beside it) figures are left out.
public enum MarkdownRenderer {
  /// The derivation of `trace` as Markdown, its figures linked as `imageBase.svg` and
  /// `imageBase-loss.svg` (no figures when `imageBase` is nil).
  ///
  /// The derivation is written as it is built, block by block, never held as a `Document`.
  public static func render(_ trace: Trace, options: RenderOptions = RenderOptions(), imageBase: String?) -> String {
    let walkthrough = Walkthrough(trace: trace, options: options)
    var writer = MarkdownWriter(imageBase: imageBase, capacity: walkthrough.estimatedSize)
    walkthrough.write(to: &writer)
    return writer.output.text
  }

  /// A document as Markdown; blocks are separated by one blank line and the text ends with a
  /// newline.
  package static func write(_ document: Document, imageBase: String?) -> String {
    var writer = MarkdownWriter(imageBase: imageBase, capacity: document.estimatedSize)
    for block in document.blocks { writer.add(block) }
    return writer.output.text
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

  /// Inline TeX that Markdown leaves alone: an underscore after a non-alphanumeric character
  /// (`}_{`) gets a space after it, so it cannot open emphasis; TeX ignores the space.
  static func inlineSafe(_ tex: String) -> String {
    var tex = tex
    guard let spaces = tex.withUTF8(asciiSpacesNeeded) else { return unicodeInlineSafe(tex) }
    guard spaces > 0 else { return tex }
    return tex.withUTF8 { bytes in
      String(unsafeUninitializedCapacity: bytes.count + spaces) { buffer in
        var written = 0
        for index in bytes.indices {
          buffer[written] = bytes[index]
          written += 1
          if needsSpace(after: index, in: bytes) {
            buffer[written] = UInt8(ascii: " ")
            written += 1
          }
        }
        return written
      }
    }
  }

  /// `inlineSafe` character by character, for TeX that is not ASCII.
  private static func unicodeInlineSafe(_ tex: String) -> String {
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

  /// The number of spaces `inlineSafe` adds to ASCII TeX, or nil when the TeX is not ASCII.
  private static func asciiSpacesNeeded(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var spaces = 0
    for index in bytes.indices {
      guard bytes[index] < 0x80 else { return nil }
      if needsSpace(after: index, in: bytes) { spaces += 1 }
    }
    return spaces
  }

  /// True when the byte at `index` is an underscore that could open emphasis: after neither a
  /// backslash nor a letter or digit (the start counts as a space), and before something other
  /// than a space.
  private static func needsSpace(after index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard bytes[index] == UInt8(ascii: "_"), index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: " ") else {
      return false
    }
    guard index > 0 else { return true }
    let previous = bytes[index - 1]
    let isAlphanumeric =
      (previous | 0x20) >= UInt8(ascii: "a") && (previous | 0x20) <= UInt8(ascii: "z")
      || previous >= UInt8(ascii: "0") && previous <= UInt8(ascii: "9")
    return previous != UInt8(ascii: "\\") && !isAlphanumeric
  }
}
