/// The scratch arrays of one training step, allocated once and reused step after step, and the
/// network's wiring flattened into index arrays for the hot loops.
struct StepWorkspace {
  /// out of every unit: the inputs first, then every neuron's output.
  var units: [Double]
  /// net of every neuron.
  var nets: [Double]
  /// ∂E/∂out of every neuron.
  var errorSlopes: [Double]
  /// δ = ∂E/∂net of every neuron.
  var deltas: [Double]
  /// ∂E/∂p of every parameter for the current example, summed over its uses.
  var gradients: [Double]
  /// ∂E/∂p of every parameter for the batch (sum or mean over its examples).
  var batchGradients: [Double]
  /// log Σ e^{net} of a softmax output layer.
  var logSumExp = 0.0
  /// The parameter index of every connection: connection c multiplies by `connectionWeights[c]`.
  let connectionWeights: [Int]
  /// The first connection of every neuron.
  let firstConnections: [Int]
  /// For every neuron whose weights are consecutive parameters w, w+1, …, the index of the
  /// first; -1 for any other neuron. Such neurons take the forward pass's fast path.
  let firstWeights: [Int]
  /// The bias index of every neuron, or -1 for a neuron without one.
  let biases: [Int]
  /// The trainable parameters as runs of consecutive indices, in parameter order.
  let trainable: [Range<Int>]
  /// True for a parameter that is a weight (weight decay applies to weights only).
  let isWeight: [Bool]

  init(for network: Network) {
    units = Array(repeating: 0, count: network.unitCount)
    nets = Array(repeating: 0, count: network.neurons.count)
    errorSlopes = nets
    deltas = nets
    gradients = Array(repeating: 0, count: network.parameters.count)
    batchGradients = gradients
    var weights: [Int] = []
    weights.reserveCapacity(network.connectionCount)
    for neuron in network.neurons { weights.append(contentsOf: neuron.weights) }
    connectionWeights = weights
    precondition(weights.count == network.connectionCount, "connections numbered neuron by neuron")
    firstConnections = network.neurons.map(\.firstConnection)
    firstWeights = network.neurons.map { neuron in
      guard let first = neuron.weights.first else { return -1 }
      return neuron.weights.elementsEqual(first..<(first + neuron.weights.count)) ? first : -1
    }
    biases = network.neurons.map { $0.bias ?? -1 }
    var runs: [Range<Int>] = []
    for (p, parameter) in network.parameters.enumerated() where parameter.isTrainable {
      if let last = runs.last, last.upperBound == p { runs[runs.count - 1] = last.lowerBound..<(p + 1) } else { runs.append(p..<(p + 1)) }
    }
    trainable = runs
    isWeight = network.parameters.map { $0.role == .weight }
  }
}

/// What training carries from one step to the next: the parameters and their momenta.
struct TrainingState {
  var parameters: [Double]
  var velocities: [Double]

  init(for network: Network) {
    parameters = network.initialParameterValues
    velocities = Array(repeating: 0, count: network.parameters.count)
  }
}
