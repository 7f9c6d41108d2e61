/// Spells blocks as Markdown as they come, into one buffer: what `MarkdownRenderer.write` does
/// for a whole `Document`, without the document having to exist (a full derivation of a large
/// network is 120,000 blocks).
///
/// Blocks are separated by one blank line; figures are image links to `imageBase.svg` and
/// `imageBase-loss.svg`, or left out when there is no `imageBase`.
struct MarkdownWriter: BlockSink {
  /// The Markdown so far.
  private(set) var output: TextBuffer
  private let imageBase: String?

  /// A writer whose figures link to files named after `imageBase`, with room for about
  /// `capacity` bytes.
  init(imageBase: String?, capacity: Int) {
    output = TextBuffer(capacity: capacity)
    self.imageBase = imageBase
  }

  /// Appends a block, after a blank line unless it is the first.
  mutating func add(_ block: Document.Block) {
    if case .figure = block, imageBase == nil { return }
    if !output.isEmpty { output += "\n" }
    switch block {
    case let .heading(level, text):
      output += String(repeating: "#", count: min(max(level, 1), 6)) + " " + Escaping.markdown(text) + "\n"
    case let .headingWithMath(level, pieces):
      output += String(repeating: "#", count: min(max(level, 1), 6)) + " "
      append(pieces)
      output += "\n"
    case let .paragraph(pieces):
      append(pieces)
      output += "\n"
    case let .list(items):
      for item in items {
        output += "- "
        append(item)
        output += "\n"
      }
    case let .aligned(math):
      output += "$$\n\\begin{aligned}\n"
      output.append(math.tex)
      output += "\n\\end{aligned}\n$$\n"
    case let .table(header, rows):
      output += "| " + header.map { Escaping.markdown($0) }.joined(separator: " | ") + " |\n"
      output += "|" + String(repeating: " --- |", count: header.count) + "\n"
      for row in rows {
        output += "| "
        for (index, cell) in row.enumerated() {
          if index > 0 { output += " | " }
          append(cell)
        }
        output += " |\n"
      }
    case let .figure(figure):
      let target = MarkdownRenderer.linkTarget(figure.fileName(base: imageBase ?? ""))
      output += "![" + Escaping.markdown(figure.caption) + "](" + target + ")\n"
    }
  }

  /// Appends inline pieces: text escaped (as at the start of a block when nothing came before
  /// it), code, emphasis and `$math$`.
  private mutating func append(_ pieces: [Document.Inline]) {
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
        output += MarkdownRenderer.inlineSafe(tex)
        output += "$"
        last = UInt8(ascii: "$")
      }
    }
  }
}
