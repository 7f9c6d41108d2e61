extension Network {
  /// The layout of a trace of `steps` steps, with the slot of every value the engine records.
  ///
  /// Entries come in lecture order: the given values; the forward pass neuron by neuron; the
  /// error; the backward pass from the output layer down, each neuron's δ followed by the
  /// gradients of its parameters (a shared parameter's sum right after the layer of its last
  /// use); the update; the error after each step.
  /// - Complexity: O(number of parameters + connections + steps), run once per trace.
  func makeTraceLayout(steps: Int) -> (TraceLayout, TraceSlots) {
    var builder = LayoutBuilder(network: self)
    builder.addGiven()
    builder.addForwardPass()
    builder.addError()
    builder.addBackwardPass()
    builder.addUpdate()
    builder.addTraining(steps: steps)
    return (builder.layout(), builder.slots)
  }

  /// The number of connections (neuron, input) in the whole network.
  var connectionCount: Int {
    neurons.last.map { $0.firstConnection + $0.weights.count } ?? 0
  }

  /// How often each parameter is used, as a weight or a bias, across the network.
  var parameterUseCounts: [Int] {
    var counts = Array(repeating: 0, count: parameters.count)
    for neuron in neurons {
      for weight in neuron.weights { counts[weight] += 1 }
      if let bias = neuron.bias { counts[bias] += 1 }
    }
    return counts
  }
}

/// Appends quantities in order, opening a section for each group.
private struct LayoutBuilder {
  let network: Network
  var slots: TraceSlots
  private var quantities: [Quantity] = []
  private var derivations: [Derivation] = []
  private var sections: [TraceSection] = []
  private let useCounts: [Int]

  init(network: Network) {
    self.network = network
    self.slots = TraceSlots(
      neurons: network.neurons.count, connections: network.connectionCount,
      parameters: network.parameters.count)
    self.useCounts = network.parameterUseCounts
  }

  func layout() -> TraceLayout {
    TraceLayout(quantities: quantities, derivations: derivations, sections: sections)
  }

  private mutating func append(_ quantity: Quantity, _ derivation: Derivation) -> Int {
    quantities.append(quantity)
    derivations.append(derivation)
    return quantities.count - 1
  }

  private mutating func section(_ kind: TraceSection.Kind, _ body: (inout LayoutBuilder) -> Void) {
    let start = quantities.count
    body(&self)
    sections.append(TraceSection(kind: kind, entries: start..<quantities.count))
  }

  private func unitKey(_ unit: Int) -> TraceKey {
    unit < network.inputNames.count
      ? Quantity.input(network.inputNames[unit]).key
      : Quantity.out(network.unitName(unit)).key
  }

  private func parameterKey(_ index: Int) -> TraceKey {
    Quantity.parameter(network.parameters[index].name).key
  }

  mutating func addGiven() {
    section(.given) { builder in
      let network = builder.network
      builder.slots.inputs = network.inputNames.map { builder.append(.input($0), .given) }
      builder.slots.targets = network.outputLayer.neurons.map {
        builder.append(.target(network.neurons[$0].name), .given)
      }
      builder.slots.parameters = network.parameters.map { builder.append(.parameter($0.name), .given) }
      builder.slots.learningRate = builder.append(.learningRate, .given)
    }
  }

  mutating func addForwardPass() {
    for layer in network.layers {
      for j in layer.neurons {
        let neuron = network.neurons[j]
        section(.forward(neuron: j)) { builder in
          let sum = Derivation.weightedSum(
            weights: neuron.weights.map(builder.parameterKey), inputs: layer.inputs.map(builder.unitKey),
            bias: neuron.bias.map(builder.parameterKey))
          builder.slots.net[j] = builder.append(.net(neuron.name), sum)
          builder.slots.out[j] = builder.append(
            .out(neuron.name), .activation(layer.activation, of: Quantity.net(neuron.name).key))
        }
      }
    }
  }

  mutating func addError() {
    section(.error) { builder in
      let network = builder.network
      let outputs = network.outputLayer.neurons
      var terms: [TraceKey] = []
      for j in outputs {
        let name = network.neurons[j].name
        let term = Derivation.errorTerm(
          network.loss, target: Quantity.target(name).key, output: Quantity.out(name).key,
          outputCount: outputs.count)
        builder.slots.errorTerm[j] = builder.append(.errorTerm(name), term)
        terms.append(Quantity.errorTerm(name).key)
      }
      builder.slots.totalError = builder.append(.totalError, .sum(terms))
    }
  }

  mutating func addBackwardPass() {
    // A shared parameter's sum follows the last of its uses, which the backward pass reaches in
    // the lowest layer that uses it.
    var lowestLayer = Array(repeating: Int.max, count: network.parameters.count)
    for neuron in network.neurons {
      for p in neuron.weights { lowestLayer[p] = min(lowestLayer[p], neuron.layer) }
      if let b = neuron.bias { lowestLayer[b] = min(lowestLayer[b], neuron.layer) }
    }
    var sharedByLowestLayer = Array(repeating: [Int](), count: network.layers.count)
    // A parameter that no neuron uses (possible when a network is built in code) gets a
    // gradient of 0 at the very end: an empty sum.
    for p in network.parameters.indices where useCounts[p] != 1 {
      sharedByLowestLayer[useCounts[p] == 0 ? 0 : lowestLayer[p]].append(p)
    }
    var sharedUses = Array(repeating: [TraceKey](), count: network.parameters.count)
    for layerIndex in network.layers.indices.reversed() {
      for j in network.layers[layerIndex].neurons {
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

  private mutating func addDelta(neuron j: Int, layerIndex: Int) {
    let name = network.neurons[j].name
    let isOutput = layerIndex == network.layers.count - 1
    section(.delta(neuron: j)) { builder in
      let network = builder.network
      if isOutput {
        let slope = Derivation.errorSlope(
          network.loss, target: Quantity.target(name).key, output: Quantity.out(name).key,
          outputCount: network.outputLayer.neurons.count)
        builder.slots.errorSlope[j] = builder.append(.errorSlope(name), slope)
      } else {
        builder.addBackflow(into: j, from: network.layers[layerIndex + 1])
      }
      builder.slots.activationSlope[j] = builder.append(
        .activationSlope(name),
        .activationSlope(
          network.layers[layerIndex].activation, net: Quantity.net(name).key,
          out: Quantity.out(name).key))
      builder.slots.delta[j] = builder.append(
        .delta(name),
        .product([Quantity.errorSlope(name).key, Quantity.activationSlope(name).key]))
    }
  }

  /// ∂E/∂out_h as the sum of the shares that flow back through each consumer k of h.
  private mutating func addBackflow(into j: Int, from consumers: Layer) {
    let name = network.neurons[j].name
    let position = network.inputNames.count + j - consumers.inputs.lowerBound
    var shares: [TraceKey] = []
    for k in consumers.neurons {
      let consumer = network.neurons[k]
      let connection = consumer.firstConnection + position
      let factor = Quantity.netSlopeOut(consumer: consumer.name, source: name)
      slots.backflowWeight[connection] = append(factor, .copy(parameterKey(consumer.weights[position])))
      let share = Quantity.errorSlopeVia(source: name, consumer: consumer.name)
      let chain = [
        Quantity.errorSlope(consumer.name).key, Quantity.activationSlope(consumer.name).key, factor.key,
      ]
      slots.backflowShare[connection] = append(share, .product(chain))
      shares.append(share.key)
    }
    slots.errorSlope[j] = append(.errorSlope(name), .sum(shares))
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
    let name = network.neurons[j].name
    let parameter = network.parameters[p].name
    var slotsFound = (factor: -1, use: -1)
    section(.gradient(parameter: p, neuron: j)) { builder in
      let slope = Quantity.netSlopeParameter(neuron: name, parameter: parameter)
      slotsFound.factor = builder.append(slope, factor)
      let chain = Derivation.product([
        Quantity.errorSlope(name).key, Quantity.activationSlope(name).key, slope.key,
      ])
      if builder.useCounts[p] > 1 {
        let share = Quantity.gradientVia(parameter: parameter, neuron: name)
        slotsFound.use = builder.append(share, chain)
        sharedUses[p].append(share.key)
      } else {
        slotsFound.use = builder.append(.gradient(parameter), chain)
        builder.slots.gradient[p] = slotsFound.use
      }
    }
    return slotsFound
  }

  mutating func addUpdate() {
    section(.update) { builder in
      for (p, parameter) in builder.network.parameters.enumerated() where parameter.isTrainable {
        builder.slots.updated[p] = builder.append(
          .updated(parameter.name),
          .update(
            Quantity.parameter(parameter.name).key, gradient: Quantity.gradient(parameter.name).key,
            learningRate: Quantity.learningRate.key))
      }
    }
  }

  mutating func addTraining(steps: Int) {
    section(.training) { builder in
      builder.slots.errorAfterStep = (1...max(steps, 1)).map {
        builder.append(.totalErrorAfterStep($0), .repeatedSteps($0))
      }
      guard steps > 1 else { return }
      for (p, parameter) in builder.network.parameters.enumerated() where parameter.isTrainable {
        builder.slots.parameterAfterLastStep[p] = builder.append(
          .parameterAfterStep(parameter.name, steps), .repeatedSteps(steps))
      }
    }
  }
}
