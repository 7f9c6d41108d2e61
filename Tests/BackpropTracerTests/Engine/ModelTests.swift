import BackpropTracer
import Testing

@Suite("Models of the seeds")
struct ModelTests {
  @Test("At the XOR optimum of a linear model (w1 = w2 = 0, b = 1/2) every gradient is exactly 0")
  func xorLinearOptimum() throws {
    let trace = try Repository.fixture("xor-linear-model").trace()
    for key in ["dE_dw1", "dE_dw2", "dE_db"] { #expect(trace[TraceKey(key)] == 0, "\(key)") }
    for example in 1...4 { #expect(trace[TraceKey("out_y_ex\(example)")] == 0.5) }
    #expect(trace["E_total"] == 0.25)
  }

  @Test("Softmax with cross-entropy: delta is o - t, and the full chain through the Jacobian agrees")
  func softmaxCrossEntropy() throws {
    let trace = try Repository.fixture("keras-2-4-3-softmax").trace()
    for (k, name) in ["o1", "o2", "o3"].enumerated() {
      let out = try #require(trace[Quantity.out(name).key])
      let delta = try #require(trace[Quantity.delta(name).key])
      let chain = try #require(trace[Quantity.deltaByChain(name).key])
      #expect(delta == out - (k == 2 ? 1 : 0))
      #expect(abs(chain - delta) < 1e-12)
    }
    let outs = try ["o1", "o2", "o3"].map { try #require(trace[Quantity.out($0).key]) }
    #expect(abs(outs.reduce(0, +) - 1) < 1e-15)
    #expect(trace["dout_o2_dnet_o1"] == -(outs[1] * outs[0]))
  }

  @Test("Binary cross-entropy with a sigmoid: delta is a - y, beside the full chain")
  func binaryCrossEntropy() throws {
    let trace = try Repository.fixture("logistic-regression-bce").trace()
    let out = try #require(trace["out_a"]), delta = try #require(trace["delta_a"])
    #expect(delta == out - 1)
    #expect(abs(try #require(trace["delta_a_chain"]) - delta) < 1e-12)
  }

  @Test("Momentum: v = mu v - eta g, p = p + v, and the averaged variant v = mu v + (1 - mu) g, p = p - eta v")
  func momentum() throws {
    let (network, examples) = RandomNetworks.make(seed: 7)
    for optimizer in [TrainingPlan.Optimizer.momentum(0.9), .averagedMomentum(0.9)] {
      let plan = TrainingPlan(batchSize: examples.count, optimizer: optimizer)
      let trace = try network.trace(examples, plan: plan, steps: 1, perExampleKeys: true)
      for parameter in network.parameters where parameter.isTrainable {
        let p = try #require(trace[Quantity.parameter(parameter.name).key])
        let g = try #require(trace[Quantity.gradient(parameter.name).key])
        let v = try #require(trace[Quantity.updatedVelocity(parameter.name).key])
        let new = try #require(trace[Quantity.updated(parameter.name).key])
        #expect(trace[Quantity.velocity(parameter.name).key] == 0)
        if case .momentum = optimizer {
          #expect(v == 0.9 * 0 - network.learningRate * g)
          #expect(new == p + v)
        } else {
          #expect(v == 0.9 * 0 + (1 - 0.9) * g)
          #expect(new == p - network.learningRate * v)
        }
      }
    }
  }

  @Test("Weight decay adds lambda w to each weight's gradient (not to the biases) and lambda/2 sum w^2 to the objective")
  func weightDecay() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let plan = TrainingPlan(weightDecay: 0.01)
    let trace = try fixture.network.trace(fixture.examples, plan: plan)
    let w5 = 0.4, gradient = try #require(trace["dE_dw5"])
    #expect(trace["dpenalty_dw5"] == 0.01 * w5)
    #expect(trace["dJ_dw5"] == gradient + 0.01 * w5)
    #expect(trace["w5_new"] == w5 - 0.5 * (gradient + 0.01 * w5))
    #expect(trace["dpenalty_db1"] == nil)
    let squares = [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55].reduce(0) { $0 + $1 * $1 }
    #expect(trace["penalty"] == 0.5 * 0.01 * squares)
  }

  @Test("A batch's gradient is the mean (or sum) of its examples' gradients")
  func batchReduction() throws {
    let trace = try Repository.fixture("xor-linear-model").trace()
    let shares = try (1...4).map { try #require(trace[TraceKey("dE_db_ex\($0)")]) }
    #expect(trace["dE_db"] == shares.reduce(0, +) / 4)
  }

  @Test("Shuffled epochs are reproducible from their seed and visit every example once per epoch")
  func shuffledEpochs() throws {
    let (network, examples) = RandomNetworks.make(seed: 11)
    let data = examples + examples + examples
    let plan = TrainingPlan(batchSize: 2, order: .shuffled(seed: 5))
    let first = try network.train(data, plan: plan, steps: 9)
    let second = try network.train(data, plan: plan, steps: 9)
    #expect(first == second)
    let other = try network.train(data, plan: TrainingPlan(batchSize: 2, order: .shuffled(seed: 6)), steps: 9)
    #expect(other.errorsAfterStep.count == 9)
  }

  @Test("The step activation passes no error back: its slope is 0, so every delta behind it is 0")
  func stepActivation() throws {
    let fixture = try loadFixture(
      """
      {"title": "step", "loss": "halfSquaredError", "learningRate": 1,
       "network": {"inputs": ["x"], "layers": [
         {"activation": "step", "neurons": ["h"], "weights": [["w1"]], "biases": ["b1"]},
         {"activation": "sigmoid", "neurons": ["o"], "weights": [["w2"]]}],
         "parameters": {"w1": 1, "b1": -0.5, "w2": 2}},
       "example": {"inputs": {"x": 1}, "targets": {"o": 0}}}
      """)
    let trace = try fixture.trace()
    #expect(trace["out_h"] == 1)
    #expect(trace["dout_dnet_h"] == 0)
    #expect(trace["delta_h"] == 0)
    #expect(trace["w1_new"] == 1)
    #expect(trace["w2_new"] != 2)
  }
}

@Suite("Evaluation and the perceptron rule")
struct EvaluationAndPerceptronTests {
  @Test("The XOR networks of seeds 001 and 002 output 0, 1, 1, 0 over the four inputs")
  func xorNetworks() throws {
    for name in ["xor-relu-network", "xor-threshold-units"] {
      let trace = try Repository.fixture(name).trace()
      #expect((1...4).map { trace[TraceKey("out_y_ex\($0)")] } == [0, 1, 1, 0], "\(name)")
      #expect(trace["E_total"] == nil && trace["w1_new"] == nil, "an evaluation computes no error and no update")
    }
  }

  @Test("The perceptron rule converges on AND and classifies every example")
  func perceptronAnd() throws {
    let fixture = try Repository.fixture("perceptron-and")
    let trace = try fixture.trace()
    guard case let .perceptronResult(outcome) = trace.layout.sections.last?.kind else {
      Issue.record("no result section")
      return
    }
    guard case let .converged(epoch) = outcome else {
      Issue.record("did not converge: \(outcome)")
      return
    }
    #expect(trace[Quantity.ofEpoch(.mistakes, epoch).key] == 0)
    let w1 = try #require(trace["w1_final"]), w2 = try #require(trace["w2_final"]), b = try #require(trace["b_final"])
    for example in fixture.examples {
      let net = b + w1 * example.inputs[0] + w2 * example.inputs[1]
      #expect((net > 0 ? 1.0 : 0.0) == example.targets[0])
    }
  }

  @Test("The perceptron rule on XOR cycles without converging")
  func perceptronXor() throws {
    let trace = try Repository.fixture("perceptron-xor").trace()
    guard case let .perceptronResult(outcome) = trace.layout.sections.last?.kind, case .cycles = outcome else {
      Issue.record("expected a cycle, found \(String(describing: trace.layout.sections.last?.kind))")
      return
    }
    let epochs = trace.layout.sections.compactMap { section -> Int? in
      if case let .perceptronEpoch(epoch) = section.kind { return epoch } else { return nil }
    }
    for epoch in epochs { #expect((trace[Quantity.ofEpoch(.mistakes, epoch).key] ?? 0) > 0) }
  }

  @Test("A replay reproduces a run of the perceptron rule bit for bit")
  func perceptronReplay() throws {
    let trace = try Repository.fixture("perceptron-xor").trace()
    #expect(trace.replay().values == trace.values)
  }

  @Test("The perceptron mode refuses what the rule cannot run", arguments: [
    ("\"activation\": \"step\"", "\"activation\": \"sigmoid\"", "q.json:3:13: network: the perceptron rule needs a single layer with the step activation"),
    ("\"targets\": {\"y\": 1}", "\"targets\": {\"y\": 0.5}", "q.json:5:14: examples: the perceptron rule needs targets 0 or 1; example 1 has 0.5"),
    ("\"maxEpochs\": 5", "\"maxEpochs\": 0", "q.json:2:37: maxEpochs: expected a number of epochs from 1 to 100000, found 0"),
    ("\"mode\": \"perceptron\"", "\"mode\": \"percepton\"", "q.json:2:10: mode: unknown mode \"percepton\"; expected one of: train, evaluate, perceptron"),
  ])
  func perceptronErrors(old: String, new: String, message: String) {
    let text = """
      {"title": "p",
       "mode": "perceptron", "maxEpochs": 5, "learningRate": 1,
       "network": {"inputs": ["x"], "layers": [{"activation": "step", "neurons": ["y"], "weights": [["w"]], "biases": ["b"]}],
                   "parameters": {"w": 0, "b": 0}},
       "examples": [{"inputs": {"x": 1}, "targets": {"y": 1}}]}
      """
    do {
      _ = try loadFixture(text.replacingOccurrences(of: old, with: new), file: "q.json")
      Issue.record("loaded")
    } catch {
      #expect(error.description == message)
    }
  }
}
