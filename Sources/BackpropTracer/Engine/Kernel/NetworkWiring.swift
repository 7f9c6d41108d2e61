/// A network's wiring flattened into index tables for the engine's hot loops: which parameter
/// every connection multiplies by, where each neuron's weights start, which gradients are sums.
///
/// Raw buffers, for the reason given at `StepWorkspace`. Built once per network and never
/// changed afterwards, so one wiring serves every run of a `Tracer`, on any thread.
final class NetworkWiring: @unchecked Sendable {
  /// The parameter index of every connection: connection c multiplies by `connectionWeights[c]`.
  let connectionWeights: UnsafeMutableBufferPointer<Int>
  /// The first connection of every neuron.
  let firstConnections: UnsafeMutableBufferPointer<Int>
  /// For every neuron whose weights are consecutive parameters w, w+1, …, the index of the
  /// first; -1 for any other neuron. Such neurons take the fast paths.
  let firstWeights: UnsafeMutableBufferPointer<Int>
  /// The bias index of every neuron, or -1 for a neuron without one.
  let biases: UnsafeMutableBufferPointer<Int>
  /// True for a neuron whose weights are consecutive and used by no other connection: the
  /// backward pass writes their gradients outright instead of adding to a zeroed sum.
  let ownsWeights: UnsafeMutableBufferPointer<Bool>
  /// True for a neuron that owns its weights and all of them are trainable: under plain SGD on
  /// one example per step, the backward pass updates them in place, right after their last read.
  let updatesWeightsInPlace: UnsafeMutableBufferPointer<Bool>
  /// The parameters whose gradients are sums the backward pass adds to (biases, shared or unused
  /// weights): the only ones it zeroes first.
  let summedGradients: UnsafeMutableBufferPointer<Int>
  /// True for a parameter that is a weight (weight decay applies to weights only).
  let isWeight: UnsafeMutableBufferPointer<Bool>
  /// The trainable parameters as runs of consecutive indices, in parameter order.
  let trainable: [Range<Int>]
  /// The trainable parameters not updated in place (biases, frozen neurons' and shared weights),
  /// as runs of consecutive indices: what the update pass still moves when the backward pass
  /// has updated the rest.
  let trainableNotInPlace: [Range<Int>]

  /// - Complexity: O(connections + parameters).
  init(for network: Network) {
    let neuronCount = network.neurons.count, parameterCount = network.parameters.count
    connectionWeights = .allocate(capacity: network.connectionCount)
    firstConnections = .allocate(capacity: neuronCount)
    firstWeights = .allocate(capacity: neuronCount)
    biases = .allocate(capacity: neuronCount)
    ownsWeights = .allocate(capacity: neuronCount)
    updatesWeightsInPlace = .allocate(capacity: neuronCount)
    isWeight = .allocate(capacity: parameterCount)
    // Scratch tables per parameter: uses, trainable, and then whether owned / moved in place.
    let uses = UnsafeMutableBufferPointer<Int>.filled(parameterCount, with: 0)
    let trainableParameter = UnsafeMutableBufferPointer<Bool>.allocate(capacity: parameterCount)
    let owned = UnsafeMutableBufferPointer<Bool>.filled(parameterCount, with: false)
    let inPlace = UnsafeMutableBufferPointer<Bool>.filled(parameterCount, with: false)
    defer { for buffer in [trainableParameter, owned, inPlace] { buffer.deallocate() } }
    defer { uses.deallocate() }
    for (p, parameter) in network.parameters.enumerated() {
      trainableParameter.initializeElement(at: p, to: parameter.isTrainable)
      isWeight.initializeElement(at: p, to: parameter.role == .weight)
    }
    var connection = 0
    for (j, neuron) in network.neurons.enumerated() {
      precondition(neuron.firstConnection == connection, "connections numbered neuron by neuron")
      firstConnections.initializeElement(at: j, to: connection)
      let first = neuron.weights.first ?? -1
      var consecutive = first >= 0
      for (i, weight) in neuron.weights.enumerated() {
        connectionWeights.initializeElement(at: connection &+ i, to: weight)
        uses[weight] += 1
        consecutive = consecutive && weight == first &+ i
      }
      connection += neuron.weights.count
      firstWeights.initializeElement(at: j, to: consecutive ? first : -1)
      biases.initializeElement(at: j, to: neuron.bias ?? -1)
      if let bias = neuron.bias { uses[bias] += 1 }
    }
    precondition(connection == network.connectionCount, "connections numbered neuron by neuron")
    for (j, neuron) in network.neurons.enumerated() {
      var owns = firstWeights[j] >= 0, movesInPlace = owns
      for weight in neuron.weights {
        owns = owns && uses[weight] == 1
        movesInPlace = movesInPlace && trainableParameter[weight]
      }
      movesInPlace = movesInPlace && owns
      for weight in neuron.weights {
        owned[weight] = owns
        inPlace[weight] = movesInPlace
      }
      ownsWeights.initializeElement(at: j, to: owns)
      updatesWeightsInPlace.initializeElement(at: j, to: movesInPlace)
    }
    summedGradients = .copying(owned.indices.lazy.filter { !owned[$0] })
    trainable = Self.runs(of: trainableParameter.indices.lazy.filter { trainableParameter[$0] })
    trainableNotInPlace = Self.runs(of: trainableParameter.indices.lazy.filter { trainableParameter[$0] && !inPlace[$0] })
  }

  deinit {
    for buffer in [connectionWeights, firstConnections, firstWeights, biases, summedGradients] { buffer.deallocate() }
    for buffer in [ownsWeights, updatesWeightsInPlace, isWeight] { buffer.deallocate() }
  }

  /// Ascending indices as runs of consecutive ones.
  private static func runs(of indices: some Sequence<Int>) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    var start = -1, end = -1
    for p in indices {
      if p != end {
        if start >= 0 { runs.append(start..<end) }
        start = p
      }
      end = p + 1
    }
    if start >= 0 { runs.append(start..<end) }
    return runs
  }
}
