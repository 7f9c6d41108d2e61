/// Receives every value of one training step as the engine computes it.
///
/// The engine is generic over its recorder: with `DiscardingRecorder` the calls compile away and
/// the loop runs at full speed; with `SlotRecorder` each value is stored once into a trace. Both
/// run the very same arithmetic, so traced and untraced training give bit-identical numbers.
protocol StepRecorder {
  /// A neuron's net input and output.
  mutating func recordForward(neuron: Int, net: Double, out: Double)
  /// An output neuron's error term E_o and ∂E/∂out_o.
  mutating func recordErrorTerm(neuron: Int, term: Double, slope: Double)
  /// The total error.
  mutating func recordTotalError(_ error: Double)
  /// For a connection into consumer k from unit h: ∂net_k/∂out_h (the weight) and the share
  /// δ_k·w of ∂E/∂out_h that flows back through it.
  mutating func recordBackflow(connection: Int, weight: Double, share: Double)
  /// A hidden neuron's ∂E/∂out, the sum of its shares.
  mutating func recordHiddenErrorSlope(neuron: Int, _ slope: Double)
  /// A neuron's ∂out/∂net and δ.
  mutating func recordDelta(neuron: Int, activationSlope: Double, delta: Double)
  /// For a connection: ∂net/∂w (the input) and the gradient of this use of its weight.
  mutating func recordWeightUse(connection: Int, input: Double, gradient: Double)
  /// The gradient of this use of a neuron's bias (∂net/∂b = 1).
  mutating func recordBiasUse(neuron: Int, gradient: Double)
  /// A parameter's total gradient, the sum over its uses.
  mutating func recordGradient(parameter: Int, _ gradient: Double)
  /// A trainable parameter's value after the update.
  mutating func recordUpdate(parameter: Int, _ value: Double)
}

/// A recorder that keeps nothing: the untraced training loop.
struct DiscardingRecorder: StepRecorder {
  @inline(__always) mutating func recordForward(neuron: Int, net: Double, out: Double) {}
  @inline(__always) mutating func recordErrorTerm(neuron: Int, term: Double, slope: Double) {}
  @inline(__always) mutating func recordTotalError(_ error: Double) {}
  @inline(__always) mutating func recordBackflow(connection: Int, weight: Double, share: Double) {}
  @inline(__always) mutating func recordHiddenErrorSlope(neuron: Int, _ slope: Double) {}
  @inline(__always) mutating func recordDelta(neuron: Int, activationSlope: Double, delta: Double) {}
  @inline(__always) mutating func recordWeightUse(connection: Int, input: Double, gradient: Double) {}
  @inline(__always) mutating func recordBiasUse(neuron: Int, gradient: Double) {}
  @inline(__always) mutating func recordGradient(parameter: Int, _ gradient: Double) {}
  @inline(__always) mutating func recordUpdate(parameter: Int, _ value: Double) {}
}
