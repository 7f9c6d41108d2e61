/// The files of one derivation for a lecture: the Markdown or LaTeX text first, then (for
/// Markdown) the SVG figures it links, named after the same base.
package enum LectureFiles {
  /// The formats a derivation is written in.
  package enum Format: String, CaseIterable, Sendable {
    /// GitHub Flavored Markdown with math, and SVG figures beside it.
    case markdown
    /// A standalone LaTeX document (or a fragment) with TikZ figures.
    case latex
    /// A Beamer slide deck: a frame per step, revealed one step at a time.
    case beamer
  }

  /// The files for `trace`: `base.md` with `base.svg` (and `base-loss.svg` for several steps),
  /// or `base.tex` alone. Without a `base` (text for standard output) the Markdown comes alone,
  /// without figures, under the name "". A `notice` (a deliberate deviation's warning; by
  /// default, the notice of the deviation the trace's fixture declares) goes right after the
  /// title. A pure function of its arguments.
  package static func render(
    _ trace: Trace, options: RenderOptions, format: Format, base: String?, fragment: Bool = false,
    notice: Document.Block? = nil
  ) -> [(name: String, contents: String)] {
    guard format == .markdown else {
      let walkthrough = Walkthrough(trace: trace, options: lectureOptions(options, format: format))
      var document = walkthrough.document()
      if let notice = notice ?? trace.declaredVariant?.declaredNotice {
        document.blocks.insert(notice, at: min(1, document.blocks.count))
      }
      return files(
        of: document, format: format, base: base, fragment: fragment, compact: walkthrough.isCompact,
        layerFrames: options.detail == .summary && options.only == nil)
    }
    let markdown = streamedMarkdown(trace, options: options, base: base, notice: notice)
    return [(markdown.name, markdown.text.text)] + markdown.figures
  }

  /// `render` with the text as UTF-8 bytes, apart from the figures, for a file: Markdown is
  /// written as bytes, and a `String` of a large derivation would be checked and copied once
  /// more.
  package static func renderUTF8(
    _ trace: Trace, options: RenderOptions, format: Format, base: String?, fragment: Bool = false,
    notice: Document.Block? = nil
  ) -> (text: [UInt8], figures: [(name: String, contents: String)]) {
    guard format == .markdown else {
      let files = render(trace, options: options, format: format, base: base, fragment: fragment, notice: notice)
      return (Array((files.first?.contents ?? "").utf8), Array(files.dropFirst()))
    }
    var markdown = streamedMarkdown(trace, options: options, base: base, notice: notice)
    return (markdown.text.takeBytes(), markdown.figures)
  }

  /// The options a walkthrough in `format` is made with: Beamer highlights each step.
  private static func lectureOptions(_ options: RenderOptions, format: Format) -> RenderOptions {
    var options = options
    options.highlightsSteps = format == .beamer
    return options
  }

  /// The Markdown of `render`, written as the blocks come, never held as a `Document`: only
  /// the title and the figures are kept, for the SVG files.
  private static func streamedMarkdown(
    _ trace: Trace, options: RenderOptions, base: String?, notice: Document.Block?
  ) -> (name: String, text: TextBuffer, figures: [(name: String, contents: String)]) {
    let walkthrough = Walkthrough(trace: trace, options: lectureOptions(options, format: .markdown))
    let imageBase = base.map { $0.split(separator: "/").last.map(String.init) ?? $0 }
    var sink = LectureSink(
      writer: MarkdownWriter(imageBase: imageBase, capacity: walkthrough.estimatedSize),
      notice: notice ?? trace.declaredVariant?.declaredNotice)
    walkthrough.write(to: &sink)
    sink.finish()
    guard let base, let imageBase else { return ("", sink.writer.output, []) }
    let figures = SVGRenderer.images(of: sink.kept, base: imageBase).map {
      (name: String(base.dropLast(imageBase.count)) + $0.name, contents: $0.contents)
    }
    return (base + ".md", sink.writer.output, figures)
  }

  /// The files of any document: `base.md` with its SVG figures, or `base.tex`; without a `base`
  /// the Markdown alone, without figures, under the name ""; `compact` for a compact handout's
  /// LaTeX, `layerFrames` for a deck of a frame per layer (`--detail summary`).
  package static func files(
    of document: Document, format: Format, base: String?, fragment: Bool = false, compact: Bool = false,
    layerFrames: Bool = false
  ) -> [(name: String, contents: String)] {
    switch format {
    case .markdown:
      guard let base else { return [("", MarkdownRenderer.write(document, imageBase: nil))] }
      let imageBase = base.split(separator: "/").last.map(String.init) ?? base
      return [(base + ".md", MarkdownRenderer.write(document, imageBase: imageBase))]
        + SVGRenderer.images(of: document, base: imageBase).map { (base.dropLast(imageBase.count) + $0.name, $0.contents) }
    case .latex:
      return [((base ?? "") + ".tex", LaTeXRenderer.write(document, fragment: fragment, compact: compact))]
    case .beamer:
      return [((base ?? "") + ".tex", BeamerRenderer.write(document, layerFrames: layerFrames))]
    }
  }
}

/// Passes blocks on to a writer, with a notice right after the first (where `render` puts it in
/// a document), keeping the level-1 headings and the figures that the SVG files are drawn from.
private struct LectureSink<Writer: BlockSink>: BlockSink {
  var writer: Writer
  let notice: Document.Block?
  /// The title and the figures, in order.
  var kept = Document()
  private var count = 0

  init(writer: Writer, notice: Document.Block?) {
    self.writer = writer
    self.notice = notice
  }

  mutating func add(_ block: Document.Block) {
    writer.add(block)
    count += 1
    if count == 1, let notice { writer.add(notice) }
    switch block {
    case .heading(1, _), .figure: kept.add(block)
    default: break
    }
  }

  /// Adds the notice to a derivation without blocks.
  mutating func finish() {
    if count == 0, let notice { writer.add(notice) }
  }
}
