extension LayoutBuilder {
  mutating func addBackwardPass() {
    // A shared parameter's sum follows the last of its uses, which the backward pass reaches in
    // the lowest layer that uses it; a parameter no neuron uses (possible when a network is
    // built in code) gets an empty sum, 0, at the very end.
    var lowestLayer = Array(repeating: Int.max, count: network.parameters.count)
    for neuron in network.neurons {
      for p in neuron.weights { lowestLayer[p] = min(lowestLayer[p], neuron.layer) }
      if let b = neuron.bias { lowestLayer[b] = min(lowestLayer[b], neuron.layer) }
    }
    var sharedByLowestLayer = Array(repeating: [Int](), count: network.layers.count)
    for p in network.parameters.indices where useCounts[p] != 1 {
      sharedByLowestLayer[useCounts[p] == 0 ? 0 : lowestLayer[p]].append(p)
    }
    var sharedUses = Array(repeating: [TraceKey](), count: network.parameters.count)
    for layerIndex in network.layers.indices.reversed() {
      let layer = network.layers[layerIndex]
      if !layer.activation.isElementwise {
        section(.errorSlopes(layer: layerIndex)) { builder in
          for j in layer.neurons { builder.addErrorSlope(of: j, layerIndex: layerIndex) }
        }
      }
      for j in layer.neurons {
        addDelta(neuron: j, layerIndex: layerIndex)
        addGradients(neuron: j, sharedUses: &sharedUses)
      }
      for p in sharedByLowestLayer[layerIndex] {
        section(.sharedGradient(parameter: p)) { builder in
          builder.slots.gradient[p] = builder.append(
            .gradient(builder.network.parameters[p].name), .sum(sharedUses[p]))
        }
      }
    }
  }

  /// ∂E/∂out of a neuron: from the error for an output, else the sum of the shares that flow
  /// back through each consumer.
  private mutating func addErrorSlope(of j: Int, layerIndex: Int) {
    let name = self.name(j)
    guard layerIndex < network.layers.count - 1 else {
      let slope = Derivation.errorSlope(
        network.loss, target: key(.target(name)), output: key(.out(name)),
        outputCount: network.outputLayer.neurons.count)
      slots.errorSlope[j] = append(.errorSlope(name), slope)
      return
    }
    let consumers = network.layers[layerIndex + 1]
    let position = network.inputNames.count + j - consumers.inputs.lowerBound
    let threeFactors = network.writesThreeFactorChains(inLayer: layerIndex + 1)
    var shares: [TraceKey] = []
    for k in consumers.neurons {
      let consumer = network.neurons[k]
      let connection = consumer.firstConnection + position
      let factor = Quantity.netSlopeOut(consumer: consumer.name, source: name)
      slots.backflowWeight[connection] = append(factor, .copy(parameterKey(consumer.weights[position])))
      let share = Quantity.errorSlopeVia(source: name, consumer: consumer.name)
      let chain =
        threeFactors
        ? [key(.errorSlope(consumer.name)), key(.activationSlope(consumer.name)), key(factor)]
        : [key(.delta(consumer.name)), key(factor)]
      slots.backflowShare[connection] = append(share, .product(chain))
      shares.append(key(share))
    }
    slots.errorSlope[j] = append(.errorSlope(name), .sum(shares))
  }

  private mutating func addDelta(neuron j: Int, layerIndex: Int) {
    let name = self.name(j)
    let layer = network.layers[layerIndex]
    let simplified = network.simplifiesDelta(inLayer: layerIndex)
    section(.delta(neuron: j)) { builder in
      let chain: Derivation
      if layer.activation.isElementwise {
        builder.addErrorSlope(of: j, layerIndex: layerIndex)
        builder.slots.activationSlope[j] = builder.append(
          .activationSlope(name),
          .activationSlope(layer.activation, net: builder.key(.net(name)), out: builder.key(.out(name))))
        chain = .product([builder.key(.errorSlope(name)), builder.key(.activationSlope(name))])
      } else {
        var slopes: [TraceKey] = []
        for i in layer.neurons {
          let entry = Quantity.activationJacobian(out: builder.name(i), net: name)
          let derivation = Derivation.softmaxSlope(
            outI: builder.key(.out(builder.name(i))), outJ: builder.key(.out(name)), sameNeuron: i == j)
          builder.slots.jacobian[j].append(builder.append(entry, derivation))
          slopes.append(builder.key(entry))
        }
        chain = .jacobianChain(factors: layer.neurons.map { builder.key(.errorSlope(builder.name($0))) }, slopes: slopes)
      }
      if simplified {
        builder.slots.deltaChain[j] = builder.append(.deltaByChain(name), chain)
        builder.slots.delta[j] = builder.append(
          .delta(name), .outputMinusTarget(output: builder.key(.out(name)), target: builder.key(.target(name))))
      } else {
        builder.slots.delta[j] = builder.append(.delta(name), chain)
      }
    }
  }

  private mutating func addGradients(neuron j: Int, sharedUses: inout [[TraceKey]]) {
    let neuron = network.neurons[j]
    let inputs = network.layers[neuron.layer].inputs
    for (position, p) in neuron.weights.enumerated() {
      let connection = neuron.firstConnection + position
      let unit = inputs.lowerBound + position
      let (factor, use) = addParameterUse(p, in: j, factor: .copy(unitKey(unit)), sharedUses: &sharedUses)
      slots.connectionInput[connection] = factor
      slots.connectionUse[connection] = use
    }
    if let b = neuron.bias {
      let (factor, use) = addParameterUse(b, in: j, factor: .one, sharedUses: &sharedUses)
      slots.biasFactor[j] = factor
      slots.biasUse[j] = use
    }
  }

  private mutating func addParameterUse(
    _ p: Int, in j: Int, factor: Derivation, sharedUses: inout [[TraceKey]]
  ) -> (factor: Int, use: Int) {
    let name = self.name(j)
    let parameter = network.parameters[p].name
    let threeFactors = network.writesThreeFactorChains(inLayer: network.neurons[j].layer)
    var found = (factor: -1, use: -1)
    section(.gradient(parameter: p, neuron: j)) { builder in
      let slope = Quantity.netSlopeParameter(neuron: name, parameter: parameter)
      found.factor = builder.append(slope, factor)
      let chain = Derivation.product(
        threeFactors
          ? [builder.key(.errorSlope(name)), builder.key(.activationSlope(name)), builder.key(slope)]
          : [builder.key(.delta(name)), builder.key(slope)])
      if builder.useCounts[p] > 1 {
        let share = Quantity.gradientVia(parameter: parameter, neuron: name)
        found.use = builder.append(share, chain)
        sharedUses[p].append(builder.key(share))
      } else {
        found.use = builder.append(.gradient(parameter), chain)
        builder.slots.gradient[p] = found.use
      }
    }
    return found
  }
}
