import Foundation
import Testing

/// The tool run as a process: a standard output that cannot be written ends it with one line and
/// status 2 (never a trap), a reader that goes away ends it quietly, and concurrent or killed
/// runs never mix or strand their files.
@Suite("Output of the tool as a process", .serialized)
struct ProcessOutputTests {
  @Test(
    "A full disk or a closed standard output is one line on standard error and status 2",
    arguments: [
      ("\"$TOOL\" check \"$1\" > /dev/full", "No space left on device"),
      ("\"$TOOL\" trace \"$1\" > /dev/full", "No space left on device"),
      ("\"$TOOL\" graph \"$1\" --format dot > /dev/full", "No space left on device"),
      ("\"$TOOL\" quiz \"$1\" >&-", "Bad file descriptor"),
      ("\"$TOOL\" trace \"$1\" >&-", "Bad file descriptor"),
      ("\"$TOOL\" help >&-", "Bad file descriptor"),
    ])
  func unwritable(script: String, reason: String) throws {
    let run = try ToolProcess.shell(script, [mazur])
    #expect(run.code == 2, "\(script): \(run.error)")
    #expect(run.error == "error: standard output cannot be written (\(reason)); the output is incomplete\n")
  }

  @Test("A reader that stops early (head) ends the run quietly with status 0")
  func closedReader() throws {
    let folder = try ExitCodeTests.folder()
    let big = folder.appendingPathComponent("wide.json")
    try Data(Self.wideFixture(inputs: 400).utf8).write(to: big)
    let run = try ToolProcess.shell(
      "{ \"$TOOL\" trace \"$1\"; echo $? > status; } | head -c 10 > /dev/null; cat status", [big.path], in: folder)
    #expect(run.output == "0\n", "\(run)")
    #expect(run.error.isEmpty, "\(run.error)")
  }

  @Test("40 concurrent runs to one --output leave a derivation and the figure of the same run")
  func concurrentRuns() throws {
    let folder = try ExitCodeTests.folder()
    let other = folder.appendingPathComponent("other.json")
    let text = try String(contentsOfFile: mazur, encoding: .utf8)
      .replacingOccurrences(of: "\"Backpropagation step by step: the 2-2-2 sigmoid network\"", with: "\"The other run\"")
    try Data(text.utf8).write(to: other)
    let runs = try (0..<40).map { index in
      try ToolProcess.start(
        index.isMultiple(of: 2) ? ["trace", mazur, "--output", "lecture.md"] : ["trace", other.path, "--output", "lecture.md", "--steps", "2"],
        in: folder)
    }
    for run in runs { run.waitUntilExit() }
    #expect(runs.allSatisfy { $0.terminationStatus == 0 })
    let markdown = try String(contentsOf: folder.appendingPathComponent("lecture.md"), encoding: .utf8)
    let figure = try String(contentsOf: folder.appendingPathComponent("lecture.svg"), encoding: .utf8)
    let title = try #require(markdown.split(separator: "\n").first).dropFirst(2)
    #expect(figure.contains(": \(title)</title>"), "the figure belongs to the derivation: \(title)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(!names.contains { $0.contains(".partial-") }, "\(names)")
  }

  @Test("A run writes its files under a lock on their folder: it waits while another holds it")
  func folderLock() throws {
    let folder = try ExitCodeTests.folder()
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY)
    #expect(descriptor >= 0 && flock(descriptor, LOCK_EX) == 0)
    let run = try ToolProcess.start(["trace", mazur, "--output", "lecture.md"], in: folder)
    Thread.sleep(forTimeInterval: 1)
    #expect(run.isRunning, "the run waits for the lock")
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("lecture.md").path))
    close(descriptor)
    run.waitUntilExit()
    #expect(run.terminationStatus == 0)
    #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("lecture.md").path))
  }

  @Test("Runs killed while writing leave no temporary file once the next run is over")
  func killedRuns() throws {
    let folder = try ExitCodeTests.folder()
    for delay in 1...10 {
      let run = try ToolProcess.start(["walkthroughs", "--fixtures", Repository.fixtures.path, "--output", "out"], in: folder)
      Thread.sleep(forTimeInterval: Double(delay) * 0.01)
      kill(run.processIdentifier, SIGKILL)
      run.waitUntilExit()
    }
    let last = try ToolProcess.start(["walkthroughs", "--fixtures", Repository.fixtures.path, "--output", "out"], in: folder)
    last.waitUntilExit()
    #expect(last.terminationStatus == 0)
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("out").path)
    #expect(!names.contains { $0.contains(".partial-") }, "\(names)")
    #expect(names.contains("README.md"))
  }

  /// A fixture with `inputs` inputs and one sigmoid neuron: its derivation is long (a line per
  /// weight), far more than a pipe holds.
  static func wideFixture(inputs: Int) -> String {
    let names = (0..<inputs).map { "\"x\($0)\"" }.joined(separator: ", ")
    let weights = (0..<inputs).map { "\"w\($0)\"" }.joined(separator: ", ")
    let values = (0..<inputs).map { "\"w\($0)\": 0.01" }.joined(separator: ", ")
    let given = (0..<inputs).map { "\"x\($0)\": 0.5" }.joined(separator: ", ")
    return """
      {"title": "wide", "loss": "halfSquaredError", "learningRate": 0.5,
       "network": {"inputs": [\(names)], "layers": [{"activation": "sigmoid", "neurons": ["o"], "weights": [[\(weights)]]}],
                   "parameters": {\(values)}},
       "example": {"inputs": {\(given)}, "targets": {"o": 1}}}
      """
  }
}
