import Testing

@testable import BackpropTracer

/// `verify` names a sheet written in another book's convention for the error signal.
@Suite("Sign conventions of answer sheets")
struct SignConventionTests {
  static func verification(_ lines: [String], fixture: String = "mazur-2-2-2") throws -> Verification {
    let trace = try Repository.fixture(fixture).trace()
    let sheet = try AnswerSheet.parse(Array(lines.joined(separator: "\n").utf8), file: "answers.txt")
    return Verification(sheet: sheet, trace: trace)
  }

  @Test(
    "Each convention is named from the answers under its keys, printed at the book's precision",
    arguments: [
      (["delta_o1 = -0.13850", "delta_o2 = 0.03810", "delta_h1 = -0.00877"], SignConvention.errorTermUnderDelta),
      (["delta_o1 = 0.27700", "delta_o2 = -0.07620", "dE_dw5 = 0.08217"], .sensitivitiesUnderDelta),
      (["err_o1 = 0.13850", "err_o2 = -0.03810"], .deltaUnderErrorTerm),
    ])
  func named(lines: [String], convention: SignConvention) throws {
    let verification = try Self.verification(lines)
    #expect(verification.convention == convention)
    let report = VerificationReport(fixture: "mazur-2-2-2.json", entries: [.judged(verification)])
    #expect(report.text.contains("  convention: \(convention.explanation)\n"))
    #expect(report.json.contains("\"convention\": {\"name\": \"\(convention.name)\""))
  }

  @Test(
    "No convention is named for right answers, a single answer, or a mix",
    arguments: [
      ["delta_o1 = 0.13850", "delta_o2 = -0.03810"],
      ["delta_o1 = -0.13850"],
      ["delta_o1 = -0.13850", "delta_o2 = -0.03810"],
      ["err_o1 = -0.13850", "err_o2 = 0.03810"],
    ])
  func notNamed(lines: [String]) throws {
    #expect(try Self.verification(lines).convention == nil)
  }

  @Test("Han and Kamber's printed Err values are right under err_ keys and named under delta_ keys")
  func hanKamber() throws {
    let right = try Self.verification(["err_6 = 0.1311", "err_5 = -0.0065", "err_4 = -0.0087"], fixture: "han-kamber-3-2-1-error-term")
    #expect(right.correctCount == 3 && right.convention == nil)
    let swapped = try Self.verification(["delta_6 = 0.1311", "delta_5 = -0.0065", "delta_4 = -0.0087"], fixture: "han-kamber-3-2-1-error-term")
    #expect(swapped.convention == .errorTermUnderDelta)
  }
}
