/// What training carries from one step to the next: the parameters and their momenta, in raw
/// buffers for the same reason as `StepWorkspace`. Each run makes its own.
final class TrainingState {
  /// Every parameter's current value, in parameter order.
  let parameters: UnsafeMutableBufferPointer<Double>
  /// Every parameter's momentum (0 until a momentum optimizer moves it).
  let velocities: UnsafeMutableBufferPointer<Double>

  /// The state before the first step: `initialParameters` (one per parameter of `network`),
  /// no momentum.
  init(for network: Network, startingFrom initialParameters: [Double]) {
    parameters = .copying(initialParameters)
    velocities = .filled(network.parameters.count, with: 0)
  }

  /// The state before the first step: the network's initial parameters, no momentum.
  convenience init(for network: Network) { self.init(for: network, startingFrom: network.initialParameterValues) }

  deinit {
    parameters.deallocate()
    velocities.deallocate()
  }
}
