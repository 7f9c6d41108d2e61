extension Network {
  /// Runs the forward pass and the error of one example: every neuron's net and out, each
  /// output's error term and ∂E/∂out. Returns the example's total error.
  ///
  /// net is summed as b + w₀x₀ + w₁x₁ + … from left to right (0 in place of b for a neuron
  /// without bias), the order of the reference programs, so that results agree bit for bit.
  /// A softmax layer is computed once all its net inputs are known.
  /// - Complexity: O(number of connections).
  func recordForwardPass<Recorder: StepRecorder>(
    _ example: Example, parameters: [Double], workspace: inout StepWorkspace,
    recorder: inout Recorder
  ) -> Double {
    for (i, value) in example.inputs.enumerated() { workspace.units[i] = value }
    let inputCount = inputNames.count
    for (layerIndex, layer) in layers.enumerated() {
      for j in layer.neurons {
        let neuron = neurons[j]
        var net = neuron.bias.map { parameters[$0] } ?? 0
        var unit = layer.inputs.lowerBound
        for weight in neuron.weights {
          net += parameters[weight] * workspace.units[unit]
          unit += 1
        }
        workspace.nets[j] = net
        if layer.activation.isElementwise {
          let out = layer.activation.value(at: net)
          workspace.units[inputCount + j] = out
          recorder.recordForward(neuron: j, net: net, out: out)
        }
      }
      if !layer.activation.isElementwise {
        let first = layer.neurons.lowerBound
        let logSumExp = Activation.softmax(
          workspace.nets, from: first, count: layer.neurons.count, into: &workspace.units,
          at: inputCount + first)
        for j in layer.neurons {
          recorder.recordForward(neuron: j, net: workspace.nets[j], out: workspace.units[inputCount + j])
        }
        if layerIndex == layers.count - 1 {
          workspace.logSumExp = logSumExp
          if loss == .crossEntropy { recorder.recordLogSumExp(logSumExp) }
        }
      }
    }
    let outputs = outputLayer.neurons
    var total = 0.0
    for (k, j) in outputs.enumerated() {
      let target = example.targets[k], output = workspace.units[inputCount + j]
      let term = loss.term(
        target: target, output: output, net: workspace.nets[j], logSumExp: workspace.logSumExp,
        outputCount: outputs.count)
      let slope = loss.slope(target: target, output: output, outputCount: outputs.count)
      workspace.errorSlopes[j] = slope
      recorder.recordErrorTerm(neuron: j, term: term, slope: slope)
      total += term
    }
    recorder.recordTotalError(total)
    return total
  }
}
