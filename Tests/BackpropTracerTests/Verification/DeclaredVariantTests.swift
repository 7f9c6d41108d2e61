import Foundation
import Testing

@testable import BackpropTracer

/// A fixture's `"variant"`: the trace, every replay, `check`, `verify`, the JSON export and the
/// renderings follow the declared deviation.
@Suite("Declared variants")
struct DeclaredVariantTests {
  @Test("The declared trace is the variant's, and replays of it follow the variant")
  func traceFollows() throws {
    let fixture = try Repository.fixture("mazur-2-2-2-update-order")
    #expect(fixture.variant == .updatedOutputWeights)
    let trace = try fixture.trace()
    #expect(trace.declaredVariant == .updatedOutputWeights)
    var plain = fixture
    plain.variant = nil
    let correct = try plain.trace()
    #expect(trace.values == correct.replay(variant: .updatedOutputWeights).values)
    #expect(trace["w1_new"] != correct["w1_new"])
    #expect(trace.replay().values == trace.values)
    #expect(trace.recomputed(from: [:], variant: nil) == trace.values)
  }

  @Test("check, verify, JSON and every rendering follow it and say so")
  func everyConsumerFollows() throws {
    let fixture = try Repository.fixture("mazur-2-2-2-update-order")
    let trace = try fixture.trace()
    #expect(CheckReport(fixture: fixture, trace: trace).allMatch)
    let answers = ["E_total_after_step1 = 0.291027924", "w1_new = 0.149817639", "dE_dw1 = \(trace["dE_dw1"] ?? 0)"]
    let sheet = try AnswerSheet.parse(Array(answers.joined(separator: "\n").utf8), file: "a.txt")
    let verification = Verification(sheet: sheet, trace: trace)
    #expect(verification.answers.allSatisfy { $0.verdict.isCorrect }, "\(verification.answers)")
    #expect(JSONRenderer.render(trace).contains("\n  \"variant\": \"updated-output-weights\",\n"))
    for format in LectureFiles.Format.allCases {
      let text = LectureFiles.render(trace, options: RenderOptions(), format: format, base: nil)[0].contents
      #expect(text.contains("Note: this reproduces a book"), "\(format)")
    }
    let matrix = LectureFiles.files(of: MatrixView(trace: trace).document(), format: .markdown, base: nil)[0].contents
    #expect(matrix.contains("Note: this reproduces a book"))
  }

  @Test("A variant on a data set, or an unknown one, is refused with the place")
  func refused() throws {
    let base = """
      {"title": "t", "loss": "halfSquaredError", "learningRate": 1,
       "network": {"inputs": ["x"], "layers": [{"activation": "sigmoid", "neurons": ["f"], "weights": [["w"]]}],
                   "parameters": {"w": 1}},
      """
    let unknown = base + #""example": {"inputs": {"x": 1}, "targets": {"f": 1}}, "variant": "bias-omited"}"#
    let dataSet = base + #""examples": [{"inputs": {"x": 1}, "targets": {"f": 1}}], "variant": "bias-omitted"}"#
    for (text, message) in [
      (unknown, "variant: unknown variant \"bias-omited\""),
      (dataSet, "variant: a variant follows one worked example trained by plain gradient descent"),
    ] {
      do {
        _ = try loadFixture(text)
        Issue.record("accepted: \(text)")
      } catch {
        #expect(error.description.contains(message), "\(error.description)")
      }
    }
  }
}
