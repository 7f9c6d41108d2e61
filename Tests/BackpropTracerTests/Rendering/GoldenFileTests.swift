import BackpropTracer
import Foundation
import Testing

@Suite("Golden files")
struct GoldenFileTests {
  @Test("Walkthroughs/ holds exactly what the current code generates from Fixtures/")
  func walkthroughsAreCurrent() throws {
    let sources = try Repository.fixtureNames.map { (name: $0, fixture: try Repository.fixture($0)) }
    let graphs = try Repository.graphFixtureNames.map { (name: $0, fixture: try Repository.graphFixture($0)) }
    let files = try WalkthroughFiles.render(sources, graphs: graphs)
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
        Issue.record("Walkthroughs/\(file.name) is out of date; run `swift run backprop-trace walkthroughs` (or BACKPROP_RECORD=1 swift test --filter Golden).\n\(difference)")
      }
    }
    let stored = try FileManager.default.contentsOfDirectory(atPath: Repository.walkthroughs.path).sorted()
    let generated = files.map(\.name).sorted()
    #expect(stored == generated, "Walkthroughs/ should hold exactly the generated files")
    #expect(!recording, "re-recorded the golden files; run the tests again without BACKPROP_RECORD")
  }

  @Test("The line diff shows each changed line with its context, and only those")
  func differenceReport() {
    #expect(lineDifference(expected: "a", actual: "a") == nil)
    #expect(lineDifference(expected: "a\nb\nc", actual: "a\nx\nc") == """
      2 lines differ (- expected, + actual):
      @@ line 1 of the expected, 1 of the actual @@
        a
      - b
      + x
        c
      """)
    let old = (1...40).map { "line \($0)" }
    var new = old
    new.remove(at: 9)
    new.insert("inserted", at: 30)
    #expect(lineDifference(expected: old.joined(separator: "\n"), actual: new.joined(separator: "\n")) == """
      2 lines differ (- expected, + actual):
      @@ line 8 of the expected, 8 of the actual @@
        line 8
        line 9
      - line 10
        line 11
        line 12
      @@ line 30 of the expected, 29 of the actual @@
        line 30
        line 31
      + inserted
        line 32
        line 33
      """)
  }

  @Test("The line diff of texts that differ everywhere is bounded, and of long texts fast")
  func differenceBounded() {
    let old = (0..<5_000).map { "old \($0)" }.joined(separator: "\n"), new = (0..<5_000).map { "new \($0)" }.joined(separator: "\n")
    #expect(lineDifference(expected: old, actual: new) == "more than 400 lines differ; the first at line 1:\n- old 0\n+ new 0")
    let some = (0..<5_000).map { $0.isMultiple(of: 50) ? "changed \($0)" : "old \($0)" }.joined(separator: "\n")
    let report = lineDifference(expected: old, actual: some) ?? ""
    #expect(report.hasPrefix("200 lines differ (- expected, + actual):\n@@ line 1 of the expected, 1 of the actual @@\n- old 0\n+ changed 0\n  old 1"))
    #expect(report.split(separator: "\n").count == 81 && report.hasSuffix(" more lines of the diff"))
  }
}
