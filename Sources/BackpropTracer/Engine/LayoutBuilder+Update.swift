extension LayoutBuilder {
  /// The batch's error and gradients: the sum or mean of its examples' values.
  mutating func addBatch(_ examples: [Int]) {
    section(.batch) { builder in
      func combine(_ quantity: Quantity) -> Derivation {
        let keys = examples.map { Quantity.ofExample(quantity, $0).key }
        return builder.plan.reduction == .mean ? .mean(keys) : .sum(keys)
      }
      builder.slots.batchError = builder.append(.totalError, combine(.totalError))
      for (p, parameter) in builder.network.parameters.enumerated() {
        builder.slots.batchGradient[p] = builder.append(.gradient(parameter.name), combine(.gradient(parameter.name)))
      }
    }
  }

  /// The penalty, the optimizer's steps and the new values.
  mutating func addUpdate() {
    section(.update) { builder in
      let network = builder.network
      let rate = Quantity.learningRate.key
      let decay = Quantity.weightDecay.key
      if builder.plan.weightDecay != nil {
        let weights = network.parameters.filter { $0.role == .weight }.map { Quantity.parameter($0.name).key }
        builder.slots.penalty = builder.append(.penalty, .penalty(weights: weights, decay: decay))
        builder.slots.objective = builder.append(.objective, .sum([Quantity.totalError.key, Quantity.penalty.key]))
      }
      for (p, parameter) in network.parameters.enumerated() where parameter.isTrainable {
        let value = Quantity.parameter(parameter.name).key
        var gradient = Quantity.gradient(parameter.name).key
        if builder.plan.weightDecay != nil, parameter.role == .weight {
          builder.slots.penaltySlope[p] = builder.append(.penaltySlope(parameter.name), .penaltySlope(value, decay: decay))
          builder.slots.objectiveGradient[p] = builder.append(
            .objectiveGradient(parameter.name), .sum([gradient, Quantity.penaltySlope(parameter.name).key]))
          gradient = Quantity.objectiveGradient(parameter.name).key
        }
        let averaged: Bool
        switch builder.plan.optimizer {
        case .sgd:
          builder.slots.updated[p] = builder.append(
            .updated(parameter.name), .update(value, gradient: gradient, learningRate: rate))
          continue
        case .momentum: averaged = false
        case .averagedMomentum: averaged = true
        }
        let velocity = Quantity.updatedVelocity(parameter.name)
        builder.slots.velocity[p] = builder.append(
          velocity,
          .velocity(
            previous: Quantity.velocity(parameter.name).key, gradient: gradient, momentum: Quantity.momentum.key,
            learningRate: rate, averaged: averaged))
        builder.slots.updated[p] = builder.append(
          .updated(parameter.name), .momentumStep(value, velocity: velocity.key, learningRate: rate, averaged: averaged))
      }
    }
  }

  /// The error over the data set at each point of `schedule` (before training, after each step
  /// or epoch); the parameters after the last of several steps.
  mutating func addTraining(_ schedule: ErrorSchedule) {
    let steps = schedule.steps
    section(.training) { builder in
      builder.slots.errorAfterStep = schedule.points.map { builder.append($0.quantity, .repeatedSteps($0.step)) }
      guard steps > 1 else { return }
      for (p, parameter) in builder.network.parameters.enumerated() where parameter.isTrainable {
        builder.slots.parameterAfterLastStep[p] = builder.append(
          .parameterAfterStep(parameter.name, steps), .repeatedSteps(steps))
      }
    }
  }
}
