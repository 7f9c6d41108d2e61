/// Untraced training at full speed: the door to the kernel, which computes the numbers of
/// `Backpropagation` (the same arithmetic, bit for bit, as tests check) with raw buffers, index
/// tables made once per network, and plain SGD moving the weights inside the backward pass.
///
/// Nothing outside `Kernel/` uses more of the kernel than this.
struct TrainingKernel: Sendable {
  let network: Network
  /// The network's index tables, made once; each run allocates only its scratch memory.
  private let wiring: NetworkWiring

  init(_ network: Network) {
    self.network = network
    wiring = NetworkWiring(for: network)
  }

  /// Trains `steps` steps from `parameters` and `velocities` (one each per parameter; none for no
  /// momentum yet), taking
  /// batches from `schedule`; returns `steps + 1` data-set errors (at the start, then after each
  /// step) and the parameters after the last. An `observer` hears of every `interval`-th step,
  /// numbered from `stepsBefore` + 1 within a run of `totalSteps`.
  /// - Complexity: O(steps × (batch size + examples) × connections) time, O(units + parameters)
  ///   memory besides the examples.
  func train(
    _ examples: [Example], steps: Int, plan: TrainingPlan, from parameters: [Double], velocities: [Double],
    schedule: inout BatchSchedule, observer: TrainingObserver? = nil, stepsBefore: Int = 0, totalSteps: Int = 0
  ) -> (errors: [Double], parameters: [Double]) {
    guard steps > 0 else { return ([dataSetError(examples, parameters: parameters, reduction: plan.reduction)], parameters) }
    let state = TrainingState(
      parameters: parameters, velocities: velocities.isEmpty ? Array(repeating: 0, count: parameters.count) : velocities)
    let errors = network.train(
      ExampleTable(examples, for: network), steps: steps, plan: plan, state: state, schedule: &schedule,
      workspace: StepWorkspace(for: network, wiring: wiring), observer: observer, stepsBefore: stepsBefore,
      totalSteps: totalSteps)
    return (errors, Array(state.parameters))
  }

  /// The error of `examples` (their sum or mean, in order) at `parameters`, by forward passes.
  func dataSetError(_ examples: [Example], parameters: [Double], reduction: TrainingPlan.Reduction) -> Double {
    parameters.withUnsafeBufferPointer { parameters in
      network.dataSetError(
        ExampleTable(examples, for: network), parameters: parameters, reduction: reduction,
        workspace: StepWorkspace(for: network, wiring: wiring, forwardOnly: true))
    }
  }
}
