/// A value that came out infinite or not a number, named by the key it would be recorded under.
public struct NonFiniteValueError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The key of the first non-finite value, in lecture order.
  public let key: TraceKey
  /// The value: ±infinity or NaN.
  public let value: Double

  public var description: String {
    let what = value.isNaN ? "not a number" : (value > 0 ? "+infinity" : "-infinity")
    return "\(key) came out \(what); the computation overflowed or diverged"
      + " (try a smaller learning rate or fewer steps)"
  }
}

/// The result of training without recording: the error after each step and the final parameters.
public struct TrainingResult: Equatable, Sendable {
  /// The total error before any update.
  public let initialError: Double
  /// The total error after step k is `errorsAfterStep[k − 1]`.
  public let errorsAfterStep: [Double]
  /// Every parameter after the last step, in parameter order.
  public let parameters: [Double]
}

extension Network {
  /// Runs `steps` steps of gradient descent on one example, recording every value of the first
  /// step and the total error after every step.
  ///
  /// Steps after the first run untraced but through the same code, so their arithmetic is the
  /// same bit for bit. Throws `NonFiniteValueError` naming the first value (in lecture order)
  /// that is infinite or NaN, so no such value ever reaches a renderer.
  /// - Complexity: O(steps × connections) time; O(connections + steps) memory.
  public func trace(
    _ example: Example, steps: Int = 1, title: String = "", source: String = ""
  ) throws(NonFiniteValueError) -> Trace {
    precondition(steps >= 1, "at least one step")
    let (layout, slots) = makeTraceLayout(steps: steps)
    var recorder = SlotRecorder(slots: slots, count: layout.count)
    var parameters = initialParameterValues
    for (i, value) in example.inputs.enumerated() { recorder.values[slots.inputs[i]] = value }
    for (k, value) in example.targets.enumerated() { recorder.values[slots.targets[k]] = value }
    for (p, value) in parameters.enumerated() { recorder.values[slots.parameters[p]] = value }
    recorder.values[slots.learningRate] = learningRate

    var workspace = StepWorkspace(for: self)
    _ = recordForwardPass(example, parameters: parameters, workspace: &workspace, recorder: &recorder)
    recordBackwardPass(parameters: parameters, workspace: &workspace, recorder: &recorder)
    recordUpdate(parameters: &parameters, workspace: workspace, recorder: &recorder)
    let rest = train(example, steps: steps - 1, from: parameters, workspace: &workspace)
    for (k, error) in ([rest.initialError] + rest.errorsAfterStep).enumerated() {
      recorder.values[slots.errorAfterStep[k]] = error
    }
    for (p, slot) in slots.parameterAfterLastStep.enumerated() where slot >= 0 {
      recorder.values[slot] = rest.parameters[p]
    }
    if let bad = recorder.values.firstIndex(where: { !$0.isFinite }) {
      throw NonFiniteValueError(key: layout.keys[bad], value: recorder.values[bad])
    }
    return Trace(
      title: title, source: source, network: self, steps: steps, layout: layout,
      values: recorder.values)
  }

  /// The total error of `example` with the parameters set to `parameters` (in parameter
  /// order), by a forward pass alone: what a gradient check perturbs.
  public func totalError(on example: Example, parameters: [Double]) -> Double {
    precondition(parameters.count == self.parameters.count, "one value per parameter")
    var workspace = StepWorkspace(for: self)
    var recorder = DiscardingRecorder()
    return recordForwardPass(example, parameters: parameters, workspace: &workspace, recorder: &recorder)
  }

  /// Runs `steps` steps of gradient descent on one example without recording anything.
  ///
  /// - Complexity: O(steps × connections) time, O(units + parameters) memory.
  public func train(_ example: Example, steps: Int) -> TrainingResult {
    var workspace = StepWorkspace(for: self)
    return train(example, steps: steps, from: initialParameterValues, workspace: &workspace)
  }

  /// `steps` untraced steps from `parameters`; the result's initial error is the error at
  /// `parameters`, and it lists the error after each of the steps and one more forward pass.
  private func train(
    _ example: Example, steps: Int, from start: [Double], workspace: inout StepWorkspace
  ) -> TrainingResult {
    var parameters = start
    var recorder = DiscardingRecorder()
    var errors: [Double] = []
    errors.reserveCapacity(steps + 1)
    for _ in 0..<steps {
      errors.append(recordForwardPass(example, parameters: parameters, workspace: &workspace, recorder: &recorder))
      recordBackwardPass(parameters: parameters, workspace: &workspace, recorder: &recorder)
      recordUpdate(parameters: &parameters, workspace: workspace, recorder: &recorder)
    }
    errors.append(recordForwardPass(example, parameters: parameters, workspace: &workspace, recorder: &recorder))
    return TrainingResult(initialError: errors[0], errorsAfterStep: Array(errors.dropFirst()), parameters: parameters)
  }
}
