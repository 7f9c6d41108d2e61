/// Plain SGD on one example per step, done during the backward pass: each weight of a neuron in
/// `NetworkWiring.updatesWeightsInPlace` moves right after the pass's last read of it, so the
/// weights are streamed through memory once instead of again by a separate update pass. The
/// arithmetic is the update pass's, p − η·g with g = δ·input, so the bits are the same.
struct InPlaceUpdate {
  /// The learning rate η.
  let rate: Double
  /// The parameters being updated (the memory the backward pass reads them from).
  let values: UnsafeMutableBufferPointer<Double>

  /// Moves weight `w`, whose value before the step is `value`, by its gradient.
  @inline(__always)
  func move(_ w: Int, from value: Double, gradient: Double) {
    values[w] = value - rate * gradient
  }
}
