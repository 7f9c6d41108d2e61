extension Network {
  /// Moves every trainable parameter by the plan's optimizer, using the batch gradients.
  ///
  /// With weight decay λ the objective is J = E + λ/2 Σ w² over the weights (not the biases), and
  /// a weight's gradient becomes ∂E/∂w + λ·w. Plain SGD: p ← p − η·g. Momentum: v ← μv − η·g,
  /// p ← p + v. Averaged momentum: v ← μv + (1 − μ)·g, p ← p − η·v. Frozen parameters keep their
  /// values. Runs after the whole backward pass, so every gradient was computed with the
  /// parameters as they were before the update.
  /// - Complexity: O(number of parameters).
  func recordUpdate<Recorder: StepRecorder>(
    state: inout TrainingState, batchError: Double, workspace: StepWorkspace, plan: TrainingPlan,
    recorder: inout Recorder
  ) {
    if let decay = plan.weightDecay {
      var squares = 0.0
      for (p, parameter) in parameters.enumerated() where parameter.role == .weight {
        squares += state.parameters[p] * state.parameters[p]
      }
      let penalty = 0.5 * decay * squares
      recorder.recordPenalty(penalty, objective: batchError + penalty)
    }
    for (p, parameter) in parameters.enumerated() where parameter.isTrainable {
      let value = state.parameters[p]
      var gradient = workspace.batchGradients[p]
      if let decay = plan.weightDecay, parameter.role == .weight {
        let slope = decay * value
        gradient = gradient + slope
        recorder.recordDecay(parameter: p, slope: slope, gradient: gradient)
      }
      let updated: Double
      switch plan.optimizer {
      case .sgd:
        updated = value - learningRate * gradient
      case let .momentum(mu):
        let velocity = mu * state.velocities[p] - learningRate * gradient
        state.velocities[p] = velocity
        recorder.recordVelocity(parameter: p, velocity)
        updated = value + velocity
      case let .averagedMomentum(mu):
        let velocity = mu * state.velocities[p] + (1 - mu) * gradient
        state.velocities[p] = velocity
        recorder.recordVelocity(parameter: p, velocity)
        updated = value - learningRate * velocity
      }
      state.parameters[p] = updated
      recorder.recordUpdate(parameter: p, updated)
    }
  }
}
