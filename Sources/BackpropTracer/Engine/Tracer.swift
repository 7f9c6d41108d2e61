/// Records training runs of one network, plan and number of steps, laying out the record once.
///
/// Building a layout (every entry's quantity, key and derivation, and the key index) costs far
/// more than the step it describes: for a 784-50-10 network, 161,249 entries. The layout depends
/// only on the network's structure, the plan, the number of steps and of examples, so a tracer
/// builds it once and each `trace(_:title:source:)` then only runs the step and stores its values
/// into a fresh array; every trace it returns shares the one layout.
public struct Tracer: Sendable {
  /// The network whose runs are recorded, with the parameters it starts from.
  public let network: Network
  /// How the examples are batched and the parameters updated.
  public let plan: TrainingPlan
  /// The number of steps of each run (the first is recorded in full).
  public let steps: Int
  /// The number of examples a run is given.
  public let exampleCount: Int
  /// When the error over the data set is recorded.
  public let errors: ErrorSchedule
  /// The shape of every trace this tracer records.
  public let layout: TraceLayout
  private let slots: TraceSlots
  /// The network's index tables, made once; each run allocates only its scratch memory.
  private let wiring: NetworkWiring
  private let initialParameters: [Double]
  private let firstBatch: [Int]

  /// Lays out the record of `steps` steps over `exampleCount` examples.
  ///
  /// With `perExampleKeys` (a data set) every per-example key carries `_exK` and the batch's error
  /// and gradients get their own entries, as they do whenever the first batch holds several
  /// examples; without it keys are the plain `net_h1`, `dE_dw5`.
  /// - Complexity: O(batch size × (connections + Σ softmax width²) + parameters + recorded errors).
  public init(network: Network, exampleCount: Int, plan: TrainingPlan = .singleExample, steps: Int = 1, perExampleKeys: Bool = false) {
    precondition(steps >= 1 && exampleCount >= 1, "at least one step and one example")
    self.network = network
    self.plan = plan
    self.steps = steps
    self.exampleCount = exampleCount
    firstBatch = BatchSchedule(exampleCount: exampleCount, plan: plan).firstBatch
    wiring = NetworkWiring(for: network)
    initialParameters = network.initialParameterValues
    errors = ErrorSchedule(steps: steps, exampleCount: exampleCount, plan: plan)
    (layout, slots) = network.makeTraceLayout(
      tracedExamples: firstBatch, perExampleKeys: perExampleKeys || firstBatch.count > 1, errors: errors, plan: plan)
  }

  /// Trains on `examples` (`exampleCount` of them) for `steps` steps, recording every value of
  /// the first step and the error over the data set at each point of `errors`.
  ///
  /// Steps after the first run untraced but through the same code, so their arithmetic is the
  /// same bit for bit. Throws `NonFiniteValueError` naming the first value (in lecture order)
  /// that is infinite or NaN, so no such value ever reaches a renderer. An `observer` hears how
  /// the untraced steps get on.
  /// - Complexity: O(steps × (batch size + examples) × connections + layout entries) time.
  public func trace(
    _ examples: [Example], title: String = "", source: String = "", observer: TrainingObserver? = nil
  ) throws(NonFiniteValueError) -> Trace {
    precondition(examples.count == exampleCount, "the number of examples the layout was built for")
    let (values, allFinite) = SlotRecorder.recording(slots, count: layout.count) { recorder in
      record(examples, into: &recorder, observer: observer)
    }
    if !allFinite { try NonFiniteValueError.check(values, layout: layout) }
    return Trace(
      title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan)
  }

  private func record(_ examples: [Example], into recorder: inout SlotRecorder, observer: TrainingObserver?) {
    let state = TrainingState(for: network, startingFrom: initialParameters)
    let workspace = StepWorkspace(for: network, wiring: wiring)
    for (p, value) in state.parameters.enumerated() { recorder.store(slots.parameters[p], value) }
    recorder.store(slots.learningRate, network.learningRate)
    recorder.store(slots.momentum, plan.optimizer.coefficient ?? 0)
    recorder.store(slots.weightDecay, plan.weightDecay ?? 0)
    for slot in slots.previousVelocity { recorder.store(slot, 0) }
    for (position, e) in firstBatch.enumerated() { recorder.recordGiven(example: position, examples[e]) }

    let table = ExampleTable(examples, for: network)
    var schedule = BatchSchedule(exampleCount: examples.count, plan: plan)
    _ = schedule.next()
    // When every step uses the whole data set in order, the first step's batch error is the
    // data-set error before training (the same sums in the same order), so no extra pass.
    let wholeSetInOrder = plan.batchSize >= examples.count && plan.order == .inOrder
    let separateInitial =
      wholeSetInOrder
      ? nil : network.dataSetError(
        table, parameters: UnsafeBufferPointer(state.parameters), reduction: plan.reduction, workspace: workspace)
    let firstError = network.recordStep(
      batch: firstBatch, of: table, state: state, workspace: workspace, plan: plan, recorder: &recorder)
    let initial = separateInitial ?? firstError
    let recorded =
      [initial]
      + network.train(
        table, steps: steps - 1, plan: plan, state: state, schedule: &schedule, workspace: workspace,
        recording: errors, observer: observer, stepsBefore: 1)
    for (slot, error) in zip(slots.errorAfterStep, recorded) { recorder.store(slot, error) }
    for (p, slot) in slots.parameterAfterLastStep.enumerated() { recorder.store(slot, state.parameters[p]) }
  }
}
