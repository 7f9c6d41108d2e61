/// The scratch memory of training steps, allocated once per run and reused step after step, and
/// the network's wiring flattened into index tables for the hot loops.
///
/// A class over raw buffers rather than a struct of arrays: the hot loops read and write through
/// the buffers directly, without the reference counting and uniqueness checks that every array
/// access inside a loop would otherwise pay for (most of a 2-2-2 step's time). Each run makes its
/// own workspace; it is never shared between threads.
final class StepWorkspace {
  /// out of every unit: the inputs first, then every neuron's output.
  let units: UnsafeMutableBufferPointer<Double>
  /// net of every neuron.
  let nets: UnsafeMutableBufferPointer<Double>
  /// ∂E/∂out of every neuron.
  let errorSlopes: UnsafeMutableBufferPointer<Double>
  /// δ = ∂E/∂net of every neuron.
  let deltas: UnsafeMutableBufferPointer<Double>
  /// ∂E/∂p of every parameter for the current example, summed over its uses.
  private(set) var gradients: UnsafeMutableBufferPointer<Double>
  /// ∂E/∂p of every parameter for the batch (sum or mean over its examples).
  private(set) var batchGradients: UnsafeMutableBufferPointer<Double>
  /// log Σ e^{net} of a softmax output layer.
  var logSumExp = 0.0
  /// The parameter index of every connection: connection c multiplies by `connectionWeights[c]`.
  let connectionWeights: UnsafeMutableBufferPointer<Int>
  /// The first connection of every neuron.
  let firstConnections: UnsafeMutableBufferPointer<Int>
  /// For every neuron whose weights are consecutive parameters w, w+1, …, the index of the
  /// first; -1 for any other neuron. Such neurons take the fast paths.
  let firstWeights: UnsafeMutableBufferPointer<Int>
  /// True for a neuron whose weights are consecutive and used by no other connection: the
  /// backward pass writes their gradients outright instead of adding to a zeroed sum.
  let ownsWeights: UnsafeMutableBufferPointer<Bool>
  /// True for a neuron that owns its weights and all of them are trainable: under plain SGD on
  /// one example per step, the backward pass updates them in place, right after their last read.
  let updatesWeightsInPlace: UnsafeMutableBufferPointer<Bool>
  /// The trainable parameters not updated in place (biases, frozen neurons' and shared weights),
  /// as runs of consecutive indices: what the update pass still moves when the backward pass
  /// has updated the rest.
  let trainableNotInPlace: [Range<Int>]
  /// The parameters whose gradients are sums the backward pass adds to (biases, shared or unused
  /// weights): the only ones it zeroes first.
  let summedGradients: UnsafeMutableBufferPointer<Int>
  /// The bias index of every neuron, or -1 for a neuron without one.
  let biases: UnsafeMutableBufferPointer<Int>
  /// The trainable parameters as runs of consecutive indices, in parameter order.
  let trainable: [Range<Int>]
  /// True for a parameter that is a weight (weight decay applies to weights only).
  let isWeight: UnsafeMutableBufferPointer<Bool>

  init(for network: Network) {
    units = .filled(network.unitCount, with: 0)
    nets = .filled(network.neurons.count, with: 0)
    errorSlopes = .filled(network.neurons.count, with: 0)
    deltas = .filled(network.neurons.count, with: 0)
    gradients = .filled(network.parameters.count, with: 0)
    batchGradients = .filled(network.parameters.count, with: 0)
    connectionWeights = .allocate(capacity: network.connectionCount)
    var connection = 0
    for neuron in network.neurons {
      precondition(neuron.firstConnection == connection, "connections numbered neuron by neuron")
      for weight in neuron.weights {
        connectionWeights.initializeElement(at: connection, to: weight)
        connection += 1
      }
    }
    precondition(connection == network.connectionCount, "connections numbered neuron by neuron")
    firstConnections = .copying(network.neurons.lazy.map(\.firstConnection))
    firstWeights = .copying(
      network.neurons.lazy.map { neuron in
        guard let first = neuron.weights.first else { return -1 }
        return neuron.weights.elementsEqual(first..<(first + neuron.weights.count)) ? first : -1
      })
    biases = .copying(network.neurons.lazy.map { $0.bias ?? -1 })
    var uses = Array(repeating: 0, count: network.parameters.count)
    for neuron in network.neurons {
      for weight in neuron.weights { uses[weight] += 1 }
      if let bias = neuron.bias { uses[bias] += 1 }
    }
    var owned = Array(repeating: false, count: network.parameters.count)
    ownsWeights = .copying(
      network.neurons.indices.lazy.map { [firstWeights] j in
        let neuron = network.neurons[j]
        guard firstWeights[j] >= 0, neuron.weights.allSatisfy({ uses[$0] == 1 }) else { return false }
        for weight in neuron.weights { owned[weight] = true }
        return true
      })
    summedGradients = .copying(owned.indices.filter { !owned[$0] })
    var inPlace = Array(repeating: false, count: network.parameters.count)
    updatesWeightsInPlace = .copying(
      network.neurons.indices.lazy.map { [ownsWeights] j in
        let weights = network.neurons[j].weights
        guard ownsWeights[j], weights.allSatisfy({ network.parameters[$0].isTrainable }) else { return false }
        for weight in weights { inPlace[weight] = true }
        return true
      })
    trainableNotInPlace = Self.runs(of: network.parameters.indices.filter { network.parameters[$0].isTrainable && !inPlace[$0] })
    trainable = Self.runs(of: network.parameters.indices.filter { network.parameters[$0].isTrainable })
    isWeight = .copying(network.parameters.lazy.map { $0.role == .weight })
  }

  deinit {
    for buffer in [units, nets, errorSlopes, deltas, gradients, batchGradients] { buffer.deallocate() }
    for buffer in [connectionWeights, firstConnections, firstWeights, biases, summedGradients] { buffer.deallocate() }
    for buffer in [isWeight, ownsWeights, updatesWeightsInPlace] { buffer.deallocate() }
  }

  /// Ascending indices as runs of consecutive ones.
  private static func runs(of indices: [Int]) -> [Range<Int>] {
    var runs: [Range<Int>] = []
    for p in indices {
      if let last = runs.last, last.upperBound == p { runs[runs.count - 1] = last.lowerBound..<(p + 1) } else { runs.append(p..<(p + 1)) }
    }
    return runs
  }

  /// Makes the current example's gradients the batch's, and the batch's buffer the next
  /// example's scratch: for a batch of one, whose gradients are the example's.
  func swapGradients() { swap(&gradients, &batchGradients) }
}

/// What training carries from one step to the next: the parameters and their momenta, in raw
/// buffers for the same reason as `StepWorkspace`. Each run makes its own.
final class TrainingState {
  /// Every parameter's current value, in parameter order.
  let parameters: UnsafeMutableBufferPointer<Double>
  /// Every parameter's momentum (0 until a momentum optimizer moves it).
  let velocities: UnsafeMutableBufferPointer<Double>

  init(for network: Network) {
    parameters = .copying(network.initialParameterValues)
    velocities = .filled(network.parameters.count, with: 0)
  }

  deinit {
    parameters.deallocate()
    velocities.deallocate()
  }
}

extension UnsafeMutableBufferPointer {
  /// A new buffer of `count` copies of `value`; the caller deallocates it.
  static func filled(_ count: Int, with value: Element) -> Self {
    let buffer = allocate(capacity: count)
    buffer.initialize(repeating: value)
    return buffer
  }

  /// A new buffer holding the elements of `elements`; the caller deallocates it.
  static func copying<Elements: Collection<Element>>(_ elements: Elements) -> Self {
    let buffer = allocate(capacity: elements.count)
    _ = buffer.initialize(from: elements)
    return buffer
  }
}

/// Plain SGD on one example per step, done during the backward pass: each weight of a neuron in
/// `StepWorkspace.updatesWeightsInPlace` moves right after the pass's last read of it, so the
/// weights are streamed through memory once instead of again by a separate update pass. The
/// arithmetic is the update pass's, p − η·g with g = δ·input, so the bits are the same.
struct InPlaceUpdate {
  /// The learning rate η.
  let rate: Double
  /// The parameters being updated (the memory the backward pass reads them from).
  let values: UnsafeMutableBufferPointer<Double>

  /// Moves weight `w`, whose value before the step is `value`, by its gradient.
  @inline(__always)
  func move<Recorder: StepRecorder>(_ w: Int, from value: Double, gradient: Double, recorder: inout Recorder) {
    let updated = value - rate * gradient
    values[w] = updated
    recorder.recordUpdate(parameter: w, updated)
  }
}
