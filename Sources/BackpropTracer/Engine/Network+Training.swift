/// A value that came out infinite or not a number, named by the key it would be recorded under.
public struct NonFiniteValueError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The key of the first non-finite value, in lecture order.
  public let key: TraceKey
  /// The value: ±infinity or NaN.
  public let value: Double

  /// The training step the value belongs to: N for `E_total_after_stepN` and `w5_after_stepN`,
  /// nil for a value of the traced step itself or of an epoch.
  public var step: Int? { number(after: "_after_step") }

  /// The epoch the value belongs to: N for `E_total_after_epochN`, else nil.
  public var epoch: Int? { number(after: "_after_epoch") }

  private func number(after marker: String) -> Int? {
    guard let range = key.rawValue.ranges(of: marker).last else { return nil }
    return Int(key.rawValue[range.upperBound...])
  }

  public var description: String {
    let what = value.isNaN ? "not a number" : (value > 0 ? "+infinity" : "-infinity")
    if let epoch {
      return "\(key) came out \(what): training diverged in epoch \(epoch)"
        + " (try a smaller learning rate, or fewer epochs or steps to trace the run before it)"
    }
    guard let step else {
      return "\(key) came out \(what) in the traced step: the computation overflowed (an exp of a huge net input,"
        + " or the log of 0 from a saturated output); check the inputs, parameters and learning rate"
    }
    return "\(key) came out \(what): training diverged at step \(step)"
      + " (try a smaller learning rate, or --steps \(max(step - 1, 1)) to trace the steps before it)"
  }
}

extension NonFiniteValueError {
  /// Throws for the first of `values` (in lecture order, keyed by `layout`) that is infinite or
  /// NaN.
  static func check(_ values: [Double], layout: TraceLayout) throws(NonFiniteValueError) {
    guard let bad = values.firstIndex(where: { !$0.isFinite }) else { return }
    throw NonFiniteValueError(key: layout.keys[bad], value: values[bad])
  }
}

/// The result of training without recording: the error after each step and the final parameters.
public struct TrainingResult: Equatable, Sendable {
  /// The error over the data set before any update.
  public let initialError: Double
  /// The error over the data set after step k is `errorsAfterStep[k − 1]`.
  public let errorsAfterStep: [Double]
  /// Every parameter after the last step, in parameter order.
  public let parameters: [Double]
}

extension Network {
  /// Trains for `steps` steps, recording every value of the first step and the error over the
  /// data set before training and after every step: `Tracer(...).trace(examples)` with a layout
  /// of its own (a `Tracer` lays out once for many runs).
  ///
  /// Steps after the first run untraced, in the kernel, which computes the core's numbers bit
  /// for bit. With `perExampleKeys` (a data set) every per-example key carries `_exK`
  /// (K the example's number in the data set) and the batch's error and gradients get their own
  /// entries; without it (a single worked example) keys are the plain `net_h1`, `dE_dw5`.
  /// An `observer` hears how the untraced steps get on.
  ///
  /// - Throws: `TraceError.invalidArgument` for no examples, an example without one finite value
  ///   per input and per output neuron, a plan or a number of steps the engine cannot run, or a
  ///   trace too large to record (the limits of a fixture); `TraceError.nonFinite` naming the
  ///   first value (in lecture order) that is infinite or NaN, so no such value ever reaches a
  ///   renderer.
  /// - Complexity: O(steps × (batch size + examples) × connections) time; O(batch size ×
  ///   connections + steps) memory.
  public func trace(
    _ examples: [Example], plan: TrainingPlan = .singleExample, steps: Int = 1, perExampleKeys: Bool = false,
    title: String = "", source: String = "", observer: TrainingObserver? = nil
  ) throws(TraceError) -> Trace {
    let call = "Network.trace"
    do throws(FixtureError) {
      try checkRun(examples, plan: plan, steps: steps, call: call)
      let size = RunSize(training: self, exampleCount: examples.count, plan: plan, steps: steps, isDataSet: perExampleKeys)
      if let problem = size.problem(bound: "about", steps: "the argument steps") {
        throw FixtureError(file: call, path: "", position: nil, problem: .invalidValue(problem))
      }
    } catch {
      throw .invalidArgument(error)
    }
    let tracer = Tracer(
      network: self, exampleCount: examples.count, plan: plan, steps: steps, perExampleKeys: perExampleKeys)
    do {
      return try tracer.trace(examples, title: title, source: source, observer: observer)
    } catch {
      throw .nonFinite(error)
    }
  }

  /// Trains for `steps` steps without recording anything, in the untraced kernel.
  /// - Throws: `FixtureError` for no examples, an example without one finite value per input and
  ///   per output neuron, or a plan or a number of steps the engine cannot run.
  /// - Complexity: O(steps × (batch size + examples) × connections) time, O(units + parameters)
  ///   memory.
  public func train(_ examples: [Example], plan: TrainingPlan = .singleExample, steps: Int) throws(FixtureError) -> TrainingResult {
    try checkRun(examples, plan: plan, steps: steps, call: "Network.train")
    var schedule = BatchSchedule(exampleCount: examples.count, plan: plan)
    let run = TrainingKernel(self).train(
      examples, steps: steps, plan: plan, from: initialParameterValues, velocities: [], schedule: &schedule)
    return TrainingResult(initialError: run.errors[0], errorsAfterStep: Array(run.errors.dropFirst()), parameters: run.parameters)
  }

  /// The error of `examples` (their sum or mean) with the parameters set to `parameters` (in
  /// parameter order), by forward passes alone: what a gradient check perturbs.
  /// - Throws: `FixtureError` for no examples, an example without one finite value per input and
  ///   per output neuron, or `parameters` without one finite value per parameter.
  public func totalError(on examples: [Example], parameters: [Double], reduction: TrainingPlan.Reduction = .sum) throws(FixtureError) -> Double {
    let call = "Network.totalError"
    try RunArguments.checkExamples(examples, of: self, call: call)
    try RunArguments.checkParameters(parameters, of: self, call: call)
    return dataSetError(on: examples, parameters: parameters, reduction: reduction)
  }

  /// `totalError(on:parameters:reduction:)` of arguments known to fit: examples of this network
  /// (at least one) and one value per parameter.
  package func dataSetError(on examples: [Example], parameters: [Double], reduction: TrainingPlan.Reduction = .sum) -> Double {
    TrainingKernel(self).dataSetError(examples, parameters: parameters, reduction: reduction)
  }

  /// The checks of a run's arguments, shared by `trace` and `train`.
  private func checkRun(_ examples: [Example], plan: TrainingPlan, steps: Int, call: String) throws(FixtureError) {
    try RunArguments.checkExamples(examples, of: self, call: call)
    try RunArguments.checkPlan(plan, call: call)
    try RunArguments.checkSteps(steps, call: call)
  }
}
