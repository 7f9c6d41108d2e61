import Foundation
@testable import BackpropTracer
import Testing

/// `LectureFiles.render` streams Markdown from the walkthrough to the writer; written from a whole
/// `Document` instead (notice inserted after the title, figures drawn from it), the files are the
/// same bytes.
@Suite("Lecture files streamed")
struct LectureStreamingTests {
  @Test(
    "Streamed Markdown and its SVG figures equal the document's, with and without a notice and a base",
    arguments: try Repository.fixtureNames { _ in true })
  func streamedEqualsDocument(_ name: String) throws {
    let trace = try Repository.fixture(name).trace(steps: 3)
    let options = RenderOptions()
    for notice in [nil, Variant.biasOmitted.notice] {
      for base in [nil, "out/\(name)"] {
        var document = Walkthrough(trace: trace, options: options).document()
        if let notice = notice ?? trace.declaredVariant?.declaredNotice {
          document.blocks.insert(notice, at: min(1, document.blocks.count))
        }
        let expected = LectureFiles.files(of: document, format: .markdown, base: base)
        let streamed = LectureFiles.render(trace, options: options, format: .markdown, base: base, notice: notice)
        #expect(streamed.map(\.name) == expected.map(\.name))
        #expect(streamed.map(\.contents) == expected.map(\.contents), "\(name), notice \(notice != nil), base \(base ?? "none")")
      }
    }
  }

  @Test(
    "The bytes the command line writes are the rendered text's, in every format and for the JSON export",
    arguments: try Repository.fixtureNames { _ in true })
  func bytesEqualText(_ name: String) throws {
    let trace = try Repository.fixture(name).trace(steps: 2)
    for format in LectureFiles.Format.allCases {
      for base in [nil, "out/\(name)"] {
        let text = LectureFiles.render(trace, options: RenderOptions(), format: format, base: base)
        let bytes = LectureFiles.renderUTF8(trace, options: RenderOptions(), format: format, base: base)
        #expect(bytes.text == Array(text[0].contents.utf8), "\(name), \(format), base \(base ?? "none")")
        #expect(bytes.figures.map(\.name) == text.dropFirst().map(\.name))
        #expect(bytes.figures.map(\.contents) == text.dropFirst().map(\.contents))
      }
    }
    #expect(JSONRenderer.renderUTF8(trace) == Array(JSONRenderer.render(trace).utf8))
  }

  @Test("A display's rows and lines read back as Foundation splits its TeX, separators side by side and non-ASCII included")
  func displaySplitsAsFoundation() {
    let lines = [
      Document.AlignedLine(symbol: "a", steps: ["b \\\\ c", "d &= e", ""]),
      Document.AlignedLine(symbol: "\\\\\\", steps: ["1"]),
      Document.AlignedLine(symbol: "x", steps: []),
    ]
    for text in [lines, lines + [Document.AlignedLine(symbol: "x_{\\mathrm{é}}", steps: ["2"])]] {
      for breaksBetweenRows in [false, true] {
        var math = AlignedMath()
        math.breaksBetweenRows = breaksBetweenRows
        for line in text { math.append(line) }
        #expect(math.rowCount == math.body.components(separatedBy: "\\\\").count)
        #expect(math.lines == Self.foundationLines(of: math), "rows \(breaksBetweenRows)")
      }
    }
  }

  /// `AlignedMath.lines` as Foundation's `components(separatedBy:)` reads them.
  private static func foundationLines(of math: AlignedMath) -> [Document.AlignedLine] {
    math.body.components(separatedBy: math.breaksBetweenRows ? AlignedMath.rowGap : AlignedMath.lineGap).map { line in
      let steps = line.components(separatedBy: AlignedMath.stepBreak)
      let first = steps[0].components(separatedBy: " &= ")
      let rest = first.dropFirst().joined(separator: " &= ")
      return Document.AlignedLine(symbol: first[0], steps: ((first.count > 1 ? [rest] : []) + steps.dropFirst()).filter { !$0.isEmpty })
    }
  }
}
