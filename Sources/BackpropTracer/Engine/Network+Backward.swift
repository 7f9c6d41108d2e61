extension Network {
  /// Runs the backward pass: every δ and every parameter's gradient.
  ///
  /// δ is ∂E/∂net = ∂E/∂out · ∂out/∂net. A hidden neuron's ∂E/∂out is the sum, over the neurons
  /// k it feeds, of δ_k·w_k (in the order of k). Every gradient uses the parameters as they were
  /// before the update: this pass reads `parameters` and writes only `workspace.gradients`.
  /// A parameter used in several places accumulates the gradients of all its uses.
  /// - Complexity: O(number of connections).
  func recordBackwardPass<Recorder: StepRecorder>(
    parameters: [Double], workspace: inout StepWorkspace, recorder: inout Recorder
  ) {
    for p in workspace.gradients.indices { workspace.gradients[p] = 0 }
    let inputCount = inputNames.count
    for layerIndex in layers.indices.reversed() {
      let layer = layers[layerIndex]
      for j in layer.neurons {
        if layerIndex < layers.count - 1 {
          workspace.errorSlopes[j] = backflow(
            into: inputCount + j, from: layers[layerIndex + 1], parameters: parameters,
            workspace: workspace, recorder: &recorder)
          recorder.recordHiddenErrorSlope(neuron: j, workspace.errorSlopes[j])
        }
        let activationSlope = layer.activation.slope(
          net: workspace.nets[j], out: workspace.units[inputCount + j])
        let delta = workspace.errorSlopes[j] * activationSlope
        workspace.deltas[j] = delta
        recorder.recordDelta(neuron: j, activationSlope: activationSlope, delta: delta)
        accumulateGradients(of: j, delta: delta, workspace: &workspace, recorder: &recorder)
      }
    }
    for (p, gradient) in workspace.gradients.enumerated() {
      recorder.recordGradient(parameter: p, gradient)
    }
  }

  /// ∂E/∂out of unit `unit`: Σ_k δ_k · w_k over the neurons k of `consumers`.
  private func backflow<Recorder: StepRecorder>(
    into unit: Int, from consumers: Layer, parameters: [Double], workspace: StepWorkspace,
    recorder: inout Recorder
  ) -> Double {
    let position = unit - consumers.inputs.lowerBound
    var sum = 0.0
    for k in consumers.neurons {
      let consumer = neurons[k]
      let weight = parameters[consumer.weights[position]]
      let share = workspace.deltas[k] * weight
      recorder.recordBackflow(connection: consumer.firstConnection + position, weight: weight, share: share)
      sum += share
    }
    return sum
  }

  private func accumulateGradients<Recorder: StepRecorder>(
    of j: Int, delta: Double, workspace: inout StepWorkspace, recorder: inout Recorder
  ) {
    let neuron = neurons[j]
    var unit = layers[neuron.layer].inputs.lowerBound
    var connection = neuron.firstConnection
    for weight in neuron.weights {
      let input = workspace.units[unit]
      let gradient = delta * input
      workspace.gradients[weight] += gradient
      recorder.recordWeightUse(connection: connection, input: input, gradient: gradient)
      unit += 1
      connection += 1
    }
    if let bias = neuron.bias {
      workspace.gradients[bias] += delta
      recorder.recordBiasUse(neuron: j, gradient: delta)
    }
  }
}
