extension Network {
  /// The layout of a trace, with the slot of every value the engine records.
  ///
  /// Entries come in lecture order: the step's given values; then for each traced example its
  /// inputs and targets, the forward pass neuron by neuron, the error, and the backward pass from
  /// the output layer down (each neuron's δ followed by the gradients of its parameters, a shared
  /// parameter's sum right after the layer of its last use); then the batch's sums or means (with
  /// per-example keys); the update; the error at each point of `errors`. Every entry
  /// comes after the entries it is computed from.
  /// - Complexity: O(batch size × (connections + Σ softmax width²) + parameters + recorded errors), once per
  ///   trace.
  func makeTraceLayout(tracedExamples: [Int], perExampleKeys: Bool, errors: ErrorSchedule, plan: TrainingPlan) -> (TraceLayout, TraceSlots) {
    var builder = LayoutBuilder(network: self, plan: plan)
    builder.addGiven()
    for (position, e) in tracedExamples.enumerated() {
      let saved = builder.slots
      let start = builder.count
      builder.example = perExampleKeys ? e + 1 : nil
      builder.addExample()
      builder.addForwardPass()
      builder.addError()
      builder.addBackwardPass()
      if position == 0 {
        builder.slots.exampleStride = builder.count - start
      } else {
        builder.slots = saved  // later blocks lie at the first block's slots plus a stride
      }
    }
    builder.example = nil
    if perExampleKeys { builder.addBatch(tracedExamples.map { $0 + 1 }) }
    builder.addUpdate()
    builder.addTraining(errors)
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

  /// True when the output layer's δ is o − t (cross-entropy with its matching activation).
  func simplifiesDelta(inLayer layer: Int) -> Bool {
    layer == layers.count - 1 && loss.simplifiesDelta
  }

  /// True when a neuron's δ is the product ∂E/∂out · ∂out/∂net, so the lecture writes its
  /// gradients as three-factor chains; false for softmax layers and simplified deltas, whose
  /// gradients are written δ · ∂net/∂p.
  func writesThreeFactorChains(inLayer layer: Int) -> Bool {
    layers[layer].activation.isElementwise && !simplifiesDelta(inLayer: layer)
  }
}

/// Appends quantities in order, opening a section for each group.
struct LayoutBuilder {
  let network: Network
  let plan: TrainingPlan
  var slots: TraceSlots
  /// The data-set number of the example being laid out, when keys carry it.
  var example: Int?
  private var quantities: [Quantity] = []
  private var derivations: [Derivation] = []
  private var sections: [TraceSection] = []
  let useCounts: [Int]

  init(network: Network, plan: TrainingPlan) {
    self.network = network
    self.plan = plan
    self.slots = TraceSlots(
      neurons: network.neurons.count, connections: network.connectionCount,
      parameters: network.parameters.count)
    self.useCounts = network.parameterUseCounts
  }

  var count: Int { quantities.count }

  func layout() -> TraceLayout {
    TraceLayout(quantities: quantities, derivations: derivations, sections: sections)
  }

  /// The quantity as recorded here: per-example quantities carry the example's number.
  func scoped(_ quantity: Quantity) -> Quantity {
    guard let example, quantity.isPerExample else { return quantity }
    return .ofExample(quantity, example)
  }

  /// The key of a quantity as recorded here.
  func key(_ quantity: Quantity) -> TraceKey { scoped(quantity).key }

  /// Appends an entry and returns its position.
  mutating func append(_ quantity: Quantity, _ derivation: Derivation) -> Int {
    quantities.append(scoped(quantity))
    derivations.append(derivation)
    return quantities.count - 1
  }

  /// Runs `body` and records the entries it appended as one section.
  mutating func section(_ kind: TraceSection.Kind, _ body: (inout LayoutBuilder) -> Void) {
    let start = quantities.count
    body(&self)
    sections.append(TraceSection(kind: kind, entries: start..<quantities.count, example: example))
  }

  func unitKey(_ unit: Int) -> TraceKey {
    unit < network.inputNames.count
      ? key(.input(network.inputNames[unit]))
      : key(.out(network.unitName(unit)))
  }

  func parameterKey(_ index: Int) -> TraceKey {
    Quantity.parameter(network.parameters[index].name).key
  }

  func name(_ neuron: Int) -> String { network.neurons[neuron].name }
}
