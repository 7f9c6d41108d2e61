import BackpropTracer
import Foundation
import Testing

/// Requests too large to trace are refused before any work, naming what to change.
@Suite("The resource guard")
struct ResourceGuardTests {
  @Test("The estimate bounds every fixture's trace from above, within a small factor", arguments: try Repository.fixtureNames)
  func estimateBoundsTheTrace(name: String) throws {
    let fixture = try Repository.fixture(name)
    let count = try fixture.trace().layout.count
    #expect(fixture.estimatedRecordedValues() >= count)
    #expect(fixture.estimatedRecordedValues() <= 20 * count + 100)
  }

  @Test("A fixture declaring a million neurons is refused at once, by the scan before parsing")
  func millionNeurons() {
    let names = (0..<1_000_000).map { "\"n\($0)\"" }.joined(separator: ",")
    let text = """
      {"title": "huge", "loss": "squaredError", "learningRate": 0.5,
       "network": {"inputs": ["x"], "layers": [{"activation": "sigmoid", "neurons": [\(names)], "weights": []}], "parameters": {}},
       "example": {"inputs": {"x": 1}, "targets": {}}}
      """
    let start = Date()
    do {
      _ = try loadFixture(text, file: "huge.json")
      Issue.record("loaded")
    } catch {
      #expect(error.description == "huge.json:1:1: the network would have 1000000 neurons, more than the 100000 allowed")
    }
    #expect(Date().timeIntervalSince(start) < 15)
  }

  @Test("Ten million steps are refused before the layout is built, naming the way out")
  func tooManySteps() throws {
    let text = try String(contentsOf: Repository.fixtures.appendingPathComponent("mazur-2-2-2.json"), encoding: .utf8)
      .replacingOccurrences(of: "\"learningRate\": 0.5,", with: "\"learningRate\": 0.5, \"steps\": 10000000,")
    #expect(text.contains("10000000"))
    let start = Date()
    do {
      _ = try loadFixture(text, file: "m.json")
      Issue.record("loaded")
    } catch {
      #expect(error.description.hasPrefix("m.json:1:1: the trace would record at least 10000137 values, more than the 2000000 allowed"), "\(error.description)")
      #expect(error.description.contains("--steps N"))
      #expect(error.description.contains("--detail summary and --only NAME"))
    }
    #expect(Date().timeIntervalSince(start) < 5)
  }
}

@Suite("The resource guard on the command line")
struct ResourceGuardCommandTests {
  @Test("trace --steps 10000000 is refused before work, with status 2 and the way out")
  func tooManyStepsAsked() {
    let run = runTool(["trace", mazur, "--steps", "10000000"])
    #expect(run.code == 2)
    #expect(run.error.contains(": the trace would record about 10000"), "\(run.error)")
    #expect(run.error.contains("or --steps N with trace"))
    #expect(run.output.isEmpty)
  }
}
