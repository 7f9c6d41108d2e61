import BackpropTracer
import Foundation
import Testing

/// The README's "Using the library" example is `Sources/library-example/main.swift`, byte for
/// byte: the build compiles it against the library's public API alone (it is a module of its
/// own, without `@testable`), and this suite runs it.
@Suite("README library example")
struct ReadmeExampleTests {
  /// The Swift block that follows the heading "## Using the library" in the README.
  static func readmeBlock() throws -> String {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let section = try #require(readme.range(of: "\n## Using the library\n"), "the README has the section")
    let rest = readme[section.upperBound...]
    let open = try #require(rest.range(of: "```swift\n"), "the section has a Swift block")
    let close = try #require(rest[open.upperBound...].range(of: "\n```\n"), "the block ends")
    return String(rest[open.upperBound..<close.lowerBound]) + "\n"
  }

  @Test("The README's example is the example target's source, byte for byte")
  func readmeIsTheTarget() throws {
    let source = try String(
      contentsOf: Repository.root.appendingPathComponent("Sources/library-example/main.swift"), encoding: .utf8)
    let block = try Self.readmeBlock()
    let difference = lineDifference(expected: source, actual: block) ?? ""
    #expect(block == source, "README block ≠ Sources/library-example/main.swift:\n\(difference)")
  }

  @Test("The example prints w5's new value and the Markdown the fixture's network gives")
  func exampleRuns() throws {
    let executable = URL(fileURLWithPath: ToolProcess.executable).deletingLastPathComponent()
      .appendingPathComponent("library-example").path
    let run = try ToolProcess.shell("\"$1\"", [executable])
    #expect(run.code == 0)
    #expect(run.error.isEmpty, "\(run.error)")
    let lines = run.output.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    try #require(lines.count == 2, "a line for w5, then the Markdown: \(run.output.prefix(300))")

    let fixture = try loadFixture(try String(contentsOf: Repository.fixtures.appendingPathComponent("mazur-2-2-2.json"), encoding: .utf8))
    let trace = try fixture.network.trace(fixture.examples, title: "The 2-2-2 network")
    let w5 = try #require(trace["w5_new"])
    #expect(lines[0] == "w5 after one step: \(w5)")
    #expect(PrintedNumber("0.35891")?.matches(w5) == true, "the book's number at its printed precision (Mazur cuts it off)")
    let markdown = MarkdownRenderer.render(trace, imageBase: nil)
    #expect(String(lines[1]) == markdown, "\(lineDifference(expected: markdown, actual: String(lines[1])) ?? "")")
  }
}
