import Foundation
import Testing

@testable import backprop_trace

/// Captures what a command writes.
struct CapturedOutput: CommandOutput {
  var standardOutput = ""
  var standardError = ""
  mutating func write(_ text: String) { standardOutput += text }
  mutating func writeError(_ text: String) { standardError += text }
}

/// The 2-2-2 fixture by its absolute path (tests never change the working directory).
let mazur = Repository.fixtures.appendingPathComponent("mazur-2-2-2.json").path

/// Runs the tool in-process.
func runTool(_ arguments: [String]) -> (code: Int32, output: String, error: String) {
  var captured = CapturedOutput()
  let code = Commands.run(arguments, output: &captured)
  return (code.rawValue, captured.standardOutput, captured.standardError)
}

@Suite("Command line")
struct CommandTests {
  @Test("check exits 0 when every printed value is reproduced, with a line per value")
  func checkPasses() {
    let run = runTool(["check", mazur])
    #expect(run.code == 0)
    #expect(run.output.contains("  truncated   dE_dw5             printed 0.08216, computed 0.082167041 (the book cut off the digits instead of rounding)\n"))
    #expect(run.output.hasSuffix("  25 of 25 printed values reproduced (8 as truncations)\n"))
    #expect(run.error.isEmpty)
  }

  @Test("check exits 1 and names both numbers when a printed value is not reproduced")
  func checkFails() throws {
    let text = try String(contentsOf: Repository.fixtures.appendingPathComponent("mazur-2-2-2.json"), encoding: .utf8)
      .replacingOccurrences(of: "\"net_h1\": \"0.3775\"", with: "\"net_h1\": \"0.3776\"")
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-check-\(UUID().uuidString).json")
    try Data(text.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = runTool(["check", file.path])
    #expect(run.code == 1)
    #expect(run.output.contains("  MISMATCH    net_h1             printed 0.3776, computed 0.3775 (difference -0.0001)\n"))
    #expect(run.output.hasSuffix("  24 of 25 printed values reproduced (8 as truncations); 1 not reproduced\n"))
  }

  @Test("Unusable input exits 2 with one line on standard error", arguments: [
    (["trace", "missing.json"], "error: missing.json: no such file\n"),
    (["trace", Repository.fixtures.path], "error: \(Repository.fixtures.path): is a folder, not a file\n"),
    (["trace", mazur, "--decimal", "3"],
     "error: unknown option --decimal for 'trace'; did you mean --decimals? (see 'backprop-trace --help')\n"),
    (["trace", mazur, "--decimals", "x"],
     "error: --decimals takes a whole number from 0 to 17, found 'x' (see 'backprop-trace --help')\n"),
    (["trace", mazur, "--format", "pdf"],
     "error: --format takes one of markdown, latex, json, html, found 'pdf' (see 'backprop-trace --help')\n"),
    (["trace"], "error: 'trace' takes exactly one fixture file, found 0 (see 'backprop-trace --help')\n"),
    (["chek", "x"], "error: unknown command 'chek'; did you mean 'check'? (see 'backprop-trace --help')\n"),
    (["check"], "error: 'check' needs at least one fixture file (see 'backprop-trace --help')\n"),
    (["trace", mazur, "--steps", "0"],
     "error: --steps takes a whole number from 1 to 10000000, found '0' (see 'backprop-trace --help')\n"),
  ])
  func unusableInput(arguments: [String], message: String) {
    let run = runTool(arguments)
    #expect(run.code == 2)
    #expect(run.error == message)
    #expect(run.output.isEmpty)
  }

  @Test("A malformed fixture gets its location and exit status 2")
  func malformedFixture() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-bad-\(UUID().uuidString).json")
    try Data("{\"title\": \"x\",\n  \"loss\": }".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = runTool(["trace", file.path])
    #expect(run.code == 2)
    #expect(run.error == "error: \(file.path):2:11: not valid JSON: expected a value, found '}'\n")
  }

  @Test("trace prints Markdown by default and JSON on request")
  func traceFormats() {
    let markdown = runTool(["trace", mazur, "--decimals", "5"])
    #expect(markdown.code == 0)
    #expect(markdown.output.hasPrefix("# Backpropagation step by step: the 2-2-2 sigmoid network\n"))
    #expect(markdown.output.contains("  &= 0.59327\n"))
    let json = runTool(["trace", mazur, "--format", "json", "--steps", "3"])
    #expect(json.code == 0)
    #expect(json.output.contains("    \"dE_dw5\": 0.08216704056423078,\n"))
    #expect(json.output.contains("    \"E_total_after_step3\": "))
  }

  @Test("--output writes the file atomically and prints nothing")
  func outputFile() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-out-\(UUID().uuidString).md")
    defer { try? FileManager.default.removeItem(at: file) }
    let run = runTool(["trace", mazur, "--output", file.path])
    #expect(run.code == 0)
    #expect(run.output.isEmpty)
    #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("# Backpropagation"))
  }

  @Test("A failing run leaves an existing output file as it was")
  func failedRunKeepsOutput() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-keep-\(UUID().uuidString).md")
    try Data("previous".utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = runTool(["trace", "missing.json", "--output", file.path])
    #expect(run.code == 2)
    #expect(try String(contentsOf: file, encoding: .utf8) == "previous")
  }

  @Test("--help lists the commands and the exit statuses")
  func help() {
    let run = runTool(["--help"])
    #expect(run.code == 0)
    #expect(run.output.contains("""
        2  unusable input: bad usage, a missing or malformed file, a value that overflowed, a request
           too large, an output that cannot be written (the message says where)

      """))
    let trace = runTool(["trace", "--help"])
    #expect(trace.code == 0)
    #expect(trace.output.contains("--decimals N"))
  }
}
