/// The scratch arrays of one training step, allocated once and reused step after step.
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

  init(for network: Network) {
    units = Array(repeating: 0, count: network.unitCount)
    nets = Array(repeating: 0, count: network.neurons.count)
    errorSlopes = nets
    deltas = nets
    gradients = Array(repeating: 0, count: network.parameters.count)
    batchGradients = gradients
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
