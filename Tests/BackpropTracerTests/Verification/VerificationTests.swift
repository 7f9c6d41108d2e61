import BackpropTracer
import Foundation
import Testing

@Suite("Verification")
struct VerificationTests {
  private func sample() throws -> Verification {
    let data = try Data(contentsOf: Repository.fixtures.appendingPathComponent("answers/mazur-2-2-2-student.txt"))
    return try GeneratedSheets.verify(String(decoding: data, as: UTF8.self))
  }

  private func verdict(_ verification: Verification, _ key: String) -> AnswerVerdict? {
    (verification.answers + verification.unknownKeys).first { $0.key == key }?.verdict
  }

  @Test("Answers are judged at their own precision: rounded, truncated, wrong; signs count")
  func precision() throws {
    let verification = try GeneratedSheets.verify("net_h1 = 0.38\ndE_dw5 = 0.08216\nout_h1 = 0.5933\ndE_dout_h1_via_o2 = 0.01905\n")
    #expect(verdict(verification, "net_h1") == .correct(.rounded))
    #expect(verdict(verification, "dE_dw5") == .correct(.truncated))
    #expect(verdict(verification, "out_h1") == .correct(.rounded))
    #expect(verdict(verification, "dE_dout_h1_via_o2") == .wrong)
  }

  @Test("The sample sheet's two slips are wrong; what follows from them is follow-through")
  func sampleSheet() throws {
    let verification = try sample()
    #expect(verification.answers.filter { $0.verdict == .wrong }.map(\.key) == ["net_h2", "dE_dout_h1_via_o2"])
    #expect(verification.firstWrong?.key == "net_h2")
    #expect(verification.firstWrong?.answer?.line == 8)
    #expect(verification.correctCount == 13)
    #expect(verification.followThroughCount == 19)
    #expect(verification.total == 34)
    #expect(verification.diagnosis == nil)
    guard case let .consistent(dependsOn, recomputed) = verdict(verification, "out_h2") else {
      Issue.record("out_h2 is not follow-through")
      return
    }
    #expect(dependsOn == ["net_h2"])
    #expect(abs(recomputed - 1 / (1 + exp(-0.3952))) < 1e-15)
    if case let .consistent(dependsOn, _) = verdict(verification, "dE_dw6") {
      #expect(dependsOn == ["out_h2", "dE_dout_o1", "dout_dnet_o1"])
    } else {
      Issue.record("dE_dw6 is not follow-through")
    }
  }

  @Test("A wrong answer that depends on no wrong answer is wrong, even if a replay agrees")
  func noFollowThroughWithoutWrongInputs() throws {
    let verification = try GeneratedSheets.verify("net_h1 = 0.3775\nout_h1 = 0.59328\n")
    #expect(verdict(verification, "out_h1") == .wrong)
  }

  @Test("An unknown key gets the nearest key; keys the assignment asks for are missing")
  func unknownAndMissing() throws {
    let verification = try GeneratedSheets.verify("net_hl = 0.3775\nout_h1 = 0.59327\n")
    #expect(verdict(verification, "net_hl") == .unknownKey(suggestion: "net_h1"))
    #expect(verdict(verification, "net_h1") == .missing)
    #expect(verification.unknownKeys.map(\.key) == ["net_hl"], "listed apart")
    #expect(verification.answers.filter { $0.verdict == .missing }.count == 33)
    #expect(verification.total == 34, "an unknown key is not counted in the total")
    #expect(!verification.allCorrect)
  }

  @Test("Hidden expected values appear in no report format")
  func hideExpected() throws {
    let verification = try sample()
    let report = VerificationReport(fixture: "Fixtures/mazur-2-2-2.json", sheets: [verification], revealsExpected: false)
    for text in [report.text, report.markdown, report.json] {
      #expect(!text.contains("0.3925"), "the true net_h2 leaks")
      #expect(!text.contains("0.59688"), "the true out_h2 leaks")
      #expect(text.contains("net_h2"))
    }
    let revealed = VerificationReport(fixture: "Fixtures/mazur-2-2-2.json", sheets: [verification])
    #expect(revealed.text.contains("WRONG           net_h2             0.3952    expected 0.3925 (difference +0.0027)"))
  }

  @Test("The JSON report reads back and carries score, verdicts and the first wrong step")
  func jsonReport() throws {
    let report = VerificationReport(fixture: "Fixtures/mazur-2-2-2.json", sheets: [try sample(), try sample()])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(report.json.utf8)) as? [String: Any])
    let sheets = try #require(object["sheets"] as? [[String: Any]])
    #expect(sheets.count == 2)
    let score = try #require(sheets[0]["score"] as? [String: Int])
    #expect(score == ["correct": 13, "followThrough": 19, "tooCoarse": 0, "wrong": 2, "missing": 0, "total": 34])
    #expect(sheets[0]["firstWrong"] as? String == "net_h2")
    let answers = try #require(sheets[0]["answers"] as? [[String: Any]])
    #expect(answers[2]["verdict"] as? String == "wrong")
    #expect(answers[3]["dependsOn"] as? [String] == ["net_h2"])
  }

  @Test("Several sheets end with one summary table")
  func summary() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let mistaken = try fixture.trace().replay(variant: .biasOmitted)
    let other = Verification(
      sheet: try GeneratedSheets.sheet(GeneratedSheets.text(mistaken, keys: fixture.assignment), file: "bob.txt"),
      trace: try fixture.trace(), assignment: fixture.assignment)
    let report = VerificationReport(fixture: "Fixtures/mazur-2-2-2.json", sheets: [try sample(), other])
    #expect(report.text.hasSuffix("""
      summary of 2 sheets against Fixtures/mazur-2-2-2.json
        sheet        correct  follow-through  too coarse  wrong  missing  unknown  likely mistake
        answers.txt  13/34    19              0           2      0        0        -
        bob.txt      1/34     29              0           4      0        0        bias-omitted

      """))
  }
}
