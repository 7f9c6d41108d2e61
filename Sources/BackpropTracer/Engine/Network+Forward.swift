extension Network {
  /// Runs the forward pass and the error: every neuron's net and out, each output's error term
  /// and ∂E/∂out. Returns the total error.
  ///
  /// net is summed as b + w₀x₀ + w₁x₁ + … from left to right (0 in place of b for a neuron
  /// without bias), the order of the reference programs, so that results agree bit for bit.
  /// - Complexity: O(number of connections).
  func recordForwardPass<Recorder: StepRecorder>(
    _ example: Example, parameters: [Double], workspace: inout StepWorkspace,
    recorder: inout Recorder
  ) -> Double {
    for (i, value) in example.inputs.enumerated() { workspace.units[i] = value }
    let inputCount = inputNames.count
    for layer in layers {
      for j in layer.neurons {
        let neuron = neurons[j]
        var net = neuron.bias.map { parameters[$0] } ?? 0
        var unit = layer.inputs.lowerBound
        for weight in neuron.weights {
          net += parameters[weight] * workspace.units[unit]
          unit += 1
        }
        let out = layer.activation.value(at: net)
        workspace.nets[j] = net
        workspace.units[inputCount + j] = out
        recorder.recordForward(neuron: j, net: net, out: out)
      }
    }
    let outputs = outputLayer.neurons
    var total = 0.0
    for (k, j) in outputs.enumerated() {
      let target = example.targets[k], output = workspace.units[inputCount + j]
      let term = loss.term(target: target, output: output, outputCount: outputs.count)
      let slope = loss.slope(target: target, output: output, outputCount: outputs.count)
      workspace.errorSlopes[j] = slope
      recorder.recordErrorTerm(neuron: j, term: term, slope: slope)
      total += term
    }
    recorder.recordTotalError(total)
    return total
  }
}
