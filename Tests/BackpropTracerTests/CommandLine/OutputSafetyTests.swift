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

  @Test("A figure that cannot be written keeps the previous derivation and leaves no partial file")
  func figureFails() throws {
    let (folder, previous) = try folderWithPrevious()
    // A folder where the figure goes: its temporary file writes, the rename over it fails.
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("lecture.svg"), withIntermediateDirectories: false)
    let run = runTool(["trace", mazur, "--output", previous.path])
    #expect(run.code == 2)
    #expect(run.error.hasSuffix(": cannot be written (Is a directory); no file was changed\n"), "\(run.error)")
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

  @Test("walkthroughs that fail partway exit 3 asking for a report; failing first changes nothing")
  func walkthroughsPartway() throws {
    let written = try ExitCodeTests.folder()
    #expect(runTool(["walkthroughs", "--output", written.path]).code == 0)
    let names = contents(of: written)
    let fixtures = Repository.fixtures.path
    // The last file's place taken by a folder: every other file was replaced before it failed.
    let late = try ExitCodeTests.folder()
    try FileManager.default.createDirectory(at: late.appendingPathComponent("README.md"), withIntermediateDirectories: false)
    let partway = runTool(["walkthroughs", "--fixtures", fixtures, "--output", late.path])
    #expect(partway.code == 3)
    #expect(partway.error.hasPrefix("error: internal error: "), "\(partway.error)")
    #expect(partway.error.contains(" could not replace the previous file (Is a directory) after "))
    #expect(partway.error.hasSuffix("so the output is partly updated; please report this, with the command you ran\n"))
    // The first file's place taken by a folder: nothing is replaced.
    let early = try ExitCodeTests.folder()
    let first = try #require(names.first { $0 != "README.md" })
    try FileManager.default.createDirectory(at: early.appendingPathComponent(first), withIntermediateDirectories: false)
    let previous = early.appendingPathComponent(names.last { $0 != first && $0 != "README.md" } ?? "x")
    try Data("previous".utf8).write(to: previous)
    let failing = runTool(["walkthroughs", "--fixtures", fixtures, "--output", early.path])
    #expect(failing.code == 2, "\(failing.error)")
    #expect(try String(contentsOf: previous, encoding: .utf8) == "previous")
    #expect(contents(of: early).count == 2, "no temporary file left behind: \(contents(of: early))")
  }
}
