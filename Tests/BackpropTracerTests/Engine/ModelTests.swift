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
    let first = network.train(data, plan: plan, steps: 9)
    let second = network.train(data, plan: plan, steps: 9)
    #expect(first == second)
    let other = network.train(data, plan: TrainingPlan(batchSize: 2, order: .shuffled(seed: 6)), steps: 9)
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
