import Foundation
import Testing

@testable import BackpropTracer

/// The keys of other books' conventions: Err = −δ, e = t − o, ∂E/∂x of the inputs, and the
/// forward pass after the last step, on random networks (seeded: `BACKPROP_SEED`), each against
/// a computation of its own.
@Suite("Keys in other books' conventions")
struct ConventionKeysTests {
  @Test("err = −δ for every neuron and e = t − o for every output, on 200 random runs")
  func errorForms() throws {
    print("convention keys: 200 random runs from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    for run in RandomRun.runs(200) {
      let trace = try run.network.trace([run.examples[0]], steps: 1)
      for neuron in run.network.neurons {
        let delta = try #require(trace[Quantity.delta(neuron.name).key])
        #expect(trace[Quantity.errorTermSignal(neuron.name).key] == -delta, "seed \(run.seed): err_\(neuron.name)")
      }
      for j in run.network.outputLayer.neurons {
        let name = run.network.neurons[j].name
        let e = trace[Quantity.outputError(name).key]
        guard run.network.loss.usesTargets else {
          #expect(e == nil, "seed \(run.seed): e_\(name) without targets")
          continue
        }
        let target = try #require(trace[Quantity.target(name).key]), out = try #require(trace[Quantity.out(name).key])
        #expect(e == target - out, "seed \(run.seed): e_\(name)")
      }
    }
  }

  @Test("∂E/∂x of every input agrees with a central difference of the error, on 200 random runs")
  func inputGradients() throws {
    for run in RandomRun.runs(200) where !run.network.layers.contains(where: { $0.activation == .step }) {
      let example = run.examples[0]
      let trace = try run.network.trace([example], steps: 1)
      let parameters = run.network.initialParameterValues
      for (i, input) in run.network.inputNames.enumerated() {
        let h = 1e-6
        func error(_ shift: Double) -> Double {
          var inputs = example.inputs
          inputs[i] += shift
          return run.network.dataSetError(on: [Example(inputs: inputs, targets: example.targets)], parameters: parameters)
        }
        let difference = (error(h) - error(-h)) / (2 * h)
        let gradient = try #require(trace[Quantity.inputGradient(input).key], "seed \(run.seed): dE_d\(input)")
        // ReLU-like kinks make a difference quotient meaningless right at 0; those are rare here.
        #expect(abs(gradient - difference) <= 1e-4 * max(1, abs(difference)), "seed \(run.seed): dE_d\(input) \(gradient) vs \(difference)")
      }
    }
  }

  @Test("The outputs after the last of several steps give the error the kernel records after it")
  func outputsAfterTraining() throws {
    for run in RandomRun.runs(200) where run.steps > 1 && run.network.loss != .crossEntropy {
      let example = run.examples[0]
      let trace = try run.network.trace([example], steps: run.steps)
      let outputs = run.network.outputLayer.neurons
      let nets = outputs.map { trace[Quantity.netAfterStep(run.network.neurons[$0].name, run.steps).key] ?? .nan }
      let outs = outputs.map { trace[Quantity.outAfterStep(run.network.neurons[$0].name, run.steps).key] ?? .nan }
      var error = 0.0
      for (k, _) in outputs.enumerated() {
        error += run.network.loss.term(
          target: example.targets[k], output: outs[k], net: nets[k], logSumExp: 0, outputCount: outputs.count)
      }
      let recorded = try #require(trace[Quantity.totalErrorAfterStep(run.steps).key])
      #expect(abs(error - recorded) <= 1e-12 * max(1, abs(recorded)), "seed \(run.seed): \(error) vs \(recorded)")
    }
  }

  @Test("A data set records every example's forward pass after training, under _exK")
  func dataSetAfterTraining() throws {
    let trace = try Repository.fixture("xor-minibatch-momentum").trace()
    let steps = trace.steps
    for example in 1...4 {
      #expect(trace[Quantity.ofExample(.outAfterStep("y", steps), example).key] != nil)
      #expect(trace.layout.position(of: TraceKey("out_y_after_step\(steps)_ex\(example)")) != nil)
    }
  }

  @Test("The loss output: E = out, ∂E/∂out = 1, no targets; targets are refused with the place")
  func outputLoss() throws {
    let fixture = try Repository.fixture("cs231n-sigmoid-circuit")
    let trace = try fixture.trace()
    #expect(trace["E_total"] == trace["out_f"])
    #expect(trace["dE_dout_f"] == 1)
    #expect(trace["target_f"] == nil && trace["e_f"] == nil)
    #expect(trace["dE_dx0"] == trace["delta_f"].map { $0 * 2 })
    let text = """
      {"title": "t", "loss": "output", "learningRate": 1,
       "network": {"inputs": ["x"], "layers": [{"activation": "sigmoid", "neurons": ["f"], "weights": [["w"]]}],
                   "parameters": {"w": 1}},
       "example": {"inputs": {"x": 1}, "targets": {"f": 1}}}
      """
    #expect(throws: FixtureError.self) { try loadFixture(text) }
    do {
      _ = try loadFixture(text)
    } catch {
      #expect(error.description.hasPrefix("test.json:1:24: loss: the loss output differentiates the outputs themselves and uses no targets"))
    }
  }

  @Test("Quizzes ask for the other books' forms by key only, except a circuit's input gradients")
  func quizParts() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let all = try Quiz.questions(trace, .all).map(\.key.rawValue)
    #expect(!all.contains("err_o1") && !all.contains("e_o1") && !all.contains("dE_di1"))
    let asked = try Quiz.questions(trace, .keys(["err_o1", "dE_di1"])).map(\.key.rawValue)
    #expect(asked == ["err_o1", "dE_di1"])
    let circuit = try Quiz.questions(try Repository.fixture("cs231n-sigmoid-circuit").trace(), .part(.backward))
    #expect(circuit.map(\.key.rawValue).contains("dE_dx1"))
  }
}
