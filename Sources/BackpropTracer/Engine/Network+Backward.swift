extension Network {
  /// Runs the backward pass of one example: every δ and every parameter's gradient.
  ///
  /// δ is ∂E/∂net. A hidden neuron's ∂E/∂out is the sum, over the neurons k it feeds, of δ_k·w_k
  /// (in the order of k). An elementwise neuron's δ is ∂E/∂out · ∂out/∂net; a softmax neuron's is
  /// Σᵢ ∂E/∂out_i · ∂out_i/∂net_j. With cross-entropy and its matching output activation the
  /// output δ is o − t, and the full chain is recorded beside it. Every gradient uses the
  /// parameters as they were before the update: this pass reads `parameters` and writes only the
  /// workspace, except that with `inPlace` the weights it may update in place move right after
  /// their last read. A parameter used in several places accumulates the gradients of all its uses.
  /// - Complexity: O(number of connections + Σ (softmax layer width)²).
  func recordBackwardPass<Recorder: StepRecorder>(
    example e: Int, of examples: ExampleTable, parameters: UnsafeBufferPointer<Double>, workspace: StepWorkspace,
    inPlace: InPlaceUpdate?, recorder: inout Recorder
  ) {
    let wiring = workspace.wiring
    let targets = examples.targets(of: e)
    let gradients = workspace.gradients
    for p in wiring.summedGradients { gradients[p] = 0 }
    let units = workspace.units, nets = workspace.nets, errorSlopes = workspace.errorSlopes, deltas = workspace.deltas
    let inputCount = inputNames.count
    for layerIndex in layers.indices.reversed() {
      let layer = layers[layerIndex]
      let isOutput = layerIndex == layers.count - 1
      if !isOutput {
        backflow(
          into: layer, from: layers[layerIndex + 1], parameters: parameters, workspace: workspace, inPlace: inPlace,
          recorder: &recorder)
        for j in layer.neurons { recorder.recordHiddenErrorSlope(neuron: j, errorSlopes[j]) }
      }
      let simplified = isOutput && loss.simplifiesDelta
      for (k, j) in layer.neurons.enumerated() {
        let out = units[inputCount + j]
        let chain: Double
        if layer.activation.isElementwise {
          let slope = layer.activation.slope(net: nets[j], out: out)
          recorder.recordActivationSlope(neuron: j, slope)
          chain = errorSlopes[j] * slope
        } else {
          chain = softmaxChain(into: j, layer: layer, workspace: workspace, recorder: &recorder)
        }
        if simplified { recorder.recordDeltaChain(neuron: j, chain) }
        let delta = simplified ? out - targets[k] : chain
        deltas[j] = delta
        recorder.recordDelta(neuron: j, delta)
      }
      // The first layer's weights are read for the last time here; the others' by the backflow
      // into the layer below.
      accumulateGradients(
        of: layer, workspace: workspace, inPlace: inPlace, lastRead: layerIndex == 0, recorder: &recorder)
    }
    for (p, gradient) in gradients.enumerated() {
      recorder.recordGradient(parameter: p, gradient)
    }
  }

  /// ∂E/∂out of every neuron j of `layer`: Σ_k δ_k · w_kj over the neurons k of `consumers`
  /// (which take the layer's units as their inputs, in order).
  ///
  /// The sums run row by row: each consumer's weights are read once, in memory order, and add
  /// their shares to every j. Each sum still starts at 0 and adds its shares in the order of k,
  /// so the bits are those of summing one j at a time, without a strided walk down a column of
  /// the weight matrix. This is the last read of the consumers' weights: with `inPlace`, those
  /// it may update move here.
  private func backflow<Recorder: StepRecorder>(
    into layer: Layer, from consumers: Layer, parameters p: UnsafeBufferPointer<Double>, workspace: StepWorkspace,
    inPlace: InPlaceUpdate?, recorder: inout Recorder
  ) {
    let wiring = workspace.wiring
    let first = layer.neurons.lowerBound, fanIn = consumers.inputs.count, source = consumers.inputs.lowerBound
    precondition(fanIn == layer.neurons.count, "a layer feeds every neuron of the next")
    let slopes = workspace.errorSlopes, weights = wiring.connectionWeights, units = workspace.units
    for j in layer.neurons { slopes[j] = 0 }
    for k in consumers.neurons {
      let delta = workspace.deltas[k], connection = wiring.firstConnections[k]
      let firstWeight = wiring.firstWeights[k]
      if let inPlace, wiring.updatesWeightsInPlace[k] {
        for position in 0..<fanIn {
          let weight = p[firstWeight &+ position]
          let share = delta * weight
          slopes[first &+ position] += share
          recorder.recordBackflow(connection: connection &+ position, weight: weight, share: share)
          inPlace.move(firstWeight &+ position, from: weight, gradient: 0 + delta * units[source &+ position], recorder: &recorder)
        }
        continue
      }
      for position in 0..<fanIn {
        let weight = firstWeight >= 0 ? p[firstWeight &+ position] : p[weights[connection &+ position]]
        let share = delta * weight
        slopes[first &+ position] += share
        recorder.recordBackflow(connection: connection &+ position, weight: weight, share: share)
      }
    }
  }

  /// Σᵢ ∂E/∂out_i · ∂out_i/∂net_j over the neurons i of a softmax layer.
  private func softmaxChain<Recorder: StepRecorder>(
    into j: Int, layer: Layer, workspace: StepWorkspace, recorder: inout Recorder
  ) -> Double {
    let inputCount = inputNames.count, units = workspace.units
    let outJ = units[inputCount + j]
    var sum = 0.0
    for (position, i) in layer.neurons.enumerated() {
      let slope = Activation.softmaxSlope(outI: units[inputCount + i], outJ: outJ, sameNeuron: i == j)
      recorder.recordJacobian(neuron: j, position: position, slope)
      sum += workspace.errorSlopes[i] * slope
    }
    return sum
  }

  /// Adds δ·input to the gradient of each weight of every neuron of `layer`, and δ to its
  /// bias's. With `inPlace`, the gradients of weights updated in place are stored only for a
  /// recorder that keeps them, and at the weights' `lastRead` they move.
  private func accumulateGradients<Recorder: StepRecorder>(
    of layer: Layer, workspace: StepWorkspace, inPlace: InPlaceUpdate?, lastRead: Bool, recorder: inout Recorder
  ) {
    let wiring = workspace.wiring
    let source = layer.inputs.lowerBound, count = layer.inputs.count
    let units = workspace.units, gradients = workspace.gradients, weights = wiring.connectionWeights
    for j in layer.neurons {
      let delta = workspace.deltas[j], first = wiring.firstConnections[j], firstWeight = wiring.firstWeights[j]
      if wiring.ownsWeights[j] {  // consecutive weights of this neuron only: no sum to read
        let movesHere = inPlace != nil && wiring.updatesWeightsInPlace[j]
        if !movesHere || Recorder.keepsValues {
          for i in 0..<count {
            let input = units[source &+ i]
            let gradient = delta * input
            gradients[firstWeight &+ i] = 0 + gradient  // the bits of adding to a zeroed sum (+0 for −0)
            recorder.recordWeightUse(connection: first &+ i, input: input, gradient: gradient)
          }
        }
        if movesHere, lastRead, let inPlace {
          for i in 0..<count {
            let w = firstWeight &+ i
            inPlace.move(w, from: inPlace.values[w], gradient: 0 + delta * units[source &+ i], recorder: &recorder)
          }
        }
      } else if firstWeight >= 0 {  // consecutive weights: a loop the compiler can vectorise
        for i in 0..<count {
          let input = units[source &+ i]
          let gradient = delta * input
          gradients[firstWeight &+ i] += gradient
          recorder.recordWeightUse(connection: first &+ i, input: input, gradient: gradient)
        }
      } else {
        for i in 0..<count {
          let input = units[source &+ i]
          let gradient = delta * input
          gradients[weights[first &+ i]] += gradient
          recorder.recordWeightUse(connection: first &+ i, input: input, gradient: gradient)
        }
      }
      let bias = wiring.biases[j]
      if bias >= 0 {
        gradients[bias] += delta
        recorder.recordBiasUse(neuron: j, gradient: delta)
      }
    }
  }
}
