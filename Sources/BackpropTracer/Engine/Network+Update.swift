extension Network {
  /// Applies plain gradient descent, p ← p − η·∂E/∂p, to every trainable parameter.
  ///
  /// Frozen parameters keep their values. Runs after the whole backward pass, so every gradient
  /// was computed with the parameters as they were before the update.
  /// - Complexity: O(number of parameters).
  func recordUpdate<Recorder: StepRecorder>(
    parameters: inout [Double], workspace: StepWorkspace, recorder: inout Recorder
  ) {
    for (p, parameter) in self.parameters.enumerated() where parameter.isTrainable {
      let updated = parameters[p] - learningRate * workspace.gradients[p]
      parameters[p] = updated
      recorder.recordUpdate(parameter: p, updated)
    }
  }
}
