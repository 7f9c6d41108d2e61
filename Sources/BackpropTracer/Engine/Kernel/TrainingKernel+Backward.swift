extension TrainingKernel {
  /// Runs the backward pass of one example: every δ and every parameter's gradient.
  ///
  /// δ is ∂E/∂net. A hidden neuron's ∂E/∂out is the sum, over the neurons k it feeds, of δ_k·w_k
  /// (in the order of k). An elementwise neuron's δ is ∂E/∂out · ∂out/∂net; a softmax neuron's is
  /// Σᵢ ∂E/∂out_i · ∂out_i/∂net_j. With cross-entropy and its matching output activation the
  /// output δ is o − t. Every gradient uses the
  /// parameters as they were before the update: this pass reads `parameters` and writes only the
  /// workspace, except that with `inPlace` the weights it may update in place move right after
  /// their last read. A parameter used in several places accumulates the gradients of all its uses.
  /// - Complexity: O(number of connections + Σ (softmax layer width)²).
  func backwardPass(
    example e: Int, of examples: ExampleTable, parameters: UnsafeBufferPointer<Double>, workspace: StepWorkspace,
    inPlace: InPlaceUpdate?
  ) {
    let targets = examples.targets(of: e)
    let gradients = workspace.gradients
    for p in wiring.summedGradients { gradients[p] = 0 }
    let units = workspace.units, nets = workspace.nets, errorSlopes = workspace.errorSlopes, deltas = workspace.deltas
    let inputCount = network.inputNames.count, layers = network.layers
    for layerIndex in layers.indices.reversed() {
      let layer = layers[layerIndex]
      let isOutput = layerIndex == layers.count - 1
      if !isOutput {
        backflow(into: layer, from: layers[layerIndex + 1], parameters: parameters, workspace: workspace, inPlace: inPlace)
      }
      let simplified = isOutput && network.loss.simplifiesDelta
      for (k, j) in layer.neurons.enumerated() {
        let out = units[inputCount + j]
        let chain: Double
        if layer.activation.isElementwise {
          chain = errorSlopes[j] * layer.activation.slope(net: nets[j], out: out)
        } else {
          chain = softmaxChain(into: j, layer: layer, workspace: workspace)
        }
        deltas[j] = simplified ? out - targets[k] : chain
      }
      // The first layer's weights are read for the last time here; the others' by the backflow
      // into the layer below.
      accumulateGradients(of: layer, workspace: workspace, inPlace: inPlace, lastRead: layerIndex == 0)
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
  private func backflow(
    into layer: Layer, from consumers: Layer, parameters p: UnsafeBufferPointer<Double>, workspace: StepWorkspace,
    inPlace: InPlaceUpdate?
  ) {
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
          slopes[first &+ position] += delta * weight
          inPlace.move(firstWeight &+ position, from: weight, gradient: 0 + delta * units[source &+ position])
        }
        continue
      }
      for position in 0..<fanIn {
        let weight = firstWeight >= 0 ? p[firstWeight &+ position] : p[weights[connection &+ position]]
        slopes[first &+ position] += delta * weight
      }
    }
  }

  /// Σᵢ ∂E/∂out_i · ∂out_i/∂net_j over the neurons i of a softmax layer.
  private func softmaxChain(into j: Int, layer: Layer, workspace: StepWorkspace) -> Double {
    let inputCount = network.inputNames.count, units = workspace.units
    let outJ = units[inputCount + j]
    var sum = 0.0
    for i in layer.neurons {
      sum += workspace.errorSlopes[i] * Activation.softmaxSlope(outI: units[inputCount + i], outJ: outJ, sameNeuron: i == j)
    }
    return sum
  }

  /// Adds δ·input to the gradient of each weight of every neuron of `layer`, and δ to its
  /// bias's. With `inPlace`, the gradients of weights updated in place are never stored: at the
  /// weights' `lastRead` they move.
  private func accumulateGradients(of layer: Layer, workspace: StepWorkspace, inPlace: InPlaceUpdate?, lastRead: Bool) {
    let source = layer.inputs.lowerBound, count = layer.inputs.count
    let units = workspace.units, gradients = workspace.gradients, weights = wiring.connectionWeights
    for j in layer.neurons {
      let delta = workspace.deltas[j], first = wiring.firstConnections[j], firstWeight = wiring.firstWeights[j]
      if wiring.ownsWeights[j] {  // consecutive weights of this neuron only: no sum to read
        let movesHere = inPlace != nil && wiring.updatesWeightsInPlace[j]
        if !movesHere {
          for i in 0..<count {
            gradients[firstWeight &+ i] = 0 + delta * units[source &+ i]  // the sum of one use, from 0
          }
        }
        if movesHere, lastRead, let inPlace {
          for i in 0..<count {
            let w = firstWeight &+ i
            inPlace.move(w, from: inPlace.values[w], gradient: 0 + delta * units[source &+ i])
          }
        }
      } else if firstWeight >= 0 {  // consecutive weights: a loop the compiler can vectorise
        for i in 0..<count { gradients[firstWeight &+ i] += delta * units[source &+ i] }
      } else {
        for i in 0..<count { gradients[weights[first &+ i]] += delta * units[source &+ i] }
      }
      let bias = wiring.biases[j]
      if bias >= 0 { gradients[bias] += delta }
    }
  }
}
