import BackpropTracer
import Testing

/// Bad values a library user can pass never trap: each is refused with a located message, in the
/// words and the form of the fixture reader's (`call: path: message`).
@Suite("Library API errors")
struct LibraryErrorTests {
  /// Mazur's 2-2-2 network, valid.
  static let definition = NetworkDefinition(
    inputs: ["i1", "i2"],
    layers: [
      LayerDefinition(activation: .sigmoid, neurons: ["h1", "h2"], weights: [["w1", "w2"], ["w3", "w4"]], biases: ["b1", "b1"]),
      LayerDefinition(activation: .sigmoid, neurons: ["o1", "o2"], weights: [["w5", "w6"], ["w7", "w8"]], biases: ["b2", "b2"]),
    ],
    parameters: [
      "w1": 0.15, "w2": 0.20, "w3": 0.25, "w4": 0.30, "w5": 0.40, "w6": 0.45, "w7": 0.50, "w8": 0.55, "b1": 0.35, "b2": 0.60,
    ],
    loss: .halfSquaredError, learningRate: 0.5)
  static let example = Example(inputs: [0.05, 0.10], targets: [0.01, 0.99])

  /// The description of the error `body` throws, or nil when it throws none.
  static func message<T>(_ body: () throws -> T) -> String? {
    do {
      _ = try body()
      return nil
    } catch {
      return "\(error)"
    }
  }

  @Test("Network.trace refuses no examples, zero steps and examples that do not fit, saying where")
  func traceArguments() throws {
    let network = try Self.definition.network()
    let cases: [(String, () throws -> Trace)] = [
      ("Network.trace: examples: a run needs at least one example", { try network.trace([]) }),
      ("Network.trace: steps: expected 1 to 10000000 steps, found 0", { try network.trace([Self.example], steps: 0) }),
      ("Network.trace: steps: expected 1 to 10000000 steps, found -3", { try network.trace([Self.example], steps: -3) }),
      (
        "Network.trace: examples[1].inputs: expected 2 values (one per input: i1, i2), found 3",
        { try network.trace([Self.example, Example(inputs: [1, 2, 3], targets: [0, 1])], perExampleKeys: true) }
      ),
      (
        "Network.trace: examples[0].targets: expected 2 values (one per target: o1, o2), found 0",
        { try network.trace([Example(inputs: [1, 2], targets: [])]) }
      ),
      (
        "Network.trace: examples[0].targets[1]: the value of target \"o2\" must be finite, found nan",
        { try network.trace([Example(inputs: [1, 2], targets: [0, .nan])]) }
      ),
      (
        "Network.trace: plan.batchSize: a batch needs at least one example, found 0",
        { try network.trace([Self.example], plan: TrainingPlan(batchSize: 0)) }
      ),
      (
        "Network.trace: plan.optimizer: the momentum must be at least 0 and below 1, found 1.5",
        { try network.trace([Self.example], plan: TrainingPlan(optimizer: .momentum(1.5))) }
      ),
      (
        "Network.trace: plan.weightDecay: the weight decay must be 0 or more and finite, found inf",
        { try network.trace([Self.example], plan: TrainingPlan(weightDecay: .infinity)) }
      ),
    ]
    for (expected, body) in cases {
      #expect(Self.message(body) == expected)
    }
    #expect(throws: TraceError.self) { try network.trace([]) }
    #expect(try network.trace([Self.example])["w5_new"] != nil, "the valid call still traces")
  }

  @Test("A trace too large to record is refused before it starts, as a fixture's would be")
  func traceTooLarge() throws {
    let network = try Self.definition.network()
    let message = try #require(Self.message { try network.trace([Self.example], steps: 10_000_000, perExampleKeys: true) })
    #expect(message.hasPrefix("Network.trace: the trace would record about 10000149 values, more than the 2000000 allowed: trace fewer steps (the argument steps)"), "\(message)")
  }

  @Test("Network.train and Network.totalError refuse what trace refuses, and a wrong parameter count")
  func trainAndTotalError() throws {
    let network = try Self.definition.network()
    #expect(Self.message { try network.train([], steps: 1) } == "Network.train: examples: a run needs at least one example")
    #expect(Self.message { try network.train([Self.example], steps: 0) } == "Network.train: steps: expected 1 to 10000000 steps, found 0")
    let parameters = network.initialParameterValues
    #expect(
      Self.message { try network.totalError(on: [Self.example], parameters: Array(parameters.dropLast())) }
        == "Network.totalError: parameters: expected 10 values (one per parameter: w1, w2, w3, w4, b1, w5, w6, w7, w8, b2), found 9")
    #expect(
      Self.message { try network.totalError(on: [Self.example], parameters: parameters.map { $0 == 0.4 ? -.infinity : $0 }) }
        == "Network.totalError: parameters[5]: the value of parameter \"w5\" must be finite, found -inf")
    #expect(Self.message { try network.totalError(on: [], parameters: parameters) } == "Network.totalError: examples: a run needs at least one example")
    let error = try network.totalError(on: [Self.example], parameters: parameters)
    #expect(error == (try network.trace([Self.example]))["E_total"], "the valid call gives the traced step's error")
  }

  @Test("Fixture.trace refuses steps out of range")
  func fixtureSteps() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    #expect(Self.message { try fixture.trace(steps: 0) } == "Fixture.trace: steps: expected 1 to 10000000 steps, found 0")
    #expect(Self.message { try fixture.trace(steps: 2) } == nil)
  }

  @Test("NetworkDefinition refuses what JSON cannot write: non-finite values and settings")
  func nonFiniteDefinitions() {
    func message(_ edit: (inout NetworkDefinition) -> Void) -> String? {
      var definition = Self.definition
      edit(&definition)
      return Self.message { try definition.network() }
    }
    #expect(
      message { $0.parameters[0].value = .nan }
        == "NetworkDefinition: parameters.w1: the value of parameter \"w1\" must be finite, found nan")
    #expect(message { $0.learningRate = .infinity } == "NetworkDefinition: learningRate: the learning rate must be finite, found inf")
    #expect(message { $0.learningRate = .nan } == "NetworkDefinition: learningRate: the learning rate must be positive, found nan")
    #expect(
      message { $0.layers[0].activation = .leakyRelu(negativeSlope: .nan) }
        == "NetworkDefinition: layers[0].negativeSlope: the negative slope of a leaky ReLU must be at least 0 and below 1, found nan")
    #expect(
      message { $0.layers[1].activation = .elu(alpha: -1) }
        == "NetworkDefinition: layers[1].alpha: the alpha of an ELU must be above 0, found -1.0")
    #expect(
      message { $0.inputs[0] = "" }
        == "NetworkDefinition: inputs[0]: input names are 1 to 32 ASCII letters and digits (such as h1, w5, theta4), found \"\"")
  }
}
