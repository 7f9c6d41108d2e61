import BackpropTracer
import Foundation
import Testing

/// The verdicts of issue 19 on the 2-2-2 network, checked by the exact lines `verify` prints.
@Suite("Verdicts a TA can trust")
struct VerdictReportTests {
  /// The text report of `text` judged against the 2-2-2 fixture, as `verify` prints it.
  private func report(_ text: String, file: String = "answers.txt") throws -> String {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let verification = Verification(
      sheet: try GeneratedSheets.sheet(text, file: file), trace: try fixture.trace(), assignment: fixture.assignment,
      judge: fixture.judge)
    return VerificationReport(fixture: "Fixtures/mazur-2-2-2.json", sheets: [verification]).text
  }

  @Test("A sheet of zeros scores 0: each 0 is too coarse (or wrong), none is correct or follow-through")
  func allZeros() throws {
    let keys = try Repository.fixture("mazur-2-2-2").assignment
    let text = try report(keys.map { "\($0) = 0\n" }.joined())
    #expect(text.contains("\n  TOO COARSE      net_h1             0  give at least 2 significant digits (expected 0.3775)\n"))
    #expect(text.contains("\n  TOO COARSE      w5_new             0  give at least 2 significant digits (expected 0.3589)\n"))
    #expect(text.hasSuffix("\n  score: 0 of 34 correct; 34 too coarse to judge\n"))
    #expect(!text.contains("correct ") && !text.contains("follow-through"))
  }

  @Test("w5_new = 0.4 (the weight never updated) and out_h1 = 1 are too coarse, not correct")
  func tooCoarse() throws {
    let text = try report("w5_new = 0.4\nout_h1 = 1\n")
    #expect(text.contains("\n  TOO COARSE      out_h1             1    give at least 2 significant digits (expected 0.5933)\n"))
    #expect(text.contains("\n  TOO COARSE      w5_new             0.4  give at least 2 significant digits (expected 0.35892)\n"))
    #expect(text.hasSuffix("\n  score: 0 of 34 correct; 2 too coarse to judge\n"))
  }

  @Test("The exact value passes with one digit: 0.4 for the weight w5 itself (dnet_o1_dout_h1)")
  func exactValue() throws {
    let text = try report("dnet_o1_dout_h1 = 0.4\n")
    #expect(text.contains("\n  correct         dnet_o1_dout_h1    0.4\n"))
  }

  @Test("0.09 for dE_dw6 is wrong, and no mistake claims it")
  func coarseWrong() throws {
    let text = try report("dE_dw6 = 0.09\n")
    #expect(text.contains("\n  WRONG           dE_dw6             0.09  expected 0.082668 (difference +0.007332)\n"))
    #expect(text.hasSuffix("\n  score: 0 of 34 correct\n  first wrong step: dE_dw6 (line 1)\n"))
  }

  @Test("The README sample sheet's slips are named: transposed digits in net_h2, a lost sign in dE_dout_h1_via_o2")
  func sampleSlips() throws {
    let data = try Data(contentsOf: Repository.fixtures.appendingPathComponent("answers/mazur-2-2-2-student.txt"))
    let text = try report(String(decoding: data, as: UTF8.self))
    #expect(text.hasSuffix("""
        first wrong step: net_h2 (line 8)
        slip in net_h2 (line 8): two neighbouring digits are swapped (the true value is 0.3925)
        slip in dE_dout_h1_via_o2 (line 31): the sign is lost (the true value is -0.019049118)

      """))
  }

  @Test("A lost sign on its own is named")
  func lostSign() throws {
    let text = try report("dE_dout_o1 = -0.74137\n")
    #expect(text.hasSuffix("\n  slip in dE_dout_o1 (line 1): the sign is lost (the true value is 0.74136507)\n"))
  }

  @Test("The diagnosis says how many wrong answers it does not explain")
  func unexplainedCount() throws {
    let text = try report("dE_dw6 = 0.09\nw6_new = 0.360\ndE_dout_o1 = -0.74137\n")
    #expect(text.contains("""
        likely mistake: learning rate left out of the update (learning-rate-omitted); it gives your w6_new
        it does not explain 2 of the 3 wrong answers: dE_dout_o1 and dE_dw6
        slip in dE_dout_o1 (line 3): the sign is lost (the true value is 0.74136507)

      """))
  }

  @Test("Unknown keys are listed apart with their suggestions and not counted in the total")
  func unknownKeys() throws {
    let text = try report("w5+ = 0.35892\ndE/dw5 = 0.08217\nnet_h1 = 0.3775\n")
    #expect(text.contains("""
        not keys of this network, not scored:
          w5+     0.35892  did you mean w5_new? (line 1)
          dE/dw5  0.08217  did you mean dE_dw5? (line 2)
        score: 1 of 34 correct; 2 answers under an unknown key, not scored

      """))
  }

  @Test("Hidden expected values: slips are named without their values")
  func hiddenSlips() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let verification = Verification(sheet: try GeneratedSheets.sheet("dE_dout_o1 = -0.74137\n"), trace: try fixture.trace())
    let report = VerificationReport(fixture: "f.json", sheets: [verification], revealsExpected: false)
    #expect(report.text.hasSuffix("\n  slip in dE_dout_o1 (line 1): the sign is lost\n"))
    #expect(report.json.contains(#""slip": {"kind": "lost-sign", "explanation": "the sign is lost"}"#))
    #expect(report.markdown.contains("| `dE_dout_o1` | `-0.74137` | wrong; the sign is lost |"))
    for text in [report.text, report.markdown, report.json] { #expect(!text.contains("0.741365")) }
  }
}
