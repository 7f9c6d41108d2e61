extension Network {
  /// One training step on a batch: each example's forward and backward pass, the batch's error
  /// and gradients (sum or mean, in batch order), then the update. Returns the batch error.
  /// - Complexity: O(batch size × connections + parameters).
  func recordStep<Recorder: StepRecorder>(
    batch: [Int], of examples: ExampleTable, state: TrainingState, workspace: StepWorkspace,
    plan: TrainingPlan, recorder: inout Recorder
  ) -> Double {
    var batchError = 0.0
    let parameters = UnsafeBufferPointer(state.parameters)
    // Plain SGD on one example: the backward pass itself moves the weights it can.
    let inPlace =
      batch.count == 1 && plan.optimizer == .sgd && plan.weightDecay == nil
      ? InPlaceUpdate(rate: learningRate, values: state.parameters) : nil
    if batch.count == 1, let e = batch.first {
      // A batch of one: its gradients are the example's, so they change places, not values.
      recorder.beginExample(0)
      batchError = recordForwardPass(example: e, of: examples, parameters: parameters, workspace: workspace, recorder: &recorder)
      recordBackwardPass(
        example: e, of: examples, parameters: parameters, workspace: workspace, inPlace: inPlace, recorder: &recorder)
      workspace.swapGradients()
    } else {
      let batchGradients = workspace.batchGradients, gradients = workspace.gradients
      batchGradients.update(repeating: 0)
      for (position, e) in batch.enumerated() {
        recorder.beginExample(position)
        batchError += recordForwardPass(example: e, of: examples, parameters: parameters, workspace: workspace, recorder: &recorder)
        recordBackwardPass(
          example: e, of: examples, parameters: parameters, workspace: workspace, inPlace: nil, recorder: &recorder)
        for p in batchGradients.indices { batchGradients[p] += gradients[p] }
      }
      if plan.reduction == .mean {
        let count = Double(batch.count)
        batchError /= count
        for p in batchGradients.indices { batchGradients[p] /= count }
      }
    }
    recorder.recordBatchError(batchError)
    for (p, gradient) in workspace.batchGradients.enumerated() {
      recorder.recordBatchGradient(parameter: p, gradient)
    }
    recordUpdate(
      state: state, batchError: batchError, workspace: workspace, plan: plan, skippingInPlace: inPlace != nil,
      recorder: &recorder)
    return batchError
  }

  /// The error over a whole data set (sum or mean of the examples' errors, in order) at
  /// `parameters`, by forward passes alone.
  func dataSetError(
    _ examples: ExampleTable, parameters: UnsafeBufferPointer<Double>, reduction: TrainingPlan.Reduction,
    workspace: StepWorkspace
  ) -> Double {
    var recorder = DiscardingRecorder()
    var total = 0.0
    for e in 0..<examples.count {
      total += recordForwardPass(example: e, of: examples, parameters: parameters, workspace: workspace, recorder: &recorder)
    }
    return reduction == .mean ? total / Double(examples.count) : total
  }
}
