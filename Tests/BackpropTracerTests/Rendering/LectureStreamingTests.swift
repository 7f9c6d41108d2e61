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
}
