/// What training carries from one step to the next: the parameters and their momenta, in raw
/// buffers for the same reason as `StepWorkspace`. Each run makes its own.
final class TrainingState {
  /// Every parameter's current value, in parameter order.
  let parameters: UnsafeMutableBufferPointer<Double>
  /// Every parameter's momentum (0 until a momentum optimizer moves it).
  let velocities: UnsafeMutableBufferPointer<Double>

  /// The state that `parameters` and `velocities` (one each per parameter) describe.
  init(parameters: [Double], velocities: [Double]) {
    precondition(parameters.count == velocities.count, "a momentum per parameter")
    self.parameters = .copying(parameters)
    self.velocities = .copying(velocities)
  }

  deinit {
    parameters.deallocate()
    velocities.deallocate()
  }
}
