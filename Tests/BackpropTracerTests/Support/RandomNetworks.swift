import BackpropTracer

/// Random fully connected networks with every feature the engine supports: depth 1–3, widths
/// 1–4, any activation and loss (cross-entropies with their matching output layer), biases per
/// neuron, shared by a layer or absent, weights shared across neurons, frozen parameters, and a
/// batch of 1–3 examples.
enum RandomNetworks {
  static func make(seed: UInt64) -> (Network, [Example]) {
    var random = SplitMix64(seed: seed)
    let inputCount = Int.random(in: 1...3, using: &random)
    let layerCount = Int.random(in: 1...3, using: &random)
    let loss = Loss.allCases.randomElement(using: &random) ?? .squaredError
    var parameters: [Parameter] = []
    var neurons: [Neuron] = []
    var layers: [Layer] = []
    var previous = 0..<inputCount
    var connection = 0
    func newParameter(_ role: Parameter.Role, _ random: inout SplitMix64) -> Int {
      parameters.append(
        Parameter(
          name: "p\(parameters.count)", value: Double.random(in: -1...1, using: &random), role: role,
          isTrainable: Double.random(in: 0...1, using: &random) > 0.2))
      return parameters.count - 1
    }
    for layerIndex in 0..<layerCount {
      let width = Int.random(in: 1...4, using: &random)
      let hiddenChoices = Activation.elementwise.filter { $0 != .step } + [.leakyRelu(negativeSlope: 0.2), .softmax]
      var activation = hiddenChoices.randomElement(using: &random) ?? .sigmoid
      if layerIndex == layerCount - 1, let required = loss.requiredOutputActivation { activation = required }
      let biasStyle = Int.random(in: 0...2, using: &random)  // 0 none, 1 per neuron, 2 shared
      let sharedBias = biasStyle == 2 ? newParameter(.bias, &random) : nil
      let firstNeuron = neurons.count
      for j in 0..<width {
        var weights = previous.map { _ in newParameter(.weight, &random) }
        // Occasionally tie a weight to the previous neuron's weight for the same input.
        if j > 0, Bool.random(using: &random), let tied = neurons.last?.weights.first {
          weights[0] = tied
        }
        let bias = biasStyle == 1 ? newParameter(.bias, &random) : sharedBias
        neurons.append(Neuron(name: "n\(neurons.count)", layer: layerIndex, weights: weights, bias: bias, firstConnection: connection))
        connection += weights.count
      }
      layers.append(Layer(activation: activation, neurons: firstNeuron..<neurons.count, inputs: previous))
      previous = (inputCount + firstNeuron)..<(inputCount + neurons.count)
    }
    let network = Network(
      inputNames: (0..<inputCount).map { "x\($0)" }, layers: layers, neurons: neurons,
      parameters: parameters, loss: loss, learningRate: Double.random(in: 0.01...1, using: &random))
    let outputs = layers[layerCount - 1].neurons.count
    let examples = (0..<Int.random(in: 1...3, using: &random)).map { _ in
      let hot = Int.random(in: 0..<outputs, using: &random)
      return Example(
        inputs: (0..<inputCount).map { _ in Double.random(in: -2...2, using: &random) },
        targets: (0..<outputs).map { loss == .crossEntropy ? ($0 == hot ? 1 : 0) : Double.random(in: 0...1, using: &random) })
    }
    return (network, examples)
  }
}
