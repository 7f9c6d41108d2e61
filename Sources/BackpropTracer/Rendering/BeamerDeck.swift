/// A derivation cut into slides: a title slide, then the document's blocks in order, each
/// display, table, list or figure on a frame of its own (long ones over several frames), with the
/// paragraphs that lead to it, under the headings of its section.
///
/// A frame holds at most `rowsPerFrame` rows of aligned math, `tableRowsPerFrame` table rows
/// and `itemsPerFrame` list items, so that nothing is shrunk far to fit; what remains continues
/// on the next frame.
///
/// With `layerFrames` (`--detail summary`) a layer (a section below the forward or backward pass,
/// and the update) is one frame instead: the displays of its steps joined into one, revealed
/// line by line, with the table of its other values below (a long table continues on the next
/// frames); a derivation that explains a slope or a rule keeps a frame of its own.
struct BeamerDeck {
  /// One frame (slide) of the deck.
  struct Frame {
    /// The section's heading.
    var title: String
    /// The headings below the section (a layer, an example), joined; "continued" on a
    /// frame that goes on with the block before.
    var subtitle: [Document.Inline]?
    /// The paragraphs before the content, shown from the first overlay.
    var paragraphs: [[Document.Inline]]
    /// The content: a display's lines, revealed one step at a time, or any other block.
    var content: Content?
    /// The network with the edge of the step highlighted, shown beside the content.
    var stepFigure: Figure?
    /// Tables shown side by side below the content: a layer frame's other values.
    var tables: [Document.Block] = []
  }

  /// What a frame shows below its paragraphs.
  enum Content {
    /// Lines of aligned math, each revealed formula → substitution → result.
    case math([Document.AlignedLine])
    /// Lines of aligned math on a row each (a layer frame), revealed the same way.
    case rows([Document.AlignedLine])
    /// A table, a list or a figure, shown whole.
    case block(Document.Block)
  }

  /// Rows of aligned math (steps) on one frame, at most, unless one line alone has more.
  static let rowsPerFrame = 6
  /// Table rows on one frame, at most.
  static let tableRowsPerFrame = 8
  /// List items on one frame, at most.
  static let itemsPerFrame = 4
  /// Lines on a layer frame (a row each), at most.
  static let linesPerLayerFrame = 10
  /// Tables of `tableRowsPerFrame` rows side by side on a layer frame, at most.
  static let tablesPerLayerFrame = 3

  /// The document's title.
  private(set) var title = ""
  /// The source and the introduction: the paragraphs before the first section.
  private(set) var titleParagraphs: [[Document.Inline]] = []
  /// The frames after the title frame.
  private(set) var frames: [Frame] = []

  private var headings: [Int: [Document.Inline]] = [:]
  private var pending: [[Document.Inline]] = []
  private var stepFigure: Figure?
  /// Whether a layer is one frame (`--detail summary`).
  private let layerFrames: Bool
  /// The frame of the current layer, while it is being filled (with `layerFrames`).
  private var layer: Frame?

  /// The deck of `document`; with `layerFrames`, a frame per layer.
  init(_ document: Document, layerFrames: Bool = false) {
    self.layerFrames = layerFrames
    for block in document.blocks { add(block) }
    closeLayer()
    flush()
  }

  /// The current section's heading (always text).
  private var section: String {
    guard let pieces = headings[2] else { return title }
    return pieces.map { piece in
      if case let .text(text) = piece { return text }
      return ""
    }.joined()
  }

  private var subsection: [Document.Inline]? {
    let parts = headings.keys.sorted().filter { $0 > 2 }.compactMap { headings[$0] }
    return parts.isEmpty ? nil : Array(parts.joined(separator: [.text(" | ")]))
  }

  /// `subtitle` marked "(continued)".
  private static func continued(_ subtitle: [Document.Inline]?) -> [Document.Inline] {
    (subtitle.map { $0 + [.text(" ")] } ?? []) + [.text("(continued)")]
  }

  private mutating func add(_ block: Document.Block) {
    if layerFrames, addToLayer(block) { return }
    closeLayer()
    switch block {
    case let .heading(level, text) where level <= 1:
      title = text
    case let .heading(level, text):
      setHeading(level, [.text(text)])
    case let .headingWithMath(level, pieces):
      setHeading(level, pieces)
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
    if continued { subtitle = Self.continued(subtitle) }
    frames.append(Frame(title: section, subtitle: subtitle, paragraphs: pending, content: content, stepFigure: stepFigure))
    (pending, stepFigure) = ([], nil)
  }

  /// Adds a block to the current layer's frame (with `layerFrames`), opening one for a display of
  /// the traced steps; returns false for a block that goes on a frame of its own. Paragraphs
  /// between a layer's displays (the unit and parameter labels) are left out: each line's
  /// symbol names them. A step figure is left out too: a layer frame has many steps.
  private mutating func addToLayer(_ block: Document.Block) -> Bool {
    switch block {
    case let .aligned(math) where !math.explains:
      for line in math.lines {
        if layer == nil || layerLines.count >= Self.linesPerLayerFrame || layer?.tables.isEmpty == false { openLayer() }
        let lines = layerLines + [line]
        layer?.content = .rows(lines)
      }
      return true
    case let .table(header, rows) where layer != nil:
      for start in stride(from: 0, to: rows.count, by: Self.tableRowsPerFrame) {
        if (layer?.tables.count ?? 0) >= Self.tablesPerLayerFrame { openLayer() }
        layer?.tables.append(.table(header: header, rows: Array(rows[start..<min(start + Self.tableRowsPerFrame, rows.count)])))
      }
      return true
    case .paragraph where layer != nil:
      return true
    case let .figure(.network(figure)) where !figure.highlighted.isEmpty:
      return true
    default:
      return false
    }
  }

  /// The lines of the current layer's frame.
  private var layerLines: [Document.AlignedLine] {
    if case let .rows(lines)? = layer?.content { return lines }
    return []
  }

  /// Starts a frame for the current layer, "continued" when one was full.
  private mutating func openLayer() {
    var subtitle = subsection
    if layer != nil { subtitle = Self.continued(subtitle) }
    closeLayer()
    layer = Frame(title: section, subtitle: subtitle, paragraphs: pending, content: .rows([]), stepFigure: nil)
    (pending, stepFigure) = ([], nil)
  }

  /// A heading of `level`, in place of the one of that level and those below it.
  private mutating func setHeading(_ level: Int, _ pieces: [Document.Inline]) {
    flush()
    headings = headings.filter { $0.key < level }
    headings[level] = pieces
  }

  /// Ends the current layer's frame, if any.
  private mutating func closeLayer() {
    if let frame = layer { frames.append(frame) }
    layer = nil
  }

  /// Paragraphs left without a block after them get a frame of their own.
  private mutating func flush() {
    if !pending.isEmpty { addFrame(nil, continued: false) }
  }
}
