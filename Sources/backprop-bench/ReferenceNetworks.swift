import BackpropTracer

/// The reference programs' networks (`/work/shared/bench`), built through the library.
enum ReferenceNetworks {
  /// Seed 000's 2-2-2 sigmoid net (the numbers of `Fixtures/mazur-2-2-2.json`): ½ squared error,
  /// η = 0.5, biases b1 = 0.35 and b2 = 0.60 each shared by a layer and frozen.
  static func mazur() -> (Network, Example) {
    let weights = [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55]
    var parameters = weights.enumerated().map {
      Parameter(name: "w\($0.offset + 1)", value: $0.element, role: .weight, isTrainable: true)
    }
    parameters.insert(Parameter(name: "b1", value: 0.35, role: .bias, isTrainable: false), at: 4)
    parameters.append(Parameter(name: "b2", value: 0.60, role: .bias, isTrainable: false))
    let neurons = [
      Neuron(name: "h1", layer: 0, weights: [0, 1], bias: 4, firstConnection: 0),
      Neuron(name: "h2", layer: 0, weights: [2, 3], bias: 4, firstConnection: 2),
      Neuron(name: "o1", layer: 1, weights: [5, 6], bias: 9, firstConnection: 4),
      Neuron(name: "o2", layer: 1, weights: [7, 8], bias: 9, firstConnection: 6),
    ]
    let layers = [
      Layer(activation: .sigmoid, neurons: 0..<2, inputs: 0..<2),
      Layer(activation: .sigmoid, neurons: 2..<4, inputs: 2..<4),
    ]
    let network = Network(
      inputNames: ["i1", "i2"], layers: layers, neurons: neurons, parameters: parameters,
      loss: .halfSquaredError, learningRate: 0.5)
    return (network, Example(inputs: [0.05, 0.10], targets: [0.01, 0.99]))
  }

  /// The reference MLP: 784 inputs, sigmoid hidden layers of `hidden` widths, a softmax output of
  /// 10, cross-entropy for class 3, η = 0.1, biases per neuron and trained.
  ///
  /// Weights are named w1, w2, … and biases b1, b2, … across the network; hidden neurons h1, h2, …
  /// (h1n1, h2n1, … with several hidden layers), outputs o1 … o10.
  /// Parameters come from splitmix64 seeded with 42, drawn layer by layer as the reference does:
  /// the weights row by row (one row per neuron), then the biases, each 0.05 · (Σ₁₂ u − 6); then
  /// the 784 inputs, plain uniforms. For `hidden == [50]` this is bit for bit the reference's net.
  static func mlp(hidden: [Int] = [50]) -> (Network, Example) {
    var random = ReferenceRandom(seed: 42)
    let sizes = [784] + hidden + [10]
    var parameters: [Parameter] = []
    var neurons: [Neuron] = []
    var layers: [Layer] = []
    var inputs = 0..<sizes[0]
    var connection = 0, weightCount = 0, biasCount = 0
    for layerIndex in 0..<(sizes.count - 1) {
      let width = sizes[layerIndex + 1], fanIn = sizes[layerIndex]
      let isOutput = layerIndex == sizes.count - 2
      let prefix = isOutput ? "o" : (hidden.count == 1 ? "h" : "h\(layerIndex + 1)n")
      let firstWeight = parameters.count
      for _ in 0..<width {
        for _ in 0..<fanIn {
          weightCount += 1
          parameters.append(Parameter(name: "w\(weightCount)", value: 0.05 * random.normal(), role: .weight, isTrainable: true))
        }
      }
      let firstBias = parameters.count
      for _ in 0..<width {
        biasCount += 1
        parameters.append(Parameter(name: "b\(biasCount)", value: 0.05 * random.normal(), role: .bias, isTrainable: true))
      }
      let firstNeuron = neurons.count
      for j in 0..<width {
        let weights = Array((firstWeight + j * fanIn)..<(firstWeight + (j + 1) * fanIn))
        neurons.append(
          Neuron(name: "\(prefix)\(j + 1)", layer: layerIndex, weights: weights, bias: firstBias + j, firstConnection: connection))
        connection += fanIn
      }
      layers.append(Layer(activation: isOutput ? .softmax : .sigmoid, neurons: firstNeuron..<neurons.count, inputs: inputs))
      inputs = (sizes[0] + firstNeuron)..<(sizes[0] + neurons.count)
    }
    let x = (0..<sizes[0]).map { _ in random.uniform() }
    let network = Network(
      inputNames: (1...sizes[0]).map { "x\($0)" }, layers: layers, neurons: neurons, parameters: parameters,
      loss: .crossEntropy, learningRate: 0.1)
    return (network, Example(inputs: x, targets: (0..<10).map { $0 == 3 ? 1 : 0 }))
  }
}

/// The reference programs' generator: splitmix64, uniforms from the top 53 bits, and an
/// Irwin–Hall normal (the sum of 12 uniforms minus 6), so no libm is involved.
struct ReferenceRandom {
  private var generator: SplitMix64

  init(seed: UInt64) { generator = SplitMix64(seed: seed) }

  /// The next 64 bits of splitmix64.
  mutating func next() -> UInt64 { generator.next() }

  /// (next >> 11) · 2⁻⁵³, in [0, 1).
  mutating func uniform() -> Double { Double(next() >> 11) * 0x1p-53 }

  /// (u₁ + … + u₁₂) − 6, summed left to right.
  mutating func normal() -> Double {
    var sum = 0.0
    for _ in 0..<12 { sum += uniform() }
    return sum - 6
  }
}
