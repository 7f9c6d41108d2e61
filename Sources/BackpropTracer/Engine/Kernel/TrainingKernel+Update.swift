extension TrainingKernel {
  /// Moves every trainable parameter by the plan's optimizer, using the batch gradients.
  ///
  /// With weight decay λ a weight's gradient becomes ∂E/∂w + λ·w (biases have none). Plain SGD:
  /// p ← p − η·g. Momentum: v ← μv − η·g, p ← p + v. Averaged momentum: v ← μv + (1 − μ)·g,
  /// p ← p − η·v. Frozen parameters keep their values. Runs after the whole backward pass, so
  /// every gradient was computed with the parameters as they were before the update. When the
  /// backward pass has already updated weights in place (`skippingInPlace`), only the other
  /// trainable parameters move here.
  /// - Complexity: O(number of parameters).
  func update(state: TrainingState, workspace: StepWorkspace, plan: TrainingPlan, skippingInPlace: Bool) {
    let values = state.parameters, gradients = workspace.batchGradients, rate = network.learningRate
    guard plan.optimizer == .sgd, plan.weightDecay == nil else {
      for run in wiring.trainable {
        for p in run {
          values[p] = step(p, value: values[p], gradient: gradients[p], velocities: state.velocities, plan: plan)
        }
      }
      return
    }
    for run in skippingInPlace ? wiring.trainableNotInPlace : wiring.trainable {  // plain SGD: vectorisable
      for p in run { values[p] = values[p] - rate * gradients[p] }
    }
  }

  /// The new value of parameter p under any optimizer, with weight decay.
  private func step(
    _ p: Int, value: Double, gradient: Double, velocities: UnsafeMutableBufferPointer<Double>, plan: TrainingPlan
  ) -> Double {
    var gradient = gradient
    if let decay = plan.weightDecay, wiring.isWeight[p] { gradient = gradient + decay * value }
    let rate = network.learningRate
    switch plan.optimizer {
    case .sgd:
      return value - rate * gradient
    case let .momentum(mu):
      velocities[p] = mu * velocities[p] - rate * gradient
      return value + velocities[p]
    case let .averagedMomentum(mu):
      velocities[p] = mu * velocities[p] + (1 - mu) * gradient
      return value - rate * velocities[p]
    }
  }
}
