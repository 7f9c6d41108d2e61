/// The scratch memory of training steps, allocated once per run and reused step after step.
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

  /// Scratch for `network`; `forwardOnly`, for forward passes alone (no gradients).
  /// - Complexity: O(units + parameters).
  init(for network: Network, forwardOnly: Bool = false) {
    units = .filled(network.unitCount, with: 0)
    nets = .filled(network.neurons.count, with: 0)
    errorSlopes = .filled(network.neurons.count, with: 0)
    deltas = .filled(network.neurons.count, with: 0)
    gradients = .filled(forwardOnly ? 0 : network.parameters.count, with: 0)
    batchGradients = .filled(forwardOnly ? 0 : network.parameters.count, with: 0)
  }

  deinit {
    for buffer in [units, nets, errorSlopes, deltas, gradients, batchGradients] { buffer.deallocate() }
  }

  /// Makes the current example's gradients the batch's, and the batch's buffer the next
  /// example's scratch: for a batch of one, whose gradients are the example's.
  func swapGradients() { swap(&gradients, &batchGradients) }
}
