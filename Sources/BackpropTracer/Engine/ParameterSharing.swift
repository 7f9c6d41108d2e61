/// How often each parameter is used, and where the backward pass writes the sum of a shared
/// parameter's gradient: made once per network, read by every step of the core.
struct ParameterSharing: Sendable {
  /// How many neurons use each parameter (as a weight or as the bias).
  let useCounts: [Int]
  /// True for a parameter used more than once, whose gradient is the sum of its uses.
  let isShared: [Bool]
  /// For each parameter used more than once, the neurons that use it, in the order the
  /// backward pass reaches them (output layer first); empty for the others.
  let users: [[Int]]
  /// For each layer, the parameters whose gradient sums follow its gradients: those whose last
  /// use the backward pass meets there (in the lowest layer using them), and, after layer 0,
  /// any parameter no neuron uses (an empty sum, 0). In parameter order.
  let sumsAfterLayer: [[Int]]
  /// The parameters whose gradients are sums (used other than once).
  let summed: [Int]
  /// The trainable parameters, in parameter order, as runs of consecutive indices.
  let trainableRuns: [Range<Int>]

  /// The trainable parameters, in parameter order.
  var trainable: FlattenSequence<[Range<Int>]> { trainableRuns.joined() }

  /// - Complexity: O(connections + parameters).
  init(_ network: Network) {
    var useCounts = Array(repeating: 0, count: network.parameters.count)
    var lowestLayer = Array(repeating: 0, count: network.parameters.count)
    for neuron in network.neurons.reversed() {  // the last write is the lowest layer
      for p in neuron.weights + (neuron.bias.map { [$0] } ?? []) {
        useCounts[p] += 1
        lowestLayer[p] = neuron.layer
      }
    }
    var users = Array(repeating: [Int](), count: network.parameters.count)
    for layer in network.layers.reversed() {
      for j in layer.neurons {
        let neuron = network.neurons[j]
        for p in neuron.weights + (neuron.bias.map { [$0] } ?? []) where useCounts[p] > 1 { users[p].append(j) }
      }
    }
    var sumsAfterLayer = Array(repeating: [Int](), count: network.layers.count)
    for p in network.parameters.indices where useCounts[p] != 1 { sumsAfterLayer[lowestLayer[p]].append(p) }
    self.useCounts = useCounts
    isShared = useCounts.map { $0 > 1 }
    self.users = users
    self.sumsAfterLayer = sumsAfterLayer
    summed = network.parameters.indices.filter { useCounts[$0] != 1 }
    var runs: [Range<Int>] = []
    for (p, parameter) in network.parameters.enumerated() where parameter.isTrainable {
      if let last = runs.last, last.upperBound == p { runs[runs.count - 1] = last.lowerBound..<p + 1 } else { runs.append(p..<p + 1) }
    }
    trainableRuns = runs
  }
}
