import Foundation
import Testing

@testable import BackpropTracer

/// The seed the engine's random tests start from: `BACKPROP_SEED` when set, else 1. Each test
/// prints it, and every failure names the seed of its network.
let engineTestSeed = UInt64(ProcessInfo.processInfo.environment["BACKPROP_SEED"] ?? "") ?? 1

/// A random network (`RandomNetworks`), now and then with a hidden layer of step units or a
/// parameter of exactly −0, a data set of 1–6 examples, a plan (batch size, reduction, order,
/// optimizer, weight decay) and a number of steps, all drawn from `seed`.
struct RandomRun {
  let seed: UInt64
  let network: Network
  let examples: [Example]
  let plan: TrainingPlan
  let steps: Int

  init(seed: UInt64) {
    self.seed = seed
    var (network, examples) = RandomNetworks.make(seed: seed)
    var random = SplitMix64(seed: seed &* 0x9E37_79B9)
    if random.next() % 4 == 0, network.layers.count > 1, network.layers[0].activation.isElementwise {
      network = network.replacing(activation: .step, ofLayer: 0)
    }
    if random.next() % 8 == 0 { network = network.replacing(value: -0.0, ofParameter: 0) }
    if random.next() % 2 == 0 { examples += examples.reversed() }
    let optimizers: [TrainingPlan.Optimizer] = [.sgd, .momentum(0.9), .averagedMomentum(0.5)]
    plan = TrainingPlan(
      batchSize: [1, 2, 100][Int(random.next() % 3)], reduction: random.next() % 2 == 0 ? .sum : .mean,
      order: random.next() % 3 == 0 ? .shuffled(seed: random.next() % 1000) : .inOrder,
      optimizer: optimizers[Int(random.next() % 3)], weightDecay: random.next() % 3 == 0 ? 0.05 : nil)
    steps = 1 + Int(random.next() % 4)
    self.network = network
    self.examples = examples
  }

  /// The runs of `count` seeds from `first`.
  static func runs(_ count: Int, from first: UInt64 = engineTestSeed) -> [RandomRun] {
    (first..<first + UInt64(count)).map(RandomRun.init(seed:))
  }
}

extension Network {
  /// The network with layer `l`'s activation replaced.
  func replacing(activation: Activation, ofLayer l: Int) -> Network {
    var layers = self.layers
    layers[l] = Layer(activation: activation, neurons: layers[l].neurons, inputs: layers[l].inputs)
    return Network(
      inputNames: inputNames, layers: layers, neurons: neurons, parameters: parameters, loss: loss,
      learningRate: learningRate)
  }

  /// The network with parameter `p` starting from `value`.
  func replacing(value: Double, ofParameter p: Int) -> Network {
    var parameters = self.parameters
    parameters[p].value = value
    return Network(
      inputNames: inputNames, layers: layers, neurons: neurons, parameters: parameters, loss: loss,
      learningRate: learningRate)
  }
}

/// `steps` training steps through the core alone (`TrainingStep`, then `Backpropagation`'s
/// forward passes for the data-set error after each): what the kernel must reproduce bit for bit.
func coreTraining(
  _ network: Network, _ examples: [Example], plan: TrainingPlan, steps: Int
) -> (errors: [Double], parameters: [Double]) {
  let sharing = ParameterSharing(network)
  func dataSetError(_ parameters: [Double]) -> Double {
    var core = Backpropagation(network, sharing: sharing, parameters: parameters), ledger = DiscardingLedger()
    var total = 0.0
    for example in examples {
      core.noteExample(example, targets: true, into: &ledger)
      core.forwardPass(into: &ledger)
      total += core.error(into: &ledger)
    }
    return plan.reduction == .mean ? total / Double(examples.count) : total
  }
  var schedule = BatchSchedule(exampleCount: examples.count, plan: plan)
  var parameters = network.initialParameterValues, velocities: [Double] = [], errors = [dataSetError(parameters)]
  for step in 0..<steps {
    let batch = schedule.next() ?? []
    var ledger = DiscardingLedger()
    // Per-example keys or not, a step computes the same numbers: alternate to check it.
    let perExampleKeys = batch.count > 1 || step % 2 == 1
    let result = TrainingStep(network: network, plan: plan, sharing: sharing, perExampleKeys: perExampleKeys)
      .run(batch.map { ($0 + 1, examples[$0]) }, from: parameters, velocities: velocities, into: &ledger)
    (parameters, velocities) = (result.parameters, result.velocities)
    errors.append(dataSetError(parameters))
  }
  return (errors, parameters)
}

extension Repository {
  /// Every fixture's trace, and a trace of 3 steps of each training fixture, each with the
  /// fixture's name.
  static func fixtureTraces() throws -> [(name: String, trace: Trace)] {
    return try fixtureNames.flatMap { name in
      let fixture = try fixture(name)
      return try ([fixture.trace()] + (fixture.mode == .train ? [fixture.trace(steps: 3)] : [])).map { (name, $0) }
    }
  }
}

/// True when `a` and `b` are the same number (a zero of either sign being the same) or both not a
/// number: how a replay through the core and one through the derivations agree once answers
/// are put in (a gradient of a parameter used once is 0 + its use in the core, which may be +0
/// where the use alone is −0, and the difference carries on into the update and later steps).
func sameValue(_ a: Double, _ b: Double) -> Bool {
  a == b || a.isNaN && b.isNaN
}

/// True when `a` and `b` are the same bits, or both zeros of an entry whose zero may carry the
/// other sign when recomputed from its derivation: ∂E/∂p of a parameter used once, which the
/// core writes as the sum of its one use, 0 + product (as the kernel does), where the product
/// alone may be −0; and so p − η·∂E/∂p of a parameter that is exactly −0.
func sameBits(_ a: Double, _ b: Double, at position: Int, of layout: TraceLayout) -> Bool {
  if a.bitPattern == b.bitPattern { return true }
  guard a == 0, b == 0 else { return false }
  switch (layout.quantities[position], layout.derivations[position]) {
  case (.gradient, .product), (.ofExample(.gradient, _), .product), (.updated, .update): return true
  default: return false
  }
}

/// Random networks wide enough for the kernel's fast paths: layers of 4–11 neurons whose weights
/// are consecutive and their own (sums four neurons at a time, gradients written outright, SGD
/// inside the backward pass), some neurons frozen whole or in part, any activation and loss.
enum WideNetworks {
  static func make(seed: UInt64) -> (Network, [Example]) {
    var random = SplitMix64(seed: seed &+ 0x5EED)
    func draw(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
    let inputCount = draw(3...9), layerCount = draw(1...3), loss = Loss.allCases[draw(0...(Loss.allCases.count - 1))]
    var parameters: [Parameter] = [], neurons: [Neuron] = [], layers: [Layer] = []
    var previous = 0..<inputCount, connections = 0
    for l in 0..<layerCount {
      let choices = Activation.elementwise + [.softmax]
      var activation = choices[draw(0...(choices.count - 1))]
      if l == layerCount - 1, let required = loss.requiredOutputActivation { activation = required }
      let first = neurons.count, frozen = draw(0...5)  // 0: a frozen neuron, 1: a frozen weight
      for j in 0..<draw(4...11) {
        let weights = Array(parameters.count..<parameters.count + previous.count)
        for i in previous.indices {
          let frozenHere = (frozen == 0 && j == 1) || (frozen == 1 && j == 2 && i == previous.lowerBound)
          parameters.append(Parameter(
            name: "w\(parameters.count)", value: .random(in: -1...1, using: &random), role: .weight, isTrainable: !frozenHere))
        }
        let bias = draw(0...3) == 0 ? nil : parameters.count
        if bias != nil {
          parameters.append(Parameter(name: "b\(parameters.count)", value: .random(in: -0.5...0.5, using: &random), role: .bias, isTrainable: true))
        }
        neurons.append(Neuron(name: "n\(neurons.count)", layer: l, weights: weights, bias: bias, firstConnection: connections))
        connections += weights.count
      }
      layers.append(Layer(activation: activation, neurons: first..<neurons.count, inputs: previous))
      previous = (inputCount + first)..<(inputCount + neurons.count)
    }
    let network = Network(
      inputNames: (0..<inputCount).map { "x\($0)" }, layers: layers, neurons: neurons, parameters: parameters, loss: loss,
      learningRate: Double.random(in: 0.01...0.5, using: &random))
    let outputs = layers[layerCount - 1].neurons.count
    let examples = (0..<draw(1...4)).map { _ in
      let hot = draw(0...(outputs - 1))
      return Example(
        inputs: (0..<inputCount).map { _ in Double.random(in: -2...2, using: &random) },
        targets: (0..<outputs).map { loss == .crossEntropy ? ($0 == hot ? 1 : 0) : Double.random(in: 0...1, using: &random) })
    }
    return (network, examples)
  }
}
