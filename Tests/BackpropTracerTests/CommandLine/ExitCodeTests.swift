import BackpropTracer
import Foundation
import Testing

@testable import backprop_trace

/// Every command's exit statuses: 0 success, 1 a mismatch (check, verify), 2 unusable input
/// with a one-line message, 3 an internal error asking for a report.
@Suite("Exit statuses of every command")
struct ExitCodeTests {
  static let graph = Repository.fixtures.appendingPathComponent("graphs/seed000-chain-rule.json").path
  static let answers = Repository.fixtures.appendingPathComponent("answers/mazur-2-2-2-student.txt").path
  static let missing = "/nonexistent/fixture.json"

  /// A fresh folder under the temporary directory.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-exit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test(
    "Each command exits 0 on success, 2 on unusable input with a message",
    arguments: [
      (["trace", mazur], 0), (["trace", missing], 2), (["trace", mazur, "--steps", "0"], 2),
      (["check", mazur], 0), (["check", missing], 2), (["check"], 2),
      (["verify", mazur, answers], 1), (["verify", mazur, missing], 2), (["verify", mazur], 2),
      (["graph", graph], 0), (["graph", missing], 2), (["graph", graph, "--format", "pdf"], 2),
      (["quiz", mazur, "--reveal"], 0), (["quiz", missing], 2), (["quiz", mazur, "--part", "sideways"], 2), (["quiz", mazur, "--only", "forward"], 2),
      (["walkthroughs", "--fixtures", "/nonexistent"], 2), (["walkthroughs", "extra"], 2),
      (["help"], 0), (["help", "trace"], 0), (["--help"], 0), (["trace", "--help"], 0), (["help", "frobnicate"], 2),
      (["frobnicate"], 2), ([], 2),
    ] as [([String], Int32)])
  func statuses(arguments: [String], code: Int32) {
    var input = ScriptedInput(lines: [])
    var captured = CapturedOutput()
    let status = Commands.run(arguments, input: &input, output: &captured).rawValue
    #expect(status == code, "\(arguments): \(captured.standardError)")
    if code == 2 {
      #expect(!captured.standardError.isEmpty)
      #expect(captured.standardError.split(separator: "\n").count <= 40, "a message, not a dump")
    }
    if code == 0 { #expect(!captured.standardOutput.isEmpty) }
  }

  @Test("verify exits 0 when every answer is right, 1 when one is wrong")
  func verifyStatuses() throws {
    let folder = try Self.folder()
    let name = "xor-linear-model"
    let trace = try Repository.fixture(name).trace()
    let fixture = Repository.fixtures.appendingPathComponent(name + ".json").path
    let key = trace.layout.keys[trace.layout.keys.count - 1]
    let value = NumberFormat.standard.plain(trace.values[trace.values.count - 1])
    let right = folder.appendingPathComponent("right.txt")
    try Data("\(key) = \(value)\n".utf8).write(to: right)
    #expect(runTool(["verify", fixture, right.path]).code == 0)
    let wrong = folder.appendingPathComponent("wrong.txt")
    try Data("\(key) = 12345.5\n".utf8).write(to: wrong)
    #expect(runTool(["verify", fixture, wrong.path]).code == 1)
  }

  @Test("walkthroughs exits 0 when it writes every file")
  func walkthroughsSucceeds() throws {
    let folder = try Self.folder()
    let run = runTool(["walkthroughs", "--output", folder.path])
    #expect(run.code == 0, "\(run.error)")
    #expect(run.output.hasPrefix("wrote "))
  }

  @Test("--help names every exit status")
  func helpNamesStatuses() {
    let help = runTool(["--help"]).output
    for code in ExitCode.allCases { #expect(singleSpaced(help).contains(singleSpaced(code.help)), "\(code)") }
    #expect(ExitCode.internalError.help.contains("please report it"))
  }
}
