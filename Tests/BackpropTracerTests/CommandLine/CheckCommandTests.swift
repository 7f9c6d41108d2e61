import BackpropTracer
import Testing

@testable import backprop_trace

@Suite("check")
struct CheckCommandTests {
  @Test("check passes on every fixture in Fixtures/", arguments: try Repository.fixtureNames)
  func everyFixture(name: String) {
    let path = Repository.fixtures.appendingPathComponent(name + ".json").path
    let run = runTool(["check", path])
    #expect(run.code == 0, "\(name):\n\(run.output)\(run.error)")
    #expect(run.error == "")
  }

  /// The 2-2-2 fixture with `errata` in place of two of its printed values.
  private func fixture(errata: String) throws -> String {
    let text = try String(contentsOf: Repository.fixtures.appendingPathComponent("mazur-2-2-2.json"), encoding: .utf8)
      .replacingOccurrences(of: "    \"net_h1\": \"0.3775\",\n", with: "")
      .replacingOccurrences(of: "  \"expected\": {", with: "  \"errata\": \(errata),\n  \"expected\": {")
    return try temporaryFile(Array(text.utf8), name: "errata.json")
  }

  @Test("A known erratum is reported as such and does not fail the check")
  func knownErratum() throws {
    let path = try fixture(errata: #"{"net_h1": {"printed": "0.3785", "correct": "0.3775", "note": "a 7 misread as an 8"}}"#)
    let run = runTool(["check", path])
    #expect(run.code == 0)
    #expect(run.output.contains("\n  erratum     net_h1             printed 0.3785, correct 0.3775, computed 0.3775 (a known slip of the book: a 7 misread as an 8)\n"))
    #expect(run.output.hasSuffix("  24 of 25 printed values reproduced (8 as truncations); 1 known erratum of the book\n"))
  }

  @Test("An erratum whose correction is not reproduced, or whose printed value is, fails")
  func wrongErratum() throws {
    let uncorrected = try fixture(errata: #"{"net_h1": {"printed": "0.3785", "correct": "0.3795"}}"#)
    let run = runTool(["check", uncorrected])
    #expect(run.code == 1)
    #expect(run.output.contains("MISMATCH    net_h1             printed 0.3785, correct 0.3795, computed 0.3775 (listed as an erratum, but its correction is not reproduced either)"))
    let reproduced = try fixture(errata: #"{"net_h1": {"printed": "0.3775", "correct": "0.37750"}}"#)
    #expect(runTool(["check", reproduced]).output.contains("(listed as an erratum, but the printed value is reproduced)"))
  }

  @Test("Errata and assignment keys are validated, with paths and suggestions")
  func validation() throws {
    func message(_ extra: String) -> String? {
      do {
        _ = try loadFixture(#"{"title": "t", "network": {"inputs": ["x"], "layers": [{"activation": "identity", "neurons": ["o"], "weights": [["w"]], "biases": [null]}], "parameters": {"w": 1}}, "loss": "halfSquaredError", "learningRate": 0.1, "example": {"inputs": {"x": 1}, "targets": {"o": 0}}"# + "\n" + extra + "}")
        return nil
      } catch {
        return error.description
      }
    }
    #expect(message(#", "assignment": ["net_o", "out_oo"]"#) == #"test.json:2:27: assignment[1]: unknown key "out_oo"; did you mean "out_o"?"#)
    #expect(message(#", "assignment": ["net_o", "net_o"]"#) == #"test.json:2:27: assignment[1]: "net_o" is listed twice"#)
    #expect(message(#", "errata": {"net_x": {"printed": "1", "correct": "2"}}"#) == #"test.json:2:23: errata.net_x: unknown key "net_x"; did you mean "net_o"?"#)
    #expect(message(#", "errata": {"net_o": {"printed": "1", "corect": "2"}}"#) == #"test.json:2:50: errata.net_o.corect: unknown key "corect"; did you mean "correct"?"#)
    #expect(message(#", "errata": {"net_o": {"printed": "one", "correct": "2"}}"#) == #"test.json:2:35: errata.net_o.printed: expected a printed number such as "0.3775", found "one""#)
  }
}
