extension Network {
  /// Moves every trainable parameter by the plan's optimizer, using the batch gradients.
  ///
  /// With weight decay λ the objective is J = E + λ/2 Σ w² over the weights (not the biases), and
  /// a weight's gradient becomes ∂E/∂w + λ·w. Plain SGD: p ← p − η·g. Momentum: v ← μv − η·g,
  /// p ← p + v. Averaged momentum: v ← μv + (1 − μ)·g, p ← p − η·v. Frozen parameters keep their
  /// values. Runs after the whole backward pass, so every gradient was computed with the
  /// parameters as they were before the update. When the backward pass has already updated
  /// weights in place (`skippingInPlace`), only the other trainable parameters move here.
  /// - Complexity: O(number of parameters).
  func recordUpdate<Recorder: StepRecorder>(
    state: TrainingState, batchError: Double, workspace: StepWorkspace, plan: TrainingPlan, skippingInPlace: Bool,
    recorder: inout Recorder
  ) {
    let wiring = workspace.wiring
    let decay = plan.weightDecay, values = state.parameters, gradients = workspace.batchGradients
    if let decay {
      var squares = 0.0
      for p in parameters.indices where wiring.isWeight[p] {
        squares += values[p] * values[p]
      }
      let penalty = 0.5 * decay * squares
      recorder.recordPenalty(penalty, objective: batchError + penalty)
    }
    guard plan.optimizer == .sgd, decay == nil else {
      for run in wiring.trainable {
        for p in run {
          values[p] = step(
            p, value: values[p], gradient: gradients[p], velocities: state.velocities, workspace: workspace, plan: plan,
            recorder: &recorder)
        }
      }
      return
    }
    let rate = learningRate
    for run in skippingInPlace ? wiring.trainableNotInPlace : wiring.trainable {  // plain SGD: vectorisable
      for p in run {
        let updated = values[p] - rate * gradients[p]
        values[p] = updated
        recorder.recordUpdate(parameter: p, updated)
      }
    }
  }

  /// The new value of parameter p under any optimizer, with weight decay.
  private func step<Recorder: StepRecorder>(
    _ p: Int, value: Double, gradient: Double, velocities: UnsafeMutableBufferPointer<Double>, workspace: StepWorkspace, plan: TrainingPlan,
    recorder: inout Recorder
  ) -> Double {
    let wiring = workspace.wiring
    var gradient = gradient
    if let decay = plan.weightDecay, wiring.isWeight[p] {
      let slope = decay * value
      gradient = gradient + slope
      recorder.recordDecay(parameter: p, slope: slope, gradient: gradient)
    }
    let updated: Double
    switch plan.optimizer {
    case .sgd:
      updated = value - learningRate * gradient
    case let .momentum(mu):
      let velocity = mu * velocities[p] - learningRate * gradient
      velocities[p] = velocity
      recorder.recordVelocity(parameter: p, velocity)
      updated = value + velocity
    case let .averagedMomentum(mu):
      let velocity = mu * velocities[p] + (1 - mu) * gradient
      velocities[p] = velocity
      recorder.recordVelocity(parameter: p, velocity)
      updated = value - learningRate * velocity
    }
    recorder.recordUpdate(parameter: p, updated)
    return updated
  }
}
