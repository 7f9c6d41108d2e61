/// The examples of a run flattened into two raw buffers, one row per example, so the hot loops
/// read an example's inputs and targets without copying `Example` values (and retaining their
/// arrays) step after step. Each run makes its own table.
final class ExampleTable {
  /// The number of examples.
  let count: Int
  private let inputWidth: Int
  private let targetWidth: Int
  private let inputs: UnsafeMutableBufferPointer<Double>
  private let targets: UnsafeMutableBufferPointer<Double>

  /// Flattens `examples`, each with one input per input of `network` and one target per output.
  init(_ examples: [Example], for network: Network) {
    count = examples.count
    inputWidth = network.inputNames.count
    targetWidth = network.outputLayer.neurons.count
    inputs = .allocate(capacity: count * inputWidth)
    targets = .allocate(capacity: count * targetWidth)
    for (e, example) in examples.enumerated() {
      precondition(
        example.inputs.count == inputWidth && example.targets.count == targetWidth,
        "an example has one input per network input and one target per output")
      _ = inputs[(e * inputWidth)...].initialize(from: example.inputs)
      _ = targets[(e * targetWidth)...].initialize(from: example.targets)
    }
  }

  deinit {
    inputs.deallocate()
    targets.deallocate()
  }

  /// The inputs of example `e`, in the order of `Network.inputNames`.
  @inline(__always) func inputs(of e: Int) -> UnsafeBufferPointer<Double> {
    UnsafeBufferPointer(start: inputs.baseAddress.map { $0 + e &* inputWidth }, count: inputWidth)
  }

  /// The targets of example `e`, in the order of the output layer's neurons.
  @inline(__always) func targets(of e: Int) -> UnsafeBufferPointer<Double> {
    UnsafeBufferPointer(start: targets.baseAddress.map { $0 + e &* targetWidth }, count: targetWidth)
  }
}
