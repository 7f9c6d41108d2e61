import BackpropTracer
import Testing

@Suite("Diagnosis")
struct DiagnosisTests {
  @Test("A sheet computed with a common mistake is diagnosed as that mistake", arguments: Variant.allCases)
  func namesTheMistake(variant: Variant) throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let mistaken = try fixture.trace().replay(variant: variant)
    let verification = try GeneratedSheets.verify(GeneratedSheets.text(mistaken, keys: fixture.assignment))
    let diagnosis = try #require(verification.diagnosis, "\(variant): no diagnosis")
    #expect(diagnosis.variant == variant)
    #expect(!diagnosis.explained.isEmpty)
    #expect(diagnosis.unexplained.isEmpty, "\(variant): unexplained \(diagnosis.unexplained)")
    #expect(diagnosis.contradicted.isEmpty, "\(variant): contradicted \(diagnosis.contradicted)")
    // Every wrong answer is either evidence for the mistake or follows through from one.
    for judged in verification.answers where !judged.verdict.isCorrect {
      #expect(judged.verdict.isConsistent || diagnosis.explained.contains(TraceKey(judged.key)), "\(variant): \(judged.key) \(judged.verdict)")
    }
  }

  @Test("The evidence for a mistake is the answers where it happens")
  func evidence() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let trace = try fixture.trace()
    func explained(_ variant: Variant) throws -> [TraceKey] {
      let text = GeneratedSheets.text(trace.replay(variant: variant), keys: fixture.assignment)
      return try #require(try GeneratedSheets.verify(text).diagnosis).explained
    }
    #expect(try explained(.biasOmitted) == ["net_h1", "net_h2", "net_o1", "net_o2"])
    #expect(try explained(.sigmoidSignLost) == ["out_h1", "out_h2", "out_o1", "out_o2"])
    #expect(try explained(.learningRateOmitted) == (1...8).map { TraceKey("w\($0)_new") })
    #expect(try explained(.gradientAdded) == (1...8).map { TraceKey("w\($0)_new") })
    // Answers computed from an intermediate the sheet does not list (∂E/∂out_o2 for ∂E/∂w7)
    // carry the mistake themselves.
    #expect(try explained(.lossWithoutHalf) == [
      "E_o1", "E_o2", "dE_dout_o1", "dE_dw7", "dE_dw8", "dE_dout_h1_via_o2", "dE_dw3", "dE_dw4",
    ])
    #expect(try explained(.updatedOutputWeights) == ["dnet_o1_dout_h1", "dE_dout_h1_via_o2", "dE_dw3", "dE_dw4"])
  }

  @Test("Slips that no listed mistake explains get no diagnosis")
  func slipsOnly() throws {
    let text = "net_h1 = 0.3775\nout_h1 = 0.59\nnet_o1 = 1.1059\n"
    let verification = try GeneratedSheets.verify(text)
    #expect(verification.diagnosis == nil)
  }

  @Test("A correct sheet gets no diagnosis")
  func correctSheet() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let verification = try GeneratedSheets.verify(GeneratedSheets.text(try fixture.trace(), keys: fixture.assignment))
    #expect(verification.allCorrect)
    #expect(verification.diagnosis == nil)
  }
}
