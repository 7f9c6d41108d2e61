/// A derivation as a format-neutral document: headings, paragraphs, display math and tables.
///
/// The walkthrough builder decides *what* to say; a writer (Markdown, LaTeX) decides only how to
/// spell it, escaping every piece of text for its format. Math is TeX built by the renderers
/// from symbols and numbers, never from fixture text.
package struct Document: Equatable, Sendable {
  /// A piece of running text.
  package enum Inline: Equatable, Sendable {
    /// Plain text; writers escape it (it may come from an untrusted fixture).
    case text(String)
    /// Inline TeX math.
    case math(String)
    /// Text in a fixed-width font (keys, file names); writers escape it.
    case code(String)
    /// Emphasised text; writers escape it.
    case emphasis(String)
  }

  /// One line of an aligned display: `symbol = step₁ = step₂ = …`.
  package struct AlignedLine: Equatable, Sendable {
    /// The left-hand side.
    package var symbol: String
    /// The right-hand sides, each after an `=`.
    package var steps: [String]
  }

  /// A block of the document.
  package enum Block: Equatable, Sendable {
    /// A heading; level 1 is the title.
    case heading(level: Int, text: String)
    /// A heading of text and math (a layer's units in a notation's symbols), below the title.
    case headingWithMath(level: Int, pieces: [Inline])
    /// A paragraph of inline pieces.
    case paragraph([Inline])
    /// A bulleted list, one item of inline pieces per bullet.
    case list([[Inline]])
    /// Display math: aligned lines, each symbol followed by its `= …` steps.
    case aligned(AlignedMath)
    /// A table: a header row and rows of cells.
    case table(header: [String], rows: [[[Inline]]])
    /// A figure: TikZ in LaTeX, an SVG file linked as an image in Markdown.
    case figure(Figure)
  }

  /// The blocks, in order.
  package var blocks: [Block] = []

  /// Creates an empty document.
  package init() {}

  /// Roughly the bytes a writer produces for this document (the math and text it holds plus a
  /// little markup per piece), so that it can reserve its output once instead of growing it.
  package var estimatedSize: Int {
    func size(_ pieces: [Inline]) -> Int {
      pieces.reduce(0) { total, piece in
        switch piece {
        case let .text(text), let .math(text), let .code(text), let .emphasis(text): return total + text.utf8.count + 4
        }
      }
    }
    return blocks.reduce(0) { total, block in
      switch block {
      case let .heading(_, text): return total + text.utf8.count + 16
      case let .headingWithMath(_, pieces): return total + size(pieces) + 16
      case let .paragraph(pieces): return total + size(pieces) + 2
      case let .list(items): return total + items.reduce(0) { $0 + size($1) + 8 }
      case let .aligned(math): return total + math.tex.count + 32
      case let .table(header, rows):
        return total + header.reduce(16) { $0 + $1.utf8.count + 12 } + rows.reduce(0) { $0 + $1.reduce(4) { $0 + size($1) + 3 } }
      case .figure: return total + 4096
      }
    }
  }

  /// Appends a block.
  package mutating func add(_ block: Block) { blocks.append(block) }
}

/// Where a builder puts a document's blocks, in order: a `Document` keeps them; a writer
/// (`MarkdownWriter`) spells each one as it comes, so that a large derivation is never held as
/// blocks.
protocol BlockSink {
  /// Takes the next block.
  mutating func add(_ block: Document.Block)
}

extension Document: BlockSink {}
