extension TrainingKernel {
  /// Runs the forward pass and the error of one example: every neuron's net and out, and each
  /// output's ∂E/∂out. Returns the example's total error.
  ///
  /// net is summed as b + w₀x₀ + w₁x₁ + … from left to right (0 in place of b for a neuron
  /// without bias), the order of the reference programs, so that results agree bit for bit.
  /// A softmax layer is computed once all its net inputs are known.
  /// - Complexity: O(number of connections).
  func forwardPass(
    example e: Int, of examples: ExampleTable, parameters: UnsafeBufferPointer<Double>, workspace: StepWorkspace
  ) -> Double {
    let units = workspace.units, nets = workspace.nets, targets = examples.targets(of: e)
    for (i, value) in examples.inputs(of: e).enumerated() { units[i] = value }
    let inputCount = network.inputNames.count
    for layer in network.layers {
      computeNets(of: layer, parameters: parameters, workspace: workspace)
      if layer.activation.isElementwise {
        for j in layer.neurons { units[inputCount + j] = layer.activation.value(at: nets[j]) }
      } else {
        let first = layer.neurons.lowerBound
        var outs = units
        workspace.logSumExp = Activation.softmax(nets, from: first, count: layer.neurons.count, into: &outs, at: inputCount + first)
      }
    }
    let outputs = network.outputLayer.neurons, loss = network.loss
    var total = 0.0
    for (k, j) in outputs.enumerated() {
      let target = targets[k], output = units[inputCount + j]
      total += loss.term(
        target: target, output: output, net: nets[j], logSumExp: workspace.logSumExp, outputCount: outputs.count)
      workspace.errorSlopes[j] = loss.slope(target: target, output: output, outputCount: outputs.count)
    }
    return total
  }

  /// The net input of every neuron of `layer`, each summed b + w₀x₀ + w₁x₁ + … left to right.
  ///
  /// Neurons with consecutive weights are summed four at a time: four independent chains of
  /// additions in flight instead of one, each in its own order, so the sums are the same bits
  /// as one neuron at a time while the processor overlaps their latencies.
  private func computeNets(of layer: Layer, parameters p: UnsafeBufferPointer<Double>, workspace: StepWorkspace) {
    let fanIn = layer.inputs.count, source = layer.inputs.lowerBound
    let units = workspace.units, nets = workspace.nets, biases = wiring.biases, first = wiring.firstWeights
    func bias(_ j: Int) -> Double { biases[j] >= 0 ? p[biases[j]] : 0 }
    var j = layer.neurons.lowerBound
    while j + 4 <= layer.neurons.upperBound, first[j] >= 0, first[j + 1] >= 0, first[j + 2] >= 0, first[j + 3] >= 0 {
      let w0 = first[j], w1 = first[j + 1], w2 = first[j + 2], w3 = first[j + 3]
      var s0 = bias(j), s1 = bias(j + 1), s2 = bias(j + 2), s3 = bias(j + 3)
      for i in 0..<fanIn {
        let x = units[source &+ i]
        s0 += p[w0 &+ i] * x
        s1 += p[w1 &+ i] * x
        s2 += p[w2 &+ i] * x
        s3 += p[w3 &+ i] * x
      }
      nets[j] = s0
      nets[j + 1] = s1
      nets[j + 2] = s2
      nets[j + 3] = s3
      j += 4
    }
    let weights = wiring.connectionWeights
    for k in j..<layer.neurons.upperBound {
      var net = bias(k)
      if first[k] >= 0 {
        let w = first[k]
        for i in 0..<fanIn { net += p[w &+ i] * units[source &+ i] }
      } else {
        let c = wiring.firstConnections[k]
        for i in 0..<fanIn { net += p[weights[c &+ i]] * units[source &+ i] }
      }
      nets[k] = net
    }
  }
}
