extension Network {
  /// One training step on a batch: each example's forward and backward pass, the batch's error
  /// and gradients (sum or mean, in batch order), then the update. Returns the batch error.
  /// - Complexity: O(batch size × connections + parameters).
  func recordStep<Recorder: StepRecorder>(
    batch: [Int], of examples: [Example], state: inout TrainingState, workspace: inout StepWorkspace,
    plan: TrainingPlan, recorder: inout Recorder
  ) -> Double {
    var batchError = 0.0
    if batch.count == 1, let e = batch.first {
      // A batch of one: its gradients are the example's, so they change places, not values.
      recorder.beginExample(0)
      batchError = recordForwardPass(examples[e], parameters: state.parameters, workspace: &workspace, recorder: &recorder)
      recordBackwardPass(examples[e], parameters: state.parameters, workspace: &workspace, recorder: &recorder)
      swap(&workspace.gradients, &workspace.batchGradients)
    } else {
      workspace.batchGradients.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
      for (position, e) in batch.enumerated() {
        recorder.beginExample(position)
        batchError += recordForwardPass(
          examples[e], parameters: state.parameters, workspace: &workspace, recorder: &recorder)
        recordBackwardPass(examples[e], parameters: state.parameters, workspace: &workspace, recorder: &recorder)
        for p in workspace.batchGradients.indices { workspace.batchGradients[p] += workspace.gradients[p] }
      }
      if plan.reduction == .mean {
        let count = Double(batch.count)
        batchError /= count
        for p in workspace.batchGradients.indices { workspace.batchGradients[p] /= count }
      }
    }
    recorder.recordBatchError(batchError)
    for (p, gradient) in workspace.batchGradients.enumerated() {
      recorder.recordBatchGradient(parameter: p, gradient)
    }
    recordUpdate(state: &state, batchError: batchError, workspace: workspace, plan: plan, recorder: &recorder)
    return batchError
  }

  /// The error over a whole data set (sum or mean of the examples' errors, in order) at
  /// `parameters`, by forward passes alone.
  func dataSetError(_ examples: [Example], parameters: [Double], reduction: TrainingPlan.Reduction, workspace: inout StepWorkspace) -> Double {
    var recorder = DiscardingRecorder()
    var total = 0.0
    for example in examples {
      total += recordForwardPass(example, parameters: parameters, workspace: &workspace, recorder: &recorder)
    }
    return reduction == .mean ? total / Double(examples.count) : total
  }
}
