import Foundation
import Testing

@testable import BackpropTracer

/// The error over a data set is recorded once per epoch unless the fixture asks for every step,
/// with the same numbers either way.
@Suite("Recording the error per epoch or per step")
struct ErrorRecordingTests {
  /// The XOR data set with mini-batches of 2 (two steps per epoch), for `epochs` epochs.
  private func xor(epochs: Int, recordError: String? = nil, order: String = "inOrder") throws -> Fixture {
    let recording = recordError.map { ", \"recordError\": \"\($0)\"" } ?? ""
    let text = """
      {"title": "xor", "loss": "halfSquaredError", "learningRate": 0.5,
       "network": {"inputs": ["x1", "x2"], "layers": [
         {"activation": "sigmoid", "neurons": ["h1", "h2"], "weights": [["w1", "w2"], ["w3", "w4"]], "biases": ["b1", "b2"]},
         {"activation": "sigmoid", "neurons": ["y"], "weights": [["w5", "w6"]], "biases": ["b3"]}],
         "parameters": {"w1": 0.5, "w2": -0.4, "w3": -0.3, "w4": 0.6, "w5": 0.7, "w6": -0.5, "b1": 0.1, "b2": -0.1, "b3": 0.05}},
       "examples": [{"inputs": {"x1": 0, "x2": 0}, "targets": {"y": 0}}, {"inputs": {"x1": 0, "x2": 1}, "targets": {"y": 1}},
                    {"inputs": {"x1": 1, "x2": 0}, "targets": {"y": 1}}, {"inputs": {"x1": 1, "x2": 1}, "targets": {"y": 0}}],
       "training": {"batchSize": 2, "epochs": \(epochs), "order": "\(order)", "seed": 3\(recording)}}
      """
    return try loadFixture(text)
  }

  @Test("Per epoch by default: before training, after the first step, after each epoch", arguments: ["inOrder", "shuffled"])
  func perEpoch(order: String) throws {
    let epochs = try xor(epochs: 50, order: order).trace()
    let keys = epochs.layout.keys.map(\.rawValue).filter { $0.hasPrefix("E_total_after") }
    #expect(keys == ["E_total_after_step0", "E_total_after_step1"] + (1...50).map { "E_total_after_epoch\($0)" })
    let steps = try xor(epochs: 50, recordError: "everyStep", order: order).trace()
    #expect(steps.layout.keys.filter { $0.rawValue.hasPrefix("E_total_after") }.count == 101)
    // The same run: each epoch's error is, bit for bit, the error after its last step.
    for epoch in 1...50 {
      #expect(epochs[TraceKey("E_total_after_epoch\(epoch)")] == steps[TraceKey("E_total_after_step\(2 * epoch)")])
    }
    #expect(epochs["E_total_after_step1"] == steps["E_total_after_step1"])
    #expect(epochs["w5_after_step100"] == steps["w5_after_step100"])
  }

  @Test("A run that ends within an epoch records the error after its last step too")
  func partialEpoch() throws {
    let trace = try xor(epochs: 1).trace(steps: 5)
    let keys = trace.layout.keys.map(\.rawValue).filter { $0.hasPrefix("E_total_after") }
    #expect(keys == ["E_total_after_step0", "E_total_after_step1", "E_total_after_epoch1", "E_total_after_epoch2", "E_total_after_step5"])
    let markdown = MarkdownRenderer.write(Walkthrough(trace: trace, options: RenderOptions()).document(), imageBase: nil)
    #expect(markdown.contains("Repeating the step 5 times, 2 epochs of 2 steps (the error over the whole data set after selected epochs; the JSON export has every epoch):"))
    #expect(markdown.contains("| Epoch | Total error after the epoch |"))
    #expect(markdown.contains("The run stops 1 step into epoch 3, with $E_{\\mathrm{total}}^{\\langle 5 \\rangle} = "))
  }

  @Test("One step per epoch (whole-set batches, one example) keeps the step keys")
  func oneStepPerEpoch() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace(steps: 4)
    #expect(trace.layout.keys.filter { $0.rawValue.hasPrefix("E_total_after") }.map(\.rawValue)
      == (0...4).map { "E_total_after_step\($0)" })
  }

  @Test("An unknown recording is refused with the choices")
  func unknownRecording() {
    #expect(throws: FixtureError.self) { try xor(epochs: 2, recordError: "everyBatch") }
    do {
      _ = try xor(epochs: 2, recordError: "everyBatch")
    } catch {
      #expect("\(error)".hasSuffix("training.recordError: unknown error recording \"everyBatch\"; expected one of: everyEpoch, everyStep"))
    }
  }

  @Test("A diverging run names the epoch")
  func divergence() {
    let error = NonFiniteValueError(key: "E_total_after_epoch7", value: .infinity)
    #expect(error.epoch == 7 && error.step == nil)
    #expect(error.description == "E_total_after_epoch7 came out +infinity: training diverged in epoch 7 (try a smaller learning rate, or fewer epochs or steps to trace the run before it)")
  }
}
