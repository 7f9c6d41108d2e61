/// Untraced training at full speed: the numbers of the core (`Backpropagation`, `TrainingStep`),
/// bit for bit as tests check, computed with raw buffers (`StepWorkspace`, `TrainingState`,
/// `ExampleTable`), index tables made once per network (`NetworkWiring`), sums four neurons at a
/// time, and plain SGD moving the weights inside the backward pass (`InPlaceUpdate`).
///
/// Everything in `Kernel/` is reached through this type's `train` and `dataSetError` only.
struct TrainingKernel: Sendable {
  let network: Network
  /// The network's index tables, made once; each run allocates only its scratch memory.
  let wiring: NetworkWiring

  init(_ network: Network) {
    self.network = network
    wiring = NetworkWiring(for: network)
  }

  /// Trains `steps` steps from `parameters` and `velocities` (one each per parameter; none for no
  /// momentum yet), taking batches from `schedule`; returns the data-set errors (at the start,
  /// then after each step `recording` records, every step when nil) and the parameters after the
  /// last. An `observer` hears of every `interval`-th step, numbered from `stepsBefore` + 1
  /// within a run of `totalSteps`.
  /// - Complexity: O(steps × (batch size + examples) × connections) time, O(units + parameters)
  ///   memory besides the examples.
  func train(
    _ examples: [Example], steps: Int, plan: TrainingPlan, from parameters: [Double], velocities: [Double],
    schedule: inout BatchSchedule, recording: ErrorSchedule? = nil, observer: TrainingObserver? = nil, stepsBefore: Int = 0,
    totalSteps: Int = 0
  ) -> (errors: [Double], parameters: [Double]) {
    guard steps > 0 else { return ([dataSetError(examples, parameters: parameters, reduction: plan.reduction)], parameters) }
    let state = TrainingState(
      parameters: parameters, velocities: velocities.isEmpty ? Array(repeating: 0, count: parameters.count) : velocities)
    let errors = train(
      ExampleTable(examples, for: network), steps: steps, plan: plan, state: state, schedule: &schedule,
      workspace: StepWorkspace(for: network), recording: recording, observer: observer, stepsBefore: stepsBefore,
      totalSteps: totalSteps)
    return (errors, Array(state.parameters))
  }

  /// The error of `examples` (their sum or mean, in order) at `parameters`, by forward passes.
  func dataSetError(_ examples: [Example], parameters: [Double], reduction: TrainingPlan.Reduction) -> Double {
    parameters.withUnsafeBufferPointer { parameters in
      dataSetError(
        ExampleTable(examples, for: network), parameters: parameters, reduction: reduction,
        workspace: StepWorkspace(for: network, forwardOnly: true))
    }
  }

  /// `steps` untraced steps; returns the data-set errors at the starting state, then after each
  /// step `recording` records (every step when nil).
  ///
  /// When every step uses the whole data set in order (then every step is recorded), a step's
  /// batch error is the data-set error at the state it starts from, so it is taken from there
  /// instead of a separate pass (the same sums in the same order, hence the same bits). An `observer` hears of every
  /// `interval`-th step, numbered from `stepsBefore` + 1 within a run of `totalSteps`.
  private func train(
    _ examples: ExampleTable, steps: Int, plan: TrainingPlan, state: TrainingState,
    schedule: inout BatchSchedule, workspace: StepWorkspace, recording: ErrorSchedule?,
    observer: TrainingObserver? = nil, stepsBefore: Int = 0, totalSteps: Int = 0
  ) -> [Double] {
    let parameters = UnsafeBufferPointer(state.parameters)
    let wholeSetInOrder = plan.batchSize >= examples.count && plan.order == .inOrder
    var errors: [Double] = []
    errors.reserveCapacity(min(steps, recording?.count ?? steps) + 1)
    if !wholeSetInOrder {
      errors.append(dataSetError(examples, parameters: parameters, reduction: plan.reduction, workspace: workspace))
    }
    let wholeSet = wholeSetInOrder ? Array(0..<examples.count) : []
    for step in 0..<steps {
      let batch = wholeSetInOrder ? wholeSet : schedule.next() ?? []
      let batchError = self.step(batch: batch, of: examples, state: state, workspace: workspace, plan: plan)
      if wholeSetInOrder {
        errors.append(batchError)
      } else if recording?.records(afterStep: stepsBefore + step + 1) ?? true {
        errors.append(dataSetError(examples, parameters: parameters, reduction: plan.reduction, workspace: workspace))
      }
      if let observer, (step + 1) % observer.interval == 0 {
        observer.report(TrainingProgress(step: stepsBefore + step + 1, steps: totalSteps, error: batchError))
      }
    }
    if wholeSetInOrder {
      errors.append(dataSetError(examples, parameters: parameters, reduction: plan.reduction, workspace: workspace))
    }
    return errors
  }
}
