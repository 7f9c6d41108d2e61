import Foundation
import Testing

@testable import backprop_trace

/// `--output` and `walkthroughs` write all or nothing: a failure never leaves a half-written file
/// nor destroys the previous one, and nothing is written where the user did not ask.
@Suite("Output safety")
struct OutputSafetyTests {
  /// A folder with `lecture.md` holding "previous".
  private func folderWithPrevious() throws -> (folder: URL, previous: URL) {
    let folder = try ExitCodeTests.folder()
    let previous = folder.appendingPathComponent("lecture.md")
    try Data("previous".utf8).write(to: previous)
    return (folder, previous)
  }

  private func contents(of folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test("An output path under a regular file fails with status 2 and leaves the file intact")
  func pathUnderAFile() throws {
    let (folder, previous) = try folderWithPrevious()
    for command in [["trace", mazur], ["graph", ExitCodeTests.graph], ["verify", mazur, ExitCodeTests.answers]] {
      let run = runTool(command + ["--output", previous.path + "/out.md"])
      #expect(run.code == 2, "\(command)")
      #expect(run.error.hasSuffix(": cannot be written (Not a directory); no file was changed\n"), "\(run.error)")
      #expect(run.error.contains(previous.path + "/out."), "the whole path, never cut: \(run.error)")
      #expect(try String(contentsOf: previous, encoding: .utf8) == "previous")
    }
    #expect(contents(of: folder) == ["lecture.md"], "no temporary file left behind")
  }

  @Test("A folder where the figure goes keeps the previous derivation and leaves no partial file")
  func figureFails() throws {
    let (folder, previous) = try folderWithPrevious()
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("lecture.svg"), withIntermediateDirectories: false)
    let run = runTool(["trace", mazur, "--output", previous.path])
    #expect(run.code == 2)
    #expect(run.error.hasSuffix("lecture.svg: is not a regular file, and the figure of \(previous.path) goes there; no file was changed\n"), "\(run.error)")
    #expect(try String(contentsOf: previous, encoding: .utf8) == "previous")
    #expect(contents(of: folder) == ["lecture.md", "lecture.svg"])
  }

  @Test("trace --output writes the derivation and its figure beside it, nothing else")
  func onlyWhereAsked() throws {
    let (folder, previous) = try folderWithPrevious()
    let run = runTool(["trace", mazur, "--output", previous.path])
    #expect(run.code == 0)
    #expect(run.output.isEmpty)
    #expect(contents(of: folder) == ["lecture.md", "lecture.svg"])
    #expect(try String(contentsOf: previous, encoding: .utf8).hasPrefix("# Backpropagation step by step"))
  }

  @Test("walkthroughs refuses a folder in place of any of its files before writing one")
  func walkthroughsBlocked() throws {
    let written = try ExitCodeTests.folder()
    #expect(runTool(["walkthroughs", "--output", written.path]).code == 0)
    let names = contents(of: written)
    for blocked in [names.first { $0 != "README.md" }, "README.md"] {
      let folder = try ExitCodeTests.folder()
      try FileManager.default.createDirectory(at: folder.appendingPathComponent(try #require(blocked)), withIntermediateDirectories: false)
      let previous = folder.appendingPathComponent(names.last { $0 != blocked && $0 != "README.md" } ?? "x")
      try Data("previous".utf8).write(to: previous)
      let failing = runTool(["walkthroughs", "--fixtures", Repository.fixtures.path, "--output", folder.path])
      #expect(failing.code == 2, "\(failing.error)")
      #expect(failing.error.hasSuffix("\(try #require(blocked)): is a folder; --output names a file; no file was changed\n"), "\(failing.error)")
      #expect(try String(contentsOf: previous, encoding: .utf8) == "previous")
      #expect(contents(of: folder).count == 2, "no temporary file left behind: \(contents(of: folder))")
    }
  }
}
