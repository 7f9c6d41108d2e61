extension Network {
  /// Rosenblatt's perceptron learning rule on a single layer of step units, traced visit by
  /// visit: each example in order, each epoch, until an epoch has no mistake, the parameters
  /// repeat (the rule cycles), or `maxEpochs` is reached.
  ///
  /// For each example, out = step(net) by the core's forward pass and err = t − out; when
  /// err ≠ 0 every trainable parameter of the neuron moves: w ← w + η·err·x, b ← b + η·err.
  /// Targets are 0 or 1 (checked by the fixture reader). Keys carry the example and the epoch:
  /// `net_y_ex2_epoch3`, `w1_new_ex2_epoch3`; every derivation names the parameters as they were
  /// at that visit.
  /// - Complexity: O(epochs × examples × connections) time; the record holds every visit.
  package func perceptron(
    _ examples: [Example], maxEpochs: Int, title: String = "", source: String = ""
  ) throws(NonFiniteValueError) -> Trace {
    var ledger = LayoutLedger(), rule = PerceptronRule(network: self)
    let outcome = rule.run(examples, maxEpochs: maxEpochs, into: &ledger)
    let layout = ledger.layout(of: .perceptron(examples: examples.count, maxEpochs: outcome.epochs))
    try NonFiniteValueError.check(ledger.values, layout: layout)
    return Trace(title: title, source: source, network: self, steps: outcome.epochs, layout: layout, values: ledger.values)
  }
}

/// A run of the perceptron rule through the core. It computes with the examples as noted, and
/// asks the ledger at each branch a value decides (a mistake, the end of the run), so a replay
/// takes the record's branches.
struct PerceptronRule {
  let network: Network
  var core: Backpropagation
  /// The key under which each parameter's current value is recorded.
  private var current: [TraceKey]

  init(network: Network) {
    self.network = network
    core = Backpropagation(network, sharing: ParameterSharing(network), parameters: network.initialParameterValues)
    current = network.parameters.map { Quantity.parameter($0.name).key }
  }

  /// Notes the given values and every epoch into `ledger`; returns how the rule ended.
  mutating func run<L: Ledger>(_ examples: [Example], maxEpochs: Int, into ledger: inout L) -> PerceptronOutcome {
    ledger.enter(core.key)
    ledger.begin(.given)
    core.noteGiven(learningRate: true, into: &ledger)
    var noted: [Example] = []
    for (k, example) in examples.enumerated() {
      ledger.enter(KeyScope(network, example: k + 1))
      noted.append(core.noteExample(example, targets: true, into: &ledger))
    }
    var endOfEpoch = [core.parameters]
    var outcome = PerceptronOutcome.stopped(epochs: 0)
    for epoch in 1...max(maxEpochs, 1) {
      let errors = noted.indices.flatMap { visit(noted[$0], number: $0 + 1, epoch: epoch, into: &ledger) }
      ledger.enter(KeyScope(network))
      ledger.begin(.perceptronEpoch(epoch: epoch))
      let mistakes = errors.filter { $0.value != 0 }.count
      _ = ledger.note(.ofEpoch(.mistakes, epoch), Double(mistakes), by: .countNonZero(errors.map(\.key)))
      if ledger.follows(mistakes == 0) {
        outcome = .converged(epoch: epoch)
        break
      }
      let earlier = endOfEpoch.firstIndex(of: core.parameters)
      if ledger.follows(earlier != nil) {
        outcome = .cycles(epoch: epoch, repeating: earlier ?? 0)
        break
      }
      endOfEpoch.append(core.parameters)
      outcome = .stopped(epochs: epoch)
    }
    ledger.begin(.perceptronResult(outcome))
    for (p, parameter) in network.parameters.enumerated() {
      _ = ledger.note(.finalParameter(parameter.name), core.parameters[p], by: .copy(current[p]))
    }
    return outcome
  }

  /// One visit: each neuron's net and out (the core's forward pass), its error t − out, and on a
  /// mistake the new parameters. Returns each error with its key.
  private mutating func visit<L: Ledger>(
    _ example: Example, number: Int, epoch: Int, into ledger: inout L
  ) -> [(key: TraceKey, value: Double)] {
    var silent = DiscardingLedger()
    core.noteExample(example, targets: true, into: &silent)  // noted once, before the epochs
    core.key = KeyScope(network, example: number, epoch: epoch)
    ledger.enter(core.key)
    ledger.begin(.perceptronVisit(epoch: epoch, example: number))
    var errors: [(key: TraceKey, value: Double)] = []
    for (o, j) in network.layers[0].neurons.enumerated() {
      core.key.parameterKeys = current
      let out = core.forward(j, into: &ledger)
      let neuron = network.neurons[j], key = core.key
      let error = ledger.note(.perceptronError(neuron.name), example.targets[o] - out,
        by: .difference(key(.target(neuron.name)), key(.out(neuron.name))))
      errors.append((key(.perceptronError(neuron.name)), error))
      guard ledger.follows(error != 0) else { continue }
      let uses = zip(neuron.weights, network.inputNames.indices).map { ($0, Optional($1)) } + (neuron.bias.map { [($0, nil)] } ?? [])
      for (p, input) in uses where network.parameters[p].isTrainable {
        let step = core.learningRate * error, name = network.parameters[p].name
        core.parameters[p] = ledger.note(.updated(name), core.parameters[p] + (input.map { step * example.inputs[$0] } ?? step),
          by: .perceptronUpdate(current[p], learningRate: Quantity.learningRate.key, error: key(.perceptronError(neuron.name)),
            input: input.map { key(.input(network.inputNames[$0])) }))
        current[p] = key(.updated(name))
      }
    }
    return errors
  }
}

extension PerceptronOutcome {
  /// The number of epochs run.
  var epochs: Int {
    switch self {
    case let .converged(epoch), let .cycles(epoch, _): return epoch
    case let .stopped(epochs): return epochs
    }
  }
}
