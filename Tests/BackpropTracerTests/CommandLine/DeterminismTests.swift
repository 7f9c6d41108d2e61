import Foundation
import Testing

/// Output is byte-identical from one run to the next. Rendering twice in one process cannot show
/// a dependence on Dictionary or Set order, which Swift seeds afresh in every process: these
/// tests run the built tool twice, as separate processes, with per-process hashing left on.
@Suite("Deterministic output across processes")
struct DeterminismTests {
  /// Runs the tool twice with `arguments` and returns both outputs (standard output and error).
  static func twoRuns(_ arguments: [String]) throws -> (String, String) {
    let script = "unset SWIFT_DETERMINISTIC_HASHING; \"$TOOL\" \"$@\" 2>&1"
    let first = try ToolProcess.shell(script, arguments), second = try ToolProcess.shell(script, arguments)
    return (first.output, second.output)
  }

  @Test("trace prints the same bytes in two processes, for every fixture and format", arguments: try Repository.fixtureNames)
  func fixtures(name: String) throws {
    let path = Repository.fixtures.appendingPathComponent(name + ".json").path
    for format in ["markdown", "latex", "json"] {
      let (first, second) = try Self.twoRuns(["trace", path, "--format", format])
      #expect(!first.isEmpty)
      if let difference = lineDifference(expected: first, actual: second) {
        Issue.record("\(name) --format \(format) differs between two runs:\n\(difference)")
      }
    }
  }

  @Test("graph prints the same bytes in two processes, for every graph fixture", arguments: try Repository.graphFixtureNames)
  func graphs(name: String) throws {
    let path = Repository.fixtures.appendingPathComponent("graphs/\(name).json").path
    for format in ["markdown", "latex", "json"] {
      let (first, second) = try Self.twoRuns(["graph", path, "--format", format])
      #expect(!first.isEmpty)
      if let difference = lineDifference(expected: first, actual: second) {
        Issue.record("graph \(name) --format \(format) differs between two runs:\n\(difference)")
      }
    }
  }

  @Test("Generated fixtures trace and check the same in two processes (seeds 0–5)", arguments: 0..<UInt64(6))
  func generated(seed: UInt64) throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-determinism-\(seed)-\(UUID().uuidString).json")
    try Data(FixtureGenerator.json(seed: seed).utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    for arguments in [["trace", file.path], ["trace", file.path, "--format", "json"], ["check", file.path]] {
      let (first, second) = try Self.twoRuns(arguments)
      if let difference = lineDifference(expected: first, actual: second) {
        Issue.record("seed \(seed): \(arguments.joined(separator: " ")) differs between two runs:\n\(difference)")
      }
    }
  }
}
