/// The files of one derivation for a lecture: the Markdown or LaTeX text first, then (for
/// Markdown) the SVG figures it links, named after the same base.
public enum LectureFiles {
  /// The formats a derivation is written in.
  public enum Format: String, CaseIterable, Sendable {
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
  public static func render(
    _ trace: Trace, options: RenderOptions, format: Format, base: String?, fragment: Bool = false,
    notice: Document.Block? = nil
  ) -> [(name: String, contents: String)] {
    var options = options
    options.highlightsSteps = format == .beamer
    var document = Walkthrough(trace: trace, options: options).document()
    if let notice = notice ?? trace.declaredVariant?.declaredNotice {
      document.blocks.insert(notice, at: min(1, document.blocks.count))
    }
    return files(of: document, format: format, base: base, fragment: fragment, contents: options.detail != .compact)
  }

  /// The files of any document: `base.md` with its SVG figures, or `base.tex`; without a `base`
  /// the Markdown alone, without figures, under the name "".
  public static func files(
    of document: Document, format: Format, base: String?, fragment: Bool = false, contents: Bool = true
  ) -> [(name: String, contents: String)] {
    switch format {
    case .markdown:
      guard let base else { return [("", MarkdownRenderer.write(document, imageBase: nil))] }
      let imageBase = base.split(separator: "/").last.map(String.init) ?? base
      return [(base + ".md", MarkdownRenderer.write(document, imageBase: imageBase))]
        + SVGRenderer.images(of: document, base: imageBase).map { (base.dropLast(imageBase.count) + $0.name, $0.contents) }
    case .latex:
      return [((base ?? "") + ".tex", LaTeXRenderer.write(document, fragment: fragment, contents: contents))]
    case .beamer:
      return [((base ?? "") + ".tex", BeamerRenderer.write(document))]
    }
  }
}
