import BackpropTracer
import Foundation
import Testing

/// The first line where two texts differ, as a short report; nil when they are equal.
func lineDifference(expected: String, actual: String) -> String? {
  guard expected != actual else { return nil }
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let line = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
  let was = line < old.count ? String(old[line]) : "(end of file)"
  let now = line < new.count ? String(new[line]) : "(end of file)"
  return "first difference at line \(line + 1):\n- \(was)\n+ \(now)"
}

@Suite("Golden files")
struct GoldenFileTests {
  @Test("Walkthroughs/ holds exactly what the current code generates from Fixtures/")
  func walkthroughsAreCurrent() throws {
    let sources = try Repository.fixtureNames.map { (name: $0, fixture: try Repository.fixture($0)) }
    let files = try WalkthroughFiles.render(sources)
    let recording = ProcessInfo.processInfo.environment["BACKPROP_RECORD"] == "1"
    for file in files {
      let url = Repository.walkthroughs.appendingPathComponent(file.name)
      if recording {
        try Data(file.contents.utf8).write(to: url, options: .atomic)
        continue
      }
      #expect(!file.contents.contains("NaN") && !file.contents.contains("Infinity"), "\(file.name) prints a value that is not a number")
      let stored = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      if let difference = lineDifference(expected: stored, actual: file.contents) {
        Issue.record("Walkthroughs/\(file.name) is out of date; run `swift run backprop-trace walkthroughs` (or BACKPROP_RECORD=1 swift test). \(difference)")
      }
    }
    let stored = try FileManager.default.contentsOfDirectory(atPath: Repository.walkthroughs.path).sorted()
    let generated = files.map(\.name).sorted()
    #expect(stored == generated, "Walkthroughs/ should hold exactly the generated files")
    #expect(!recording, "re-recorded the golden files; run the tests again without BACKPROP_RECORD")
  }

  @Test("Rendering is deterministic: the same trace gives byte-identical output")
  func deterministic() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    #expect(MarkdownRenderer.render(try fixture.trace(), imageBase: "mazur-2-2-2") == MarkdownRenderer.render(try fixture.trace(), imageBase: "mazur-2-2-2"))
    #expect(JSONRenderer.render(try fixture.trace()) == JSONRenderer.render(try fixture.trace()))
  }

  @Test("The line difference names the first differing line")
  func differenceReport() {
    #expect(lineDifference(expected: "a\nb\nc", actual: "a\nx\nc") == "first difference at line 2:\n- b\n+ x")
    #expect(lineDifference(expected: "a", actual: "a") == nil)
  }
}
