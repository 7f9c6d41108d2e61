/// A derivation as one self-contained web page: inline CSS, an inline SVG figure, the math as
/// MathML (which browsers render natively) and a small inline script that adds stepping.
///
/// Without the script the page shows the whole derivation. With it, a student can step through
/// the values one at a time (→, ←, space, buttons, a progress line), try each value before it is
/// revealed (judged by the rule of `verify` and `quiz`, from the rule table `Judge.ruleTableJSON`
/// written into the page), and copy the TeX of any step. The figure marks the neuron or the
/// weight of the current step.
///
/// The markup is XHTML-compatible (every element closed, every attribute quoted, numeric
/// entities only, the script and style in CDATA comments) and nothing in it loads anything: no
/// URL in any `src` or `href`. Every text from the fixture is escaped, so a fixture cannot put
/// markup or script into the page.
package enum HTMLRenderer {
  /// The page of `trace`'s derivation with `options` (notation, error term, precision, rounded
  /// intermediates; every value is derived, whatever `detail` and `only` say), its answers
  /// judged by `judge` (the fixture's). `notice`, when given, is shown under the title (a
  /// deliberate deviation's warning, `Variant.notice`).
  package static func render(
    _ trace: Trace, options: RenderOptions = RenderOptions(), judge: Judge = .standard, notice: Document.Block? = nil
  ) -> String {
    HTMLPage(walkthrough: Walkthrough(trace: trace, options: options), judge: judge).render(notice: notice)
  }
}

/// The pieces of one page, written in order into `output`.
struct HTMLPage {
  let walkthrough: Walkthrough
  let judge: Judge

  var trace: Trace { walkthrough.trace }

  func render(notice: Document.Block?) -> String {
    var notes: [Document.Inline]?
    if case let .paragraph(pieces) = notice { notes = pieces }
    return Self.document(
      title: trace.title, source: trace.source, notice: notes, judge: judge, capacity: 16_384 + trace.count * 1_200
    ) { output in
      writeGiven(to: &output)
      writeSteps(to: &output)
    }
  }

  /// The estimated size past which a page is long (`HTMLPageStyle`): some 400 steps.
  static let longPage = 500_000

  /// A whole page of about `capacity` bytes: the head, the title, the source, the notice, the
  /// introduction and the controls, then `main` (the derivation), the judge's rule table and the
  /// script.
  static func document(
    title: String, source: String, notice: [Document.Inline]?, judge: Judge, capacity: Int,
    main: (inout String) -> Void
  ) -> String {
    var output = ""
    output.reserveCapacity(capacity)
    writeHead(title: title, to: &output)
    output += "<body>\n<header>\n<h1>\(Escaping.svg(title))</h1>\n"
    if !source.isEmpty { output += "<p class=\"source\"><em>Source:</em> \(Escaping.svg(source))</p>\n" }
    if let notice {
      output += "<p class=\"notice\" role=\"note\">"
      write(notice, to: &output)
      output += "</p>\n"
    }
    output += introduction
    output += controls
    output += capacity > longPage ? "</header>\n<main class=\"long\">\n" : "</header>\n<main>\n"
    main(&output)
    output += "</main>\n"
    writeData(judge: judge, to: &output)
    output += "<script>//<![CDATA[\n" + HTMLPageScript.source + "//]]></script>\n</body>\n</html>\n"
    return output
  }

  /// The document's start: doctype, `<head>` with the title and the style.
  static func writeHead(title: String, to output: inout String) {
    output += """
      <!DOCTYPE html>
      <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
      <head>
      <meta charset="utf-8" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="generator" content="backprop-trace" />
      <title>\(Escaping.svg(title))</title>
      <style>/*<![CDATA[*/\n\(HTMLPageStyle.css)/*]]>*/</style>
      </head>

      """
  }

  /// What the page is and how to use it; the script shows the controls it describes.
  static let introduction = """
    <p class="intro">Every value of the derivation is below: the formula, the formula with the numbers \
    substituted, and the result. <span class="scripted">Press <kbd>Step through</kbd> to hide the results \
    and reveal them one at a time (<kbd>→</kbd> or <kbd>Space</kbd> reveals, <kbd>←</kbd> hides), or \
    <kbd>Try it</kbd> to type each value before it is revealed. A network's figure marks the neuron or \
    weight of the current step; each step's TeX can be copied.</span></p>

    """

  /// The stepping controls, hidden until the script shows them (a page without the script shows
  /// everything and has nothing to press).
  static let controls = """
    <div class="controls" id="controls" role="group" aria-label="Stepping" hidden="hidden">
    <button type="button" id="mode-all" aria-pressed="true">Show everything</button>
    <button type="button" id="mode-step" aria-pressed="false">Step through</button>
    <button type="button" id="mode-try" aria-pressed="false">Try it</button>
    <span class="stepping">
    <button type="button" id="previous" aria-keyshortcuts="ArrowLeft" aria-label="Hide the last value">←</button>
    <button type="button" id="next" aria-keyshortcuts="ArrowRight Space" aria-label="Reveal the next value">→</button>
    <span id="progress" class="progress"></span>
    </span>
    </div>
    <p id="announce" class="visually-hidden" aria-live="polite"></p>

    """

  /// Running text, escaped; TeX in it (none of the texts written here has any) as code.
  static func write(_ pieces: [Document.Inline], to output: inout String) {
    for piece in pieces {
      switch piece {
      case let .text(text): output += Escaping.svg(text)
      case let .emphasis(text): output += "<strong>\(Escaping.svg(text))</strong>"
      case let .code(text), let .math(text): output += "<code>\(Escaping.svg(text))</code>"
      }
    }
  }

  /// The judge's rule table for the script, as JSON in a data block: `<`, `>` and `&` are
  /// written as JSON escapes, so no name in it can end the block or read as markup.
  static func writeData(judge: Judge, to output: inout String) {
    var json = ""
    for character in judge.ruleTableJSON.unicodeScalars {
      switch character {
      case "<": json += "\\u003c"
      case ">": json += "\\u003e"
      case "&": json += "\\u0026"
      default: json.unicodeScalars.append(character)
      }
    }
    output += "<script type=\"application/json\" id=\"judge-rules\">\n\(json)</script>\n"
  }
}
