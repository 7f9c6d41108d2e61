import BackpropTracer
import Testing

/// Overflow, saturation and divergence: each ends in a finite derivation or an error naming the
/// key, the value and (for a diverging run) the step; never a NaN or an infinity printed.
@Suite("Numeric edge cases")
struct NumericEdgeCaseTests {
  /// A one-layer fixture; `net` is the net input of the output neuron(s).
  private func fixture(
    activation: String, loss: String, weights: String = "[[\"w\"]]", parameters: String, targets: String,
    outputs: String = "[\"o\"]", learningRate: Double = 0.5, steps: Int = 1
  ) throws -> Fixture {
    try loadFixture(
      """
      {"title": "edge", "loss": "\(loss)", "learningRate": \(learningRate), "steps": \(steps),
       "network": {"inputs": ["x"], "layers": [{"activation": "\(activation)", "neurons": \(outputs), "weights": \(weights)}],
                   "parameters": \(parameters)},
       "example": {"inputs": {"x": 1}, "targets": \(targets)}}
      """)
  }

  /// Every rendering of `trace`, which must print finite numbers only.
  private func expectFiniteRenderings(_ trace: Trace) {
    var outputs = [JSONRenderer.render(trace)]
    for format in LectureFiles.Format.allCases {
      outputs += LectureFiles.render(trace, options: RenderOptions(), format: format, base: "edge").map(\.contents)
    }
    for output in outputs { #expect(FuzzOracle.finite(output, input: "") == nil) }
  }

  @Test("A sigmoid of a huge net input saturates at 0 or 1 instead of overflowing exp", arguments: ["1e6", "-1e6", "1e300"])
  func sigmoidOverflow(weight: String) throws {
    let trace = try fixture(activation: "sigmoid", loss: "halfSquaredError", parameters: "{\"w\": \(weight)}", targets: "{\"o\": 0.5}").trace()
    #expect(trace.values.allSatisfy { $0.isFinite })
    expectFiniteRenderings(trace)
  }

  @Test("A softmax of huge net inputs stays finite")
  func softmaxOverflow() throws {
    let trace = try fixture(
      activation: "softmax", loss: "crossEntropy", weights: "[[\"w1\"], [\"w2\"]]", parameters: "{\"w1\": 1000, \"w2\": 999}",
      targets: "{\"o1\": 0, \"o2\": 1}", outputs: "[\"o1\", \"o2\"]"
    ).trace()
    #expect(trace.values.allSatisfy { $0.isFinite })
    expectFiniteRenderings(trace)
  }

  @Test("The log of 0 from a saturated output is refused, naming the key")
  func crossEntropyOfZero() throws {
    let saturated = try fixture(activation: "sigmoid", loss: "binaryCrossEntropy", parameters: "{\"w\": 800}", targets: "{\"o\": 0}")
    do {
      _ = try saturated.record()
      Issue.record("the log of 0 was not refused")
    } catch {
      #expect(error.step == nil)
      #expect(error.key.rawValue.hasSuffix("_o"), "\(error.key)")
      #expect(error.description.hasSuffix("came out +infinity in the traced step: the computation overflowed (an exp of a huge net input, or the log of 0 from a saturated output); check the inputs, parameters and learning rate"))
    }
  }

  @Test("A diverging run is refused, naming the step, the key and the value")
  func divergence() throws {
    let diverging = try fixture(
      activation: "identity", loss: "squaredError", parameters: "{\"w\": 1}", targets: "{\"o\": 0}", learningRate: 10, steps: 500)
    do {
      _ = try diverging.record()
      Issue.record("the run did not diverge")
    } catch {
      let step = try #require(error.step)
      #expect(error.key.rawValue == "E_total_after_step\(step)")
      #expect(error.description == "E_total_after_step\(step) came out +infinity: training diverged at step \(step) (try a smaller learning rate, or --steps \(step - 1) to trace the steps before it)")
    }
  }
}
