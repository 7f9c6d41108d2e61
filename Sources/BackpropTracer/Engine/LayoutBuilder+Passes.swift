extension LayoutBuilder {
  /// The step's given values: parameters, learning rate, optimizer settings and momenta.
  mutating func addGiven() {
    section(.given) { builder in
      let network = builder.network
      builder.slots.parameters = network.parameters.map { builder.append(.parameter($0.name), .given) }
      builder.slots.learningRate = builder.append(.learningRate, .given)
      if builder.plan.optimizer.coefficient != nil {
        builder.slots.momentum = builder.append(.momentum, .given)
        for (p, parameter) in network.parameters.enumerated() where parameter.isTrainable {
          builder.slots.previousVelocity[p] = builder.append(.velocity(parameter.name), .given)
        }
      }
      if builder.plan.weightDecay != nil {
        builder.slots.weightDecay = builder.append(.weightDecay, .given)
      }
    }
  }

  /// The parameters alone: the given values of an evaluation.
  mutating func addParameters() {
    section(.given) { builder in
      builder.slots.parameters = builder.network.parameters.map { builder.append(.parameter($0.name), .given) }
    }
  }

  /// One example's inputs and (unless left out) its targets.
  mutating func addExample(includingTargets: Bool = true) {
    section(.example) { builder in
      let network = builder.network
      builder.slots.inputs = network.inputNames.map { builder.append(.input($0), .given) }
      guard includingTargets else { return }
      builder.slots.targets = network.outputLayer.neurons.map { builder.append(.target(builder.name($0)), .given) }
    }
  }

  mutating func addForwardPass() {
    for (layerIndex, layer) in network.layers.enumerated() {
      for j in layer.neurons {
        let neuron = network.neurons[j]
        section(.forward(neuron: j)) { builder in
          let sum = Derivation.weightedSum(
            weights: neuron.weights.map(builder.parameterKey), inputs: layer.inputs.map(builder.unitKey),
            bias: neuron.bias.map(builder.parameterKey))
          builder.slots.net[j] = builder.append(.net(neuron.name), sum)
          if layer.activation.isElementwise {
            builder.slots.out[j] = builder.append(
              .out(neuron.name), .activation(layer.activation, of: builder.key(.net(neuron.name))))
          }
        }
      }
      if !layer.activation.isElementwise {
        section(.softmax(layer: layerIndex)) { builder in
          let nets = layer.neurons.map { builder.key(.net(builder.name($0))) }
          for j in layer.neurons {
            builder.slots.out[j] = builder.append(
              .out(builder.name(j)), .softmax(of: builder.key(.net(builder.name(j))), over: nets))
          }
        }
      }
    }
  }

  mutating func addError() {
    section(.error) { builder in
      let network = builder.network
      let outputs = network.outputLayer.neurons
      var logSumExp: TraceKey?
      if network.loss == .crossEntropy {
        builder.slots.logSumExp = builder.append(
          .logSumExp, .logSumExp(outputs.map { builder.key(.net(builder.name($0))) }))
        logSumExp = builder.key(.logSumExp)
      }
      var terms: [TraceKey] = []
      for j in outputs {
        let name = builder.name(j)
        let term = Derivation.errorTerm(
          network.loss, target: builder.key(.target(name)), output: builder.key(.out(name)),
          net: builder.key(.net(name)), logSumExp: logSumExp, outputCount: outputs.count)
        builder.slots.errorTerm[j] = builder.append(.errorTerm(name), term)
        terms.append(builder.key(.errorTerm(name)))
      }
      builder.slots.totalError = builder.append(.totalError, .sum(terms))
    }
  }
}
