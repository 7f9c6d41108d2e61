/// One training step through the core (`Backpropagation`): the given values, each example of the
/// batch, the batch's error and gradients (the sum or mean of its examples'), and the update by
/// the plan's optimizer, with weight decay.
struct TrainingStep {
  let network: Network
  let plan: TrainingPlan
  let sharing: ParameterSharing
  /// Whether per-example keys carry the example's number (a data set), with the batch's sums or
  /// means as entries of their own.
  let perExampleKeys: Bool

  /// What the step leaves for the next: the parameters, their momenta, and the batch's error.
  struct Result {
    var parameters: [Double]
    var velocities: [Double]
    var error: Double
  }

  /// Runs the step on `batch` (each example with its number in the data set, from 1), from
  /// `parameters` and `velocities` (one each per parameter; none: all 0), as given.
  func run<L: Ledger>(
    _ batch: [(number: Int, example: Example)], from parameters: [Double], velocities: [Double] = [], into ledger: inout L
  ) -> Result {
    precondition(perExampleKeys || batch.count == 1, "several examples have keys of their own")
    var core = Backpropagation(network, sharing: sharing, parameters: parameters)
    ledger.enter(core.key)
    ledger.begin(.given)
    core.noteGiven(learningRate: true, into: &ledger)
    let momentum = plan.optimizer.coefficient.map { ledger.note(.momentum, $0, by: .given) }
    var velocities = momentum == nil || !velocities.isEmpty ? velocities : Array(repeating: 0, count: parameters.count)
    if momentum != nil {
      for p in sharing.trainable { velocities[p] = ledger.note(.velocity(name(p)), velocities[p], by: .given) }
    }
    let decay = plan.weightDecay.map { ledger.note(.weightDecay, $0, by: .given) }
    var error = 0.0, gradients = Array(repeating: 0.0, count: perExampleKeys ? network.parameters.count : 0)
    for (number, example) in batch {
      core.key = KeyScope(network, example: perExampleKeys ? number : nil)
      ledger.enter(core.key)
      core.noteExample(example, targets: true, into: &ledger)
      core.forwardPass(into: &ledger)
      let exampleError = core.error(into: &ledger)
      core.backwardPass(into: &ledger)
      guard perExampleKeys else {
        (error, gradients) = (exampleError, core.gradients)
        continue
      }
      error += exampleError
      for p in gradients.indices { gradients[p] += core.gradients[p] }
    }
    core.key = KeyScope(network)
    ledger.enter(core.key)
    if perExampleKeys { error = combine(batch.map(\.number), &gradients, error: error, into: &ledger) }
    update(&core, along: gradients, error: error, velocities: &velocities, momentum: momentum, decay: decay, into: &ledger)
    return Result(parameters: core.parameters, velocities: velocities, error: error)
  }

  /// The update of every trainable parameter by the plan's optimizer, along the batch's
  /// gradients: p ← p − η·g; with momentum v ← μv − η·g, p ← p + v; averaged, v ← μv + (1 − μ)·g,
  /// p ← p − η·v. Under weight decay the penalty and J come first, and a weight's g is ∂J/∂w.
  private func update<L: Ledger>(
    _ core: inout Backpropagation, along gradients: [Double], error: Double, velocities: inout [Double],
    momentum: Double?, decay: Double?, into ledger: inout L
  ) {
    ledger.begin(.update)
    guard momentum != nil || decay != nil else { return core.update(along: gradients, into: &ledger) }
    if let decay { notePenalty(core.parameters, decay: decay, error: error, into: &ledger) }
    let averaged: Bool
    if case .averagedMomentum = plan.optimizer { averaged = true } else { averaged = false }
    for p in sharing.trainable {
      var g = gradients[p]
      let decayed = decay != nil && network.parameters[p].role == .weight
      func gradient() -> Quantity { decayed ? .objectiveGradient(name(p)) : .gradient(name(p)) }
      if let decay, decayed {
        let slope = ledger.note(.penaltySlope(name(p)), decay * core.parameters[p], by: .penaltySlope(
          Quantity.parameter(name(p)).key, decay: Quantity.weightDecay.key))
        g = ledger.note(.objectiveGradient(name(p)), 0 + g + slope,
          by: .sum([Quantity.gradient(name(p)).key, Quantity.penaltySlope(name(p)).key]))
      }
      guard let mu = momentum else {
        core.descend(p, along: g, underDecay: decayed, into: &ledger)
        continue
      }
      velocities[p] = ledger.note(.updatedVelocity(name(p)),
        averaged ? mu * velocities[p] + (1 - mu) * g : mu * velocities[p] - core.learningRate * g,
        by: .velocity(previous: Quantity.velocity(name(p)).key, gradient: gradient().key, momentum: Quantity.momentum.key,
          learningRate: Quantity.learningRate.key, averaged: averaged))
      core.parameters[p] = ledger.note(.updated(name(p)),
        Self.momentumStep(core.parameters[p], velocity: velocities[p], learningRate: core.learningRate, averaged: averaged),
        by: .momentumStep(Quantity.parameter(name(p)).key, velocity: Quantity.updatedVelocity(name(p)).key,
          learningRate: Quantity.learningRate.key, averaged: averaged))
    }
  }

  /// The momentum step of a parameter p with its new velocity v: p + v, or averaged p − η·v.
  static func momentumStep(_ p: Double, velocity v: Double, learningRate: Double, averaged: Bool) -> Double {
    averaged ? p - learningRate * v : p + v
  }

  /// The batch's error and every parameter's gradient: the sum or the mean of its examples'
  /// (each summed from 0, in batch order). Returns the error; `gradients` become the batch's.
  private func combine<L: Ledger>(_ numbers: [Int], _ gradients: inout [Double], error: Double, into ledger: inout L) -> Double {
    ledger.begin(.batch)
    let mean = plan.reduction == .mean, count = Double(numbers.count)
    func combined(_ quantity: Quantity) -> Derivation {
      let keys = numbers.map { Quantity.ofExample(quantity, $0).key }
      return mean ? .mean(keys) : .sum(keys)
    }
    let batchError = ledger.note(.totalError, mean ? error / count : error, by: combined(.totalError))
    for p in gradients.indices {
      gradients[p] = ledger.note(.gradient(name(p)), mean ? gradients[p] / count : gradients[p], by: combined(.gradient(name(p))))
    }
    return batchError
  }

  /// The weight-decay penalty λ/2 · (0 + Σ w²) over the weights, and J = 0 + E + penalty.
  private func notePenalty<L: Ledger>(_ parameters: [Double], decay: Double, error: Double, into ledger: inout L) {
    let weights = network.parameters.indices.filter { network.parameters[$0].role == .weight }
    let squares = weights.reduce(0.0) { $0 + parameters[$1] * parameters[$1] }
    let penalty = ledger.note(.penalty, 0.5 * decay * squares, by: .penalty(
      weights: weights.map { Quantity.parameter(name($0)).key }, decay: Quantity.weightDecay.key))
    _ = ledger.note(.objective, 0 + error + penalty, by: .sum([Quantity.totalError.key, Quantity.penalty.key]))
  }

  private func name(_ p: Int) -> String { network.parameters[p].name }
}
