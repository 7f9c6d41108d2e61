/// A derivation cut into slides: a title slide, then the document's blocks in order, each
/// display, table, list or figure on a frame of its own (long ones over several frames), with the
/// paragraphs that lead to it, under the headings of its section.
///
/// A frame holds at most `rowsPerFrame` rows of aligned math, `tableRowsPerFrame` table rows
/// and `itemsPerFrame` list items, so that nothing is shrunk far to fit; what remains continues
/// on the next frame.
struct BeamerDeck {
  /// One frame (slide) of the deck.
  struct Frame {
    /// The section's heading.
    var title: String
    /// The headings below the section (a layer, an example), joined; "continued" on a
    /// frame that goes on with the block before.
    var subtitle: String?
    /// The paragraphs before the content, shown from the first overlay.
    var paragraphs: [[Document.Inline]]
    /// The content: a display's lines, revealed one step at a time, or any other block.
    var content: Content?
    /// The network with the edge of the step highlighted, shown beside the content.
    var stepFigure: Figure?
  }

  /// What a frame shows below its paragraphs.
  enum Content {
    /// Lines of aligned math, each revealed formula → substitution → result.
    case math([Document.AlignedLine])
    /// A table, a list or a figure, shown whole.
    case block(Document.Block)
  }

  /// Rows of aligned math (steps) on one frame, at most, unless one line alone has more.
  static let rowsPerFrame = 6
  /// Table rows on one frame, at most.
  static let tableRowsPerFrame = 8
  /// List items on one frame, at most.
  static let itemsPerFrame = 4

  /// The document's title.
  private(set) var title = ""
  /// The source and the introduction: the paragraphs before the first section.
  private(set) var titleParagraphs: [[Document.Inline]] = []
  /// The frames after the title frame.
  private(set) var frames: [Frame] = []

  private var headings: [Int: String] = [:]
  private var pending: [[Document.Inline]] = []
  private var stepFigure: Figure?

  /// The deck of `document`.
  init(_ document: Document) {
    for block in document.blocks { add(block) }
    flush()
  }

  private var section: String { headings[2] ?? title }

  private var subsection: String? {
    let parts = headings.keys.sorted().filter { $0 > 2 }.compactMap { headings[$0] }
    return parts.isEmpty ? nil : parts.joined(separator: " | ")
  }

  private mutating func add(_ block: Document.Block) {
    switch block {
    case let .heading(level, text) where level <= 1:
      title = text
    case let .heading(level, text):
      flush()
      headings = headings.filter { $0.key < level }
      headings[level] = text
    case let .paragraph(pieces):
      if headings.isEmpty { titleParagraphs.append(pieces) } else { pending.append(pieces) }
    case let .aligned(math):
      for (index, chunk) in AlignedMath.chunks(of: math.lines, rows: Self.rowsPerFrame).enumerated() { addFrame(.math(chunk), continued: index > 0) }
    case let .table(header, rows):
      for (index, start) in stride(from: 0, to: max(rows.count, 1), by: Self.tableRowsPerFrame).enumerated() {
        let chunk = Array(rows[start..<min(start + Self.tableRowsPerFrame, rows.count)])
        addFrame(.block(.table(header: header, rows: chunk)), continued: index > 0)
      }
    case let .list(items):
      for (index, start) in stride(from: 0, to: max(items.count, 1), by: Self.itemsPerFrame).enumerated() {
        addFrame(.block(.list(Array(items[start..<min(start + Self.itemsPerFrame, items.count)]))), continued: index > 0)
      }
    case let .figure(.network(figure)) where !figure.highlighted.isEmpty:
      stepFigure = .network(figure)
    case .figure:
      addFrame(.block(block), continued: false)
    }
  }

  /// A frame of `content` under the current headings, with the paragraphs waiting.
  private mutating func addFrame(_ content: Content?, continued: Bool) {
    var subtitle = subsection
    if continued { subtitle = (subtitle.map { $0 + " " } ?? "") + "(continued)" }
    frames.append(Frame(title: section, subtitle: subtitle, paragraphs: pending, content: content, stepFigure: stepFigure))
    (pending, stepFigure) = ([], nil)
  }

  /// Paragraphs left without a block after them get a frame of their own.
  private mutating func flush() {
    if !pending.isEmpty { addFrame(nil, continued: false) }
  }
}
