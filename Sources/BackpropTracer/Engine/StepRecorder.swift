/// Receives every value of one training step as the engine computes it.
///
/// The engine is generic over its recorder: with `DiscardingRecorder` the calls compile away and
/// the loop runs at full speed; with `SlotRecorder` each value is stored once into a trace. Both
/// run the very same arithmetic, so traced and untraced training give bit-identical numbers.
/// Calls between `beginExample` and the next `beginExample` or `recordBatchError` belong to
/// that example of the batch.
protocol StepRecorder {
  /// False for a recorder that keeps nothing: the engine may then skip storing values that only
  /// a recorder would read (the gradients of weights updated in place).
  static var keepsValues: Bool { get }
  /// The following per-example values belong to the batch's example at `position`.
  mutating func beginExample(_ position: Int)
  /// A neuron's net input and output.
  mutating func recordForward(neuron: Int, net: Double, out: Double)
  /// log Σ e^{net} of the softmax output layer (for the categorical cross-entropy).
  mutating func recordLogSumExp(_ value: Double)
  /// An output neuron's error term E_o and ∂E/∂out_o.
  mutating func recordErrorTerm(neuron: Int, term: Double, slope: Double)
  /// The example's total error.
  mutating func recordTotalError(_ error: Double)
  /// For a connection into consumer k from unit h: ∂net_k/∂out_h (the weight) and the share
  /// δ_k·w of ∂E/∂out_h that flows back through it.
  mutating func recordBackflow(connection: Int, weight: Double, share: Double)
  /// A hidden neuron's ∂E/∂out, the sum of its shares.
  mutating func recordHiddenErrorSlope(neuron: Int, _ slope: Double)
  /// An elementwise neuron's ∂out/∂net.
  mutating func recordActivationSlope(neuron: Int, _ slope: Double)
  /// ∂out_i/∂net_j of a softmax layer, for neuron j and the layer's neuron at `position`.
  mutating func recordJacobian(neuron: Int, position: Int, _ value: Double)
  /// The full chain beside a simplified δ = o − t.
  mutating func recordDeltaChain(neuron: Int, _ value: Double)
  /// A neuron's δ.
  mutating func recordDelta(neuron: Int, _ delta: Double)
  /// For a connection: ∂net/∂w (the input) and the gradient of this use of its weight.
  mutating func recordWeightUse(connection: Int, input: Double, gradient: Double)
  /// The gradient of this use of a neuron's bias (∂net/∂b = 1).
  mutating func recordBiasUse(neuron: Int, gradient: Double)
  /// A parameter's gradient for the current example, the sum over its uses.
  mutating func recordGradient(parameter: Int, _ gradient: Double)
  /// The batch's error (sum or mean of the examples' errors).
  mutating func recordBatchError(_ error: Double)
  /// A parameter's batch gradient (sum or mean of the examples' gradients).
  mutating func recordBatchGradient(parameter: Int, _ gradient: Double)
  /// The weight-decay penalty and the objective J = E + penalty.
  mutating func recordPenalty(_ penalty: Double, objective: Double)
  /// λ·w and ∂J/∂w for a weight under weight decay.
  mutating func recordDecay(parameter: Int, slope: Double, gradient: Double)
  /// A parameter's new momentum.
  mutating func recordVelocity(parameter: Int, _ velocity: Double)
  /// A trainable parameter's value after the update.
  mutating func recordUpdate(parameter: Int, _ value: Double)
}

/// A recorder that keeps nothing: the untraced training loop.
struct DiscardingRecorder: StepRecorder {
  static var keepsValues: Bool { false }
  @inline(__always) mutating func beginExample(_ position: Int) {}
  @inline(__always) mutating func recordForward(neuron: Int, net: Double, out: Double) {}
  @inline(__always) mutating func recordLogSumExp(_ value: Double) {}
  @inline(__always) mutating func recordErrorTerm(neuron: Int, term: Double, slope: Double) {}
  @inline(__always) mutating func recordTotalError(_ error: Double) {}
  @inline(__always) mutating func recordBackflow(connection: Int, weight: Double, share: Double) {}
  @inline(__always) mutating func recordHiddenErrorSlope(neuron: Int, _ slope: Double) {}
  @inline(__always) mutating func recordActivationSlope(neuron: Int, _ slope: Double) {}
  @inline(__always) mutating func recordJacobian(neuron: Int, position: Int, _ value: Double) {}
  @inline(__always) mutating func recordDeltaChain(neuron: Int, _ value: Double) {}
  @inline(__always) mutating func recordDelta(neuron: Int, _ delta: Double) {}
  @inline(__always) mutating func recordWeightUse(connection: Int, input: Double, gradient: Double) {}
  @inline(__always) mutating func recordBiasUse(neuron: Int, gradient: Double) {}
  @inline(__always) mutating func recordGradient(parameter: Int, _ gradient: Double) {}
  @inline(__always) mutating func recordBatchError(_ error: Double) {}
  @inline(__always) mutating func recordBatchGradient(parameter: Int, _ gradient: Double) {}
  @inline(__always) mutating func recordPenalty(_ penalty: Double, objective: Double) {}
  @inline(__always) mutating func recordDecay(parameter: Int, slope: Double, gradient: Double) {}
  @inline(__always) mutating func recordVelocity(parameter: Int, _ velocity: Double) {}
  @inline(__always) mutating func recordUpdate(parameter: Int, _ value: Double) {}
}
