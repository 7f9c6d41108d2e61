import BackpropTracer
import Foundation
import Testing

/// Inputs the fuzzers found, each once a crash, a non-finite number printed or an unreadable
/// message, kept as regression tests.
@Suite("What the fuzzers found")
struct FuzzFindingsTests {
  private func fixtureError(_ text: String) -> String {
    do {
      _ = try loadFixture(text, file: "f.json")
      return "no error"
    } catch {
      return error.description
    }
  }

  private func mazur(replacing old: String, with new: String) throws -> String {
    let text = try String(contentsOf: Repository.fixtures.appendingPathComponent("mazur-2-2-2.json"), encoding: .utf8)
    precondition(text.contains(old), "the replacement must apply: \(old)")
    return text.replacingOccurrences(of: old, with: new)
  }

  @Test("A gradient that overflows in a graph is refused, naming the node")
  func graphGradientOverflow() {
    let text = """
      {"title": "t", "inputs": {"t": 1}, "definitions": ["y = t^1e308", "f = y * 1e308"], "output": "f"}
      """
    do {
      let graph = try GraphFixture.load(Array(text.utf8), file: "g.json")
      Issue.record("loaded, with grad_t = \(graph.trace.nodes[0].gradient)")
    } catch {
      #expect(error.description.contains("∂f/∂t overflowed"), "\(error.description)")
    }
  }

  @Test("A printed number too large for a double is not a number")
  func printedOverflow() {
    #expect(PrintedNumber("1e400") == nil)
    #expect(PrintedNumber("-1e400") == nil)
    #expect(PrintedNumber("1e-400")?.value == 0)
  }

  @Test("A key thousands of characters long is cut short in the message")
  func longKeyInMessage() throws {
    let key = String(repeating: "[", count: 10_000)
    let message = fixtureError(try mazur(replacing: "\"net_h1\"", with: "\"\(key)\""))
    #expect(message.utf8.count < 300, "\(message.utf8.count) bytes")
    #expect(message.hasSuffix("unknown key \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[…\""))
  }

  @Test("A number thousands of digits long is cut short in the message")
  func longNumberInMessage() throws {
    let message = fixtureError(try mazur(replacing: "0.15", with: "1" + String(repeating: "0", count: 5_000)))
    #expect(message.utf8.count < 300, "\(message.utf8.count) bytes")
  }

  @Test("An unknown name lists at most a screenful of the known ones")
  func longListOfKnownNames() {
    let error = FixtureError(
      file: "f.json", path: "network.frozen[1]", position: nil,
      problem: .unknownName(kind: "parameter", name: "zz", known: (0..<1_000).map { "p\($0)" }))
    #expect(error.description.utf8.count < 400, "\(error.description.utf8.count) bytes")
    #expect(error.description.hasSuffix("p18, p19, … (1000 in all)"))
  }
}
