/// Records training runs of one network, plan and number of steps, laying out the record once.
///
/// A layout (every entry's quantity, key and derivation, and the key index) costs far more than
/// the step it describes: for a 784-50-10 network, 161,249 entries. It depends only on the
/// network's structure, the plan, the number of steps and of examples, so a tracer builds it once,
/// by running the core (`Backpropagation`) through a `LayoutLedger`; each `trace(_:title:source:)`
/// then runs the core through a `ValueLedger`, which appends the values in the same order into a
/// fresh array. Every trace it returns shares the one layout.
package struct Tracer: Sendable {
  /// The network whose runs are recorded, with the parameters it starts from.
  package let network: Network
  /// How the examples are batched and the parameters updated.
  package let plan: TrainingPlan
  /// The number of steps of each run (the first is recorded in full).
  package let steps: Int
  /// The number of examples a run is given.
  package let exampleCount: Int
  /// When the error over the data set is recorded.
  package let errors: ErrorSchedule
  /// The shape of every trace this tracer records.
  package let layout: TraceLayout
  private let firstStep: TrainingStep
  private let firstBatch: [Int]
  private let initialParameters: [Double]
  /// The untraced kernel that runs the steps after the first.
  private let kernel: TrainingKernel

  /// Lays out the record of `steps` steps over `exampleCount` examples.
  ///
  /// With `perExampleKeys` (a data set) every per-example key carries `_exK` and the batch's error
  /// and gradients get their own entries, as they do whenever the first batch holds several
  /// examples; without it keys are the plain `net_h1`, `dE_dw5`.
  /// - Complexity: O(batch size × (connections + Σ softmax width²) + parameters + steps).
  package init(network: Network, exampleCount: Int, plan: TrainingPlan = .singleExample, steps: Int = 1, perExampleKeys: Bool = false) {
    self.init(network: network, exampleCount: exampleCount, plan: plan, steps: steps, perExampleKeys: perExampleKeys, layout: nil)
  }

  /// A tracer with `layout` when it is given: one that a tracer of the same arguments laid out.
  init(
    network: Network, exampleCount: Int, plan: TrainingPlan, steps: Int, perExampleKeys: Bool, layout known: TraceLayout?
  ) {
    precondition(steps >= 1 && exampleCount >= 1, "at least one step and one example")
    self.network = network
    self.plan = plan
    self.steps = steps
    self.exampleCount = exampleCount
    firstBatch = BatchSchedule(exampleCount: exampleCount, plan: plan).firstBatch
    firstStep = TrainingStep(
      network: network, plan: plan, sharing: ParameterSharing(network), perExampleKeys: perExampleKeys || firstBatch.count > 1)
    kernel = TrainingKernel(network)
    initialParameters = network.initialParameterValues
    errors = ErrorSchedule(steps: steps, exampleCount: exampleCount, plan: plan)
    if let known {
      layout = known
      return
    }
    // The layout does not depend on the numbers: any examples of the right shape lay it out.
    let blank = Example(
      inputs: Array(repeating: 0, count: network.inputNames.count),
      targets: Array(repeating: 0, count: network.outputLayer.neurons.count))
    var ledger = LayoutLedger(capacity: Self.estimatedEntries(network, batch: firstBatch.count))
    let result = firstStep.run(firstBatch.map { ($0 + 1, blank) }, from: initialParameters, into: &ledger)
    Self.noteTraining(
      network, errors, Array(repeating: 0, count: errors.count), parameters: result.parameters,
      examples: Array(repeating: blank, count: exampleCount), perExampleKeys: firstStep.perExampleKeys, into: &ledger)
    layout = ledger.layout(of: .training(
      batch: firstBatch.map { $0 + 1 }, perExampleKeys: firstStep.perExampleKeys, errors: errors, examples: exampleCount))
  }

  /// About as many entries as the layout of a step on `batch` examples has, a little more for a
  /// dense network: each parameter is given, differentiated per example (∂net/∂w, ∂E/∂w) and
  /// updated; each unit has a handful of entries per example.
  private static func estimatedEntries(_ network: Network, batch: Int) -> Int {
    let parameters = network.parameters.count
    return 2 * parameters + batch * (2 * parameters + 20 * network.unitCount) + 64
  }

  /// Trains on `examples` (`exampleCount` of them) for `steps` steps, recording every value of
  /// the first step and the error over the data set at each point of `errors`.
  ///
  /// The first step runs through the core, the later ones through the untraced kernel, which
  /// computes the same numbers bit for bit. Throws `NonFiniteValueError` naming the first value
  /// (in lecture order) that is infinite or NaN, so no such value ever reaches a renderer. An
  /// `observer` hears how the untraced steps get on.
  /// - Complexity: O(steps × (batch size + examples) × connections + layout entries) time.
  package func trace(
    _ examples: [Example], title: String = "", source: String = "", observer: TrainingObserver? = nil
  ) throws(NonFiniteValueError) -> Trace {
    precondition(examples.count == exampleCount, "the number of examples the layout was built for")
    let (values, allFinite) = ValueLedger.recording(count: layout.count) { ledger in
      let first = firstStep.run(firstBatch.map { ($0 + 1, examples[$0]) }, from: initialParameters, into: &ledger)
      let (recorded, parameters) = laterSteps(examples, after: first, observer: observer)
      Self.noteTraining(
        network, errors, recorded, parameters: parameters, examples: examples, perExampleKeys: firstStep.perExampleKeys,
        into: &ledger)
    }
    if !allFinite { try NonFiniteValueError.check(values, layout: layout) }
    return Trace(
      title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan)
  }

  /// The steps after the first, untraced: the data-set error at each point of `errors`, and the
  /// parameters after the last.
  private func laterSteps(
    _ examples: [Example], after first: TrainingStep.Result, observer: TrainingObserver?
  ) -> (errors: [Double], parameters: [Double]) {
    var schedule = BatchSchedule(exampleCount: examples.count, plan: plan)
    _ = schedule.next()
    // When every step uses the whole data set in order, the first step's batch error is the
    // data-set error before training (the same sums in the same order), so no extra pass.
    let wholeSetInOrder = plan.batchSize >= examples.count && plan.order == .inOrder
    let initial =
      wholeSetInOrder
      ? first.error : kernel.dataSetError(examples, parameters: initialParameters, reduction: plan.reduction)
    let run = kernel.train(
      examples, steps: steps - 1, plan: plan, from: first.parameters, velocities: first.velocities,
      schedule: &schedule, recording: errors, observer: observer, stepsBefore: 1, totalSteps: steps)
    return ([initial] + run.errors, run.parameters)
  }

  /// The training section: the error over the data set at each point of `schedule` (`errors`, in
  /// order), and after the last of several steps the parameters and the forward pass of the
  /// examples with them (`AfterTrainingLedger`).
  static func noteTraining<L: Ledger>(
    _ network: Network, _ schedule: ErrorSchedule, _ errors: [Double], parameters: [Double], examples: [Example],
    perExampleKeys: Bool, into ledger: inout L
  ) {
    ledger.begin(.training)
    for (point, error) in zip(schedule.points, errors) {
      let quantity = { point.epoch.map(Quantity.totalErrorAfterEpoch) ?? .totalErrorAfterStep(point.step) }
      _ = ledger.note(quantity(), error, by: .repeatedSteps(point.step))
    }
    let steps = schedule.steps
    guard steps > 1 else { return }
    for (p, parameter) in network.parameters.enumerated() where parameter.isTrainable {
      _ = ledger.note(.parameterAfterStep(parameter.name, steps), parameters[p], by: .repeatedSteps(steps))
    }
    AfterTrainingLedger.noteForwardPasses(
      network, examples: perExampleKeys ? examples : [examples[0]], numbered: perExampleKeys, parameters: parameters,
      steps: steps, into: &ledger)
  }
}
