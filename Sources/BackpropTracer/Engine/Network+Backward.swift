extension Network {
  /// Runs the backward pass of one example: every δ and every parameter's gradient.
  ///
  /// δ is ∂E/∂net. A hidden neuron's ∂E/∂out is the sum, over the neurons k it feeds, of δ_k·w_k
  /// (in the order of k). An elementwise neuron's δ is ∂E/∂out · ∂out/∂net; a softmax neuron's is
  /// Σᵢ ∂E/∂out_i · ∂out_i/∂net_j. With cross-entropy and its matching output activation the
  /// output δ is o − t, and the full chain is recorded beside it. Every gradient uses the
  /// parameters as they were before the update: this pass reads `parameters` and writes only the
  /// workspace. A parameter used in several places accumulates the gradients of all its uses.
  /// - Complexity: O(number of connections + Σ (softmax layer width)²).
  func recordBackwardPass<Recorder: StepRecorder>(
    _ example: Example, parameters: [Double], workspace: inout StepWorkspace, recorder: inout Recorder
  ) {
    workspace.gradients.withUnsafeMutableBufferPointer { $0.update(repeating: 0) }
    let inputCount = inputNames.count
    for layerIndex in layers.indices.reversed() {
      let layer = layers[layerIndex]
      let isOutput = layerIndex == layers.count - 1
      if !isOutput {
        backflow(into: layer, from: layers[layerIndex + 1], parameters: parameters, workspace: &workspace, recorder: &recorder)
        for j in layer.neurons { recorder.recordHiddenErrorSlope(neuron: j, workspace.errorSlopes[j]) }
      }
      let simplified = isOutput && loss.simplifiesDelta
      for (k, j) in layer.neurons.enumerated() {
        let out = workspace.units[inputCount + j]
        let chain: Double
        if layer.activation.isElementwise {
          let slope = layer.activation.slope(net: workspace.nets[j], out: out)
          recorder.recordActivationSlope(neuron: j, slope)
          chain = workspace.errorSlopes[j] * slope
        } else {
          chain = softmaxChain(into: j, layer: layer, workspace: workspace, recorder: &recorder)
        }
        if simplified { recorder.recordDeltaChain(neuron: j, chain) }
        let delta = simplified ? out - example.targets[k] : chain
        workspace.deltas[j] = delta
        recorder.recordDelta(neuron: j, delta)
      }
      for j in layer.neurons {
        accumulateGradients(of: j, inputs: layer.inputs, delta: workspace.deltas[j], workspace: &workspace, recorder: &recorder)
      }
    }
    for (p, gradient) in workspace.gradients.enumerated() {
      recorder.recordGradient(parameter: p, gradient)
    }
  }

  /// ∂E/∂out of every neuron j of `layer`: Σ_k δ_k · w_kj over the neurons k of `consumers`
  /// (which take the layer's units as their inputs, in order).
  ///
  /// The sums run row by row: each consumer's weights are read once, in memory order, and add
  /// their shares to every j. Each sum still starts at 0 and adds its shares in the order of k,
  /// so the bits are those of summing one j at a time, without a strided walk down a column of
  /// the weight matrix.
  private func backflow<Recorder: StepRecorder>(
    into layer: Layer, from consumers: Layer, parameters: [Double], workspace: inout StepWorkspace,
    recorder: inout Recorder
  ) {
    let first = layer.neurons.lowerBound, fanIn = consumers.inputs.count
    precondition(fanIn == layer.neurons.count, "a layer feeds every neuron of the next")
    parameters.withUnsafeBufferPointer { p in
      workspace.errorSlopes.withUnsafeMutableBufferPointer { slopes in
        for j in layer.neurons { slopes[j] = 0 }
        for k in consumers.neurons {
          let delta = workspace.deltas[k], connection = workspace.firstConnections[k]
          let firstWeight = workspace.firstWeights[k]
          for position in 0..<fanIn {
            let weight = firstWeight >= 0 ? p[firstWeight &+ position] : p[workspace.connectionWeights[connection &+ position]]
            let share = delta * weight
            slopes[first &+ position] += share
            recorder.recordBackflow(connection: connection &+ position, weight: weight, share: share)
          }
        }
      }
    }
  }

  /// Σᵢ ∂E/∂out_i · ∂out_i/∂net_j over the neurons i of a softmax layer.
  private func softmaxChain<Recorder: StepRecorder>(
    into j: Int, layer: Layer, workspace: StepWorkspace, recorder: inout Recorder
  ) -> Double {
    let inputCount = inputNames.count
    let outJ = workspace.units[inputCount + j]
    var sum = 0.0
    for (position, i) in layer.neurons.enumerated() {
      let slope = Activation.softmaxSlope(outI: workspace.units[inputCount + i], outJ: outJ, sameNeuron: i == j)
      recorder.recordJacobian(neuron: j, position: position, slope)
      sum += workspace.errorSlopes[i] * slope
    }
    return sum
  }

  /// Adds δ·input to the gradient of each weight of neuron j (whose inputs are the units
  /// `inputs`) and δ to its bias's.
  private func accumulateGradients<Recorder: StepRecorder>(
    of j: Int, inputs: Range<Int>, delta: Double, workspace: inout StepWorkspace, recorder: inout Recorder
  ) {
    let source = inputs.lowerBound, count = inputs.count
    let first = workspace.firstConnections[j]
    workspace.units.withUnsafeBufferPointer { units in
      workspace.connectionWeights.withUnsafeBufferPointer { weights in
        workspace.gradients.withUnsafeMutableBufferPointer { gradients in
          let firstWeight = workspace.firstWeights[j]
          if firstWeight >= 0 {  // consecutive weights: a loop the compiler can vectorise
            for i in 0..<count {
              let input = units[source &+ i]
              let gradient = delta * input
              gradients[firstWeight &+ i] += gradient
              recorder.recordWeightUse(connection: first &+ i, input: input, gradient: gradient)
            }
            return
          }
          for i in 0..<count {
            let input = units[source &+ i]
            let gradient = delta * input
            gradients[weights[first &+ i]] += gradient
            recorder.recordWeightUse(connection: first &+ i, input: input, gradient: gradient)
          }
        }
      }
    }
    let bias = workspace.biases[j]
    if bias >= 0 {
      workspace.gradients[bias] += delta
      recorder.recordBiasUse(neuron: j, gradient: delta)
    }
  }
}
