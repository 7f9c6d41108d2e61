import BackpropTracer
import Foundation
import Testing

@Suite("Golden files")
struct GoldenFileTests {
  @Test("Every file in Walkthroughs/ equals a fresh render of the fixtures")
  func walkthroughsAreCurrent() throws {
    let sources = try Repository.fixtureNames.map { ($0, try Repository.fixture($0)) }
    let files = try WalkthroughFiles.render(sources)
    let recording = ProcessInfo.processInfo.environment["BACKPROP_RECORD"] == "1"
    for file in files {
      let url = Repository.walkthroughs.appendingPathComponent(file.name)
      if recording {
        try Data(file.contents.utf8).write(to: url, options: .atomic)
        Issue.record("recorded \(file.name); run again without BACKPROP_RECORD to check")
        continue
      }
      let stored = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
      #expect(stored == file.contents, "\(file.name) is stale (regenerate with BACKPROP_RECORD=1 or `backprop-trace walkthroughs`):\n\(lineDiff(stored, file.contents))")
    }
  }

  /// The first differing lines of two texts, numbered, with the stored (−) and fresh (+) versions.
  private func lineDiff(_ stored: String, _ fresh: String) -> String {
    let old = stored.split(separator: "\n", omittingEmptySubsequences: false)
    let new = fresh.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) where lines.count < 30 {
      let a = index < old.count ? String(old[index]) : nil, b = index < new.count ? String(new[index]) : nil
      guard a != b else { continue }
      if let a { lines.append("\(index + 1) - \(a)") }
      if let b { lines.append("\(index + 1) + \(b)") }
    }
    return lines.joined(separator: "\n")
  }
}
