/// Names the numbers of a `PerceptronRun`: keys, derivations and sections in the order the rule
/// visits them, with every derivation pointing at the parameters as they were at that visit.
struct PerceptronLayout {
  private let network: Network
  private let examples: [Example]
  private var quantities: [Quantity] = []
  private var derivations: [Derivation] = []
  private var sections: [TraceSection] = []
  private var values: [Double] = []
  /// The key under which each parameter's current value is recorded.
  private var current: [TraceKey]

  init(network: Network, examples: [Example]) {
    self.network = network
    self.examples = examples
    current = network.parameters.map { Quantity.parameter($0.name).key }
  }

  func layout() -> TraceLayout {
    TraceLayout(quantities: quantities, derivations: derivations, sections: sections)
  }

  private mutating func append(_ quantity: Quantity, _ derivation: Derivation, _ value: Double) {
    quantities.append(quantity)
    derivations.append(derivation)
    values.append(value)
  }

  private mutating func section(_ kind: TraceSection.Kind, example: Int? = nil, _ body: (inout PerceptronLayout) -> Void) {
    let start = quantities.count
    body(&self)
    sections.append(TraceSection(kind: kind, entries: start..<quantities.count, example: example))
  }

  /// Lays out the run and returns one value per entry.
  mutating func build(_ run: PerceptronRun) -> [Double] {
    section(.given) { layout in
      for parameter in layout.network.parameters { layout.append(.parameter(parameter.name), .given, parameter.value) }
      layout.append(.learningRate, .given, layout.network.learningRate)
    }
    let outputs = network.layers[0].neurons.map { network.neurons[$0].name }
    for (k, example) in examples.enumerated() {
      section(.example, example: k + 1) { layout in
        for (name, value) in zip(layout.network.inputNames, example.inputs) {
          layout.append(.ofExample(.input(name), k + 1), .given, value)
        }
        for (name, value) in zip(outputs, example.targets) {
          layout.append(.ofExample(.target(name), k + 1), .given, value)
        }
      }
    }
    for (e, visits) in run.epochs.enumerated() {
      var errors: [TraceKey] = []
      for (k, visit) in visits.enumerated() {
        section(.perceptronVisit(epoch: e + 1, example: k + 1), example: k + 1) { layout in
          errors += layout.addVisit(visit, epoch: e + 1, example: k + 1)
        }
      }
      section(.perceptronEpoch(epoch: e + 1)) { layout in
        let count = visits.reduce(0) { $0 + $1.errors.filter { $0 != 0 }.count }
        layout.append(.ofEpoch(.mistakes, e + 1), .countNonZero(errors), Double(count))
      }
    }
    section(.perceptronResult(run.outcome)) { layout in
      let final = run.epochs.last?.last?.parameters ?? layout.network.initialParameterValues
      for (p, parameter) in layout.network.parameters.enumerated() {
        layout.append(.finalParameter(parameter.name), .copy(layout.current[p]), final[p])
      }
    }
    return values
  }

  /// One visit; returns the keys of its errors.
  private mutating func addVisit(_ visit: PerceptronRun.Visit, epoch: Int, example: Int) -> [TraceKey] {
    func scoped(_ quantity: Quantity) -> Quantity { .ofEpoch(.ofExample(quantity, example), epoch) }
    let layer = network.layers[0]
    let inputs = network.inputNames.map { Quantity.ofExample(.input($0), example).key }
    var errors: [TraceKey] = []
    for (k, j) in layer.neurons.enumerated() {
      let neuron = network.neurons[j]
      let net = scoped(.net(neuron.name)), out = scoped(.out(neuron.name)), error = scoped(.perceptronError(neuron.name))
      append(net, .weightedSum(weights: neuron.weights.map { current[$0] }, inputs: inputs, bias: neuron.bias.map { current[$0] }), visit.nets[k])
      append(out, .activation(.step, of: net.key), visit.outs[k])
      append(error, .difference(Quantity.ofExample(.target(neuron.name), example).key, out.key), visit.errors[k])
      errors.append(error.key)
      guard visit.errors[k] != 0 else { continue }
      let uses = neuron.weights.enumerated().map { ($1, Optional(inputs[$0])) } + (neuron.bias.map { [($0, nil)] } ?? [])
      for (p, input) in uses where network.parameters[p].isTrainable {
        let updated = scoped(.updated(network.parameters[p].name))
        append(
          updated,
          .perceptronUpdate(current[p], learningRate: Quantity.learningRate.key, error: error.key, input: input),
          visit.parameters[p])
        current[p] = updated.key
      }
    }
    return errors
  }
}
