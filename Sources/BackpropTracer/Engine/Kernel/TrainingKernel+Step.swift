extension TrainingKernel {
  /// One training step on a batch: each example's forward and backward pass, the batch's
  /// gradients (sum or mean, in batch order), then the update. Returns the batch error.
  /// - Complexity: O(batch size × connections + parameters).
  func step(batch: [Int], of examples: ExampleTable, state: TrainingState, workspace: StepWorkspace, plan: TrainingPlan) -> Double {
    var batchError = 0.0
    let parameters = UnsafeBufferPointer(state.parameters)
    // Plain SGD on one example: the backward pass itself moves the weights it can.
    let inPlace =
      batch.count == 1 && plan.optimizer == .sgd && plan.weightDecay == nil
      ? InPlaceUpdate(rate: network.learningRate, values: state.parameters) : nil
    if batch.count == 1, let e = batch.first {
      // A batch of one: its gradients are the example's, so they change places, not values.
      batchError = forwardPass(example: e, of: examples, parameters: parameters, workspace: workspace)
      backwardPass(example: e, of: examples, parameters: parameters, workspace: workspace, inPlace: inPlace)
      workspace.swapGradients()
    } else {
      let batchGradients = workspace.batchGradients, gradients = workspace.gradients
      batchGradients.update(repeating: 0)
      for e in batch {
        batchError += forwardPass(example: e, of: examples, parameters: parameters, workspace: workspace)
        backwardPass(example: e, of: examples, parameters: parameters, workspace: workspace, inPlace: nil)
        for p in batchGradients.indices { batchGradients[p] += gradients[p] }
      }
      if plan.reduction == .mean {
        let count = Double(batch.count)
        batchError /= count
        for p in batchGradients.indices { batchGradients[p] /= count }
      }
    }
    update(state: state, workspace: workspace, plan: plan, skippingInPlace: inPlace != nil)
    return batchError
  }

  /// The error over a whole data set (sum or mean of the examples' errors, in order) at
  /// `parameters`, by forward passes alone.
  func dataSetError(
    _ examples: ExampleTable, parameters: UnsafeBufferPointer<Double>, reduction: TrainingPlan.Reduction,
    workspace: StepWorkspace
  ) -> Double {
    var total = 0.0
    for e in 0..<examples.count {
      total += forwardPass(example: e, of: examples, parameters: parameters, workspace: workspace)
    }
    return reduction == .mean ? total / Double(examples.count) : total
  }
}
