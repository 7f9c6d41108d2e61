import BackpropTracer
import Testing

@Suite("Engine")
struct EngineTests {
  @Test("A shared bias gets the sum of its uses")
  func sharedBias() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let viaH1 = try #require(trace["dE_db1_via_h1"]), viaH2 = try #require(trace["dE_db1_via_h2"])
    #expect(trace["dE_db1"] == viaH1 + viaH2)
    #expect(trace.entry("dE_db1")?.derivation == .sum(["dE_db1_via_h1", "dE_db1_via_h2"]))
  }

  @Test("A frozen parameter keeps its value and has no new value")
  func frozen() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace(steps: 3)
    #expect(trace["b1_new"] == nil)
    #expect(trace["b1_after_step3"] == nil)
    #expect(trace["w1_after_step3"] != nil)
    #expect(trace["dE_db1"] != nil)
  }

  @Test("Hidden gradients use the output weights as they were before the update")
  func preUpdateWeights() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    #expect(trace["dnet_o1_dout_h1"] == 0.4)
    #expect(trace["dnet_o2_dout_h1"] == 0.5)
    let delta1 = try #require(trace["delta_o1"]), delta2 = try #require(trace["delta_o2"])
    #expect(trace["dE_dout_h1"] == delta1 * 0.4 + delta2 * 0.5)
  }

  @Test("Every value is recorded once, in lecture order: forward, error, backward, update, training")
  func lectureOrder() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let keys = trace.layout.keys.map(\.rawValue)
    let order = ["w1", "net_h1", "out_h1", "out_o2", "E_total", "delta_o1", "dE_dw5", "dE_dout_h1", "dE_dw1", "w1_new", "E_total_after_step1"]
    let positions = try order.map { key in try #require(keys.firstIndex(of: key), "\(key) missing") }
    #expect(positions == positions.sorted())
    #expect(Set(keys).count == keys.count)
  }

  @Test("Traced and untraced training give bit-identical errors and parameters")
  func tracedEqualsUntraced() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let trace = try fixture.trace(steps: 50)
    let run = try fixture.network.train(fixture.examples, steps: 50)
    #expect(run.initialError == trace["E_total"])
    for step in 1...50 {
      #expect(run.errorsAfterStep[step - 1] == trace[Quantity.totalErrorAfterStep(step).key])
    }
    for (p, parameter) in fixture.network.parameters.enumerated() where parameter.isTrainable {
      #expect(run.parameters[p] == trace[Quantity.parameterAfterStep(parameter.name, 50).key])
    }
  }

  @Test("10,000 steps of the 2-2-2 network reach the reference programs' error")
  func longRun() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let run = try fixture.network.train(fixture.examples, steps: 10_000)
    // The reference programs compute δ as ((o − t)·o)·(1 − o); the engine as (o − t)·(o·(1 − o)),
    // the lecture's grouping, so the last bits may differ after 10,000 steps.
    #expect(abs(run.errorsAfterStep[9_999] - 3.510187782978859e-05) < 1e-12)
  }

  @Test("A value that overflows is reported by its key, never recorded as infinity")
  func overflow() throws {
    let fixture = try loadFixture(
      """
      {"title": "overflow", "loss": "squaredError", "learningRate": 1,
       "network": {"inputs": ["x"], "layers": [{"activation": "identity", "neurons": ["o"], "weights": [["w"]]}],
                   "parameters": {"w": 1e300}},
       "example": {"inputs": {"x": 1e300}, "targets": {"o": 0}}}
      """)
    #expect(throws: NonFiniteValueError.self) { try fixture.record() }
    #expect { try fixture.trace() } throws: { error in
      guard case let .nonFinite(reason) = error as? TraceError else { return false }
      return reason.key == "net_o" && reason.value == .infinity
    }
    do {
      _ = try fixture.record()
    } catch {
      #expect(error.key == "net_o")
      #expect(error.description == "net_o came out +infinity in the traced step: the computation overflowed (an exp of a huge net input, or the log of 0 from a saturated output); check the inputs, parameters and learning rate")
    }
  }

  @Test("A sigmoid far below zero gives 0, not NaN")
  func sigmoidSaturates() {
    #expect(Activation.sigmoid.value(at: -1000) == 0)
    #expect(Activation.sigmoid.value(at: 1000) == 1)
    #expect(Activation.relu.slope(net: 0, out: 0) == 0)
  }
}
