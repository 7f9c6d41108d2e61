/// Validates a `NetworkDefinition` and builds its `Network`: the one place where a network's
/// names, shapes and parameters are checked, for the fixture reader and for code alike.
///
/// Checks, in the order a fixture is written: names are unique letters and digits (and not
/// reserved); there is at least one input and one layer; every layer has neurons, one row of
/// weights per neuron and one weight per input, one bias (or none) per neuron; every parameter
/// used has a value and every value is used; no parameter appears twice in one neuron; frozen
/// names are parameters; an activation's setting is one it may take (a leaky ReLU's negative
/// slope in [0, 1)); the learning rate is positive and finite and the loss fits the output layer.
/// Each problem is reported at its place, as the steps of a fixture's JSON path.
struct NetworkValidator {
  /// A problem at a place in the definition (as the JSON path of a fixture's).
  struct Invalid: Error {
    let place: [JSONPath.Step]
    let problem: FixtureError.Problem
  }

  private var names: [String: String] = [:]  // name → what kind of thing it names, for the uniqueness check
  /// Each parameter value's position in the definition, by name.
  private var slots: [String: Int] = [:]
  /// For each parameter value, the index of its parameter in the network, or -1 before its first use.
  private var parameterOfSlot: [Int] = []
  private var values: [Double] = []
  private var parameters: [Parameter] = []
  private var neurons: [Neuron] = []
  private var layers: [Layer] = []
  private var connectionCount = 0
  private var inputCount = 0
  /// For each parameter, the neuron (by index) that used it last.
  private var lastUser: [Int] = []

  /// Names that trace keys use on their own (`E_total`, and the keys without an underscore that
  /// a name could otherwise collide with): no input, neuron or parameter may take them.
  static let reservedNames: [String: String] = [
    "total": "E_total is the total error", "momentum": "the key of the momentum coefficient",
    "penalty": "the key of the weight-decay penalty", "mistakes": "the perceptron's count of mistakes",
  ]

  /// The network of `definition`, or the first problem found.
  static func network(_ definition: NetworkDefinition) throws(Invalid) -> Network {
    var validator = NetworkValidator()
    return try validator.build(definition)
  }

  private mutating func build(_ definition: NetworkDefinition) throws(Invalid) -> Network {
    guard definition.learningRate > 0 else {
      throw Invalid(place: [.key("learningRate")], problem: .invalidValue("the learning rate must be positive, found \(definition.learningRate)"))
    }
    guard definition.learningRate.isFinite else {
      throw Invalid(place: [.key("learningRate")], problem: .invalidValue("the learning rate must be finite, found \(definition.learningRate)"))
    }
    let network: [JSONPath.Step] = [.key("network")]
    inputCount = definition.inputs.count
    for (index, input) in definition.inputs.enumerated() {
      try claim(input, as: "input", at: network + [.key("inputs"), .index(index)])
    }
    if definition.inputs.isEmpty {
      throw Invalid(place: network + [.key("inputs")], problem: .invalidValue("a network needs at least one input"))
    }
    slots.reserveCapacity(definition.parameters.count)
    // Every parameter, input and neuron claims a name: room for all at once, not regrown.
    names.reserveCapacity(definition.parameters.count + definition.inputs.count + definition.layers.reduce(0) { $0 + $1.neurons.count })
    for (slot, parameter) in definition.parameters.enumerated() {
      func place() -> [JSONPath.Step] { network + [.key("parameters"), .key(parameter.name)] }
      if let problem = nameProblem(parameter.name, kind: "parameter") { throw Invalid(place: place(), problem: .invalidValue(problem)) }
      guard slots.updateValue(slot, forKey: parameter.name) == nil else {
        throw Invalid(place: place(), problem: .invalidValue("parameter \"\(parameter.name)\" is given two values"))
      }
      guard parameter.value.isFinite else {
        throw Invalid(place: place(), problem: .invalidValue("the value of parameter \"\(parameter.name)\" must be finite, found \(parameter.value)"))
      }
    }
    parameterOfSlot = Array(repeating: -1, count: definition.parameters.count)
    values = definition.parameters.map(\.value)
    if definition.layers.isEmpty {
      throw Invalid(place: network + [.key("layers")], problem: .invalidValue("a network needs at least one layer"))
    }
    var previous = (units: 0..<definition.inputs.count, names: definition.inputs)
    for (index, layer) in definition.layers.enumerated() {
      previous = try add(layer, at: network + [.key("layers"), .index(index)], index: index, inputs: previous)
    }
    for (slot, parameter) in definition.parameters.enumerated() where parameterOfSlot[slot] < 0 {
      throw Invalid(
        place: network + [.key("parameters"), .key(parameter.name)],
        problem: .invalidValue("parameter \"\(parameter.name)\" is not used by any layer"))
    }
    for (position, name) in definition.frozen.enumerated() {
      guard let index = slots[name].map({ parameterOfSlot[$0] }), index >= 0 else {
        throw Invalid(
          place: network + [.key("frozen"), .index(position)],
          problem: .unknownName(kind: "parameter", name: name, known: parameters.map(\.name)))
      }
      parameters[index].isTrainable = false
    }
    let output = layers[layers.count - 1].activation
    if let required = definition.loss.requiredOutputActivation, output != required {
      throw Invalid(
        place: [.key("loss")],
        problem: .invalidValue("\(definition.loss.rawValue) needs a \(required.name) output layer, but the output layer is \(output.name)"))
    }
    return Network(
      inputNames: definition.inputs, layers: layers, neurons: neurons, parameters: parameters, loss: definition.loss,
      learningRate: definition.learningRate)
  }

  /// Registers a new name, rejecting bad names, duplicates and the reserved names.
  private mutating func claim(_ name: String, as kind: String, at place: @autoclosure () -> [JSONPath.Step]) throws(Invalid) {
    if let problem = nameProblem(name, kind: kind) { throw Invalid(place: place(), problem: .invalidValue(problem)) }
    if let other = names.updateValue(kind, forKey: name) {
      throw Invalid(place: place(), problem: .invalidValue("the name \"\(name)\" is already used for \(other) \(name)"))
    }
    if let reason = Self.reservedNames[name] {
      throw Invalid(place: place(), problem: .invalidValue("\"\(name)\" is reserved (\(reason)); choose another name"))
    }
  }

  private mutating func add(
    _ layer: LayerDefinition, at place: [JSONPath.Step], index: Int, inputs: (units: Range<Int>, names: [String]),
  ) throws(Invalid) -> (units: Range<Int>, names: [String]) {
    if let (key, problem) = layer.activation.settingProblem {
      throw Invalid(place: place + [.key(key)], problem: .invalidValue(problem))
    }
    let neuronsPlace = place + [.key("neurons")]
    if layer.neurons.isEmpty { throw Invalid(place: neuronsPlace, problem: .invalidValue("a layer needs at least one neuron")) }
    // The resource guard, before any name is read: a declared million neurons is refused at once.
    if neurons.count + layer.neurons.count > Fixture.maximumNeurons {
      throw Invalid(place: neuronsPlace, problem: .invalidValue(
        "the network would have \(neurons.count + layer.neurons.count) neurons, more than the \(Fixture.maximumNeurons) allowed"))
    }
    if connectionCount + layer.neurons.count * inputs.names.count > Fixture.maximumConnections {
      throw Invalid(place: neuronsPlace, problem: .invalidValue(
        "the network would have \(connectionCount + layer.neurons.count * inputs.names.count) weights, more than the \(Fixture.maximumConnections) allowed"))
    }
    for (position, name) in layer.neurons.enumerated() {
      try claim(name, as: "neuron", at: neuronsPlace + [.index(position)])
    }
    let width = layer.neurons.count
    guard layer.weights.count == width else {
      throw Invalid(place: place + [.key("weights")], problem: .wrongCount(
        expected: width, found: layer.weights.count, of: count(width, "row", "rows") + " (one per neuron of the layer)"))
    }
    if let biases = layer.biases, biases.count != width {
      throw Invalid(place: place + [.key("biases")], problem: .wrongCount(
        expected: width, found: biases.count, of: count(width, "bias", "biases") + " (one per neuron, null for none)"))
    }

    // Weights first, row by row, then biases: the order parameters are listed in.
    var weightRows: [[Int]] = []
    weightRows.reserveCapacity(width)
    for (position, name) in layer.neurons.enumerated() {
      let row = layer.weights[position]
      let rowPlace = place + [.key("weights"), .index(position)]
      guard row.count == inputs.names.count else {
        throw Invalid(place: rowPlace, problem: .wrongCount(
          expected: inputs.names.count, found: row.count,
          of: count(inputs.names.count, "weight", "weights")
            + " (one per input of the layer: \(inputs.names.joined(separator: ", ")))"))
      }
      var weights: [Int] = []
      weights.reserveCapacity(row.count)
      for (column, weight) in row.enumerated() {
        let index = try use(weight, role: .weight, at: rowPlace + [.index(column)])
        // A parameter used twice in one neuron: its last use is this neuron's.
        if lastUser[index] == neurons.count + position {
          throw Invalid(place: rowPlace + [.index(column)], problem: usedTwice(weight, neuron: name))
        }
        lastUser[index] = neurons.count + position
        weights.append(index)
      }
      weightRows.append(weights)
    }
    let firstNeuron = neurons.count
    for (position, name) in layer.neurons.enumerated() {
      var bias: Int?
      if let biasName = layer.biases?[position] {
        let index = try use(biasName, role: .bias, at: place + [.key("biases"), .index(position)])
        if weightRows[position].contains(index) {
          throw Invalid(place: place + [.key("biases"), .index(position)], problem: usedTwice(biasName, neuron: name))
        }
        bias = index
      }
      let weights = weightRows[position]
      neurons.append(Neuron(name: name, layer: index, weights: weights, bias: bias, firstConnection: connectionCount))
      connectionCount += weights.count
    }
    layers.append(Layer(activation: layer.activation, neurons: firstNeuron..<neurons.count, inputs: inputs.units))
    return ((inputCount + firstNeuron)..<(inputCount + neurons.count), layer.neurons)
  }

  /// The index of the parameter `name`, registering it on first use.
  private mutating func use(
    _ name: String, role: Parameter.Role, at place: @autoclosure () -> [JSONPath.Step]
  ) throws(Invalid) -> Int {
    guard let slot = slots[name] else {
      let message = "no value for parameter \"\(name.terminalSafe)\" in network.parameters"
      let suggestion = nearestName(to: name, among: Array(slots.keys).sorted())
      throw Invalid(place: place(), problem: .invalidValue(message + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")))
    }
    if parameterOfSlot[slot] >= 0 { return parameterOfSlot[slot] }
    try claim(name, as: "parameter", at: place())
    let index = parameters.count
    parameterOfSlot[slot] = index
    parameters.append(Parameter(name: name, value: values[slot], role: role, isTrainable: true))
    lastUser.append(-1)
    return index
  }

  private func usedTwice(_ name: String, neuron: String) -> FixtureError.Problem {
    .invalidValue("parameter \"\(name.terminalSafe)\" is used twice in neuron \(neuron); a neuron uses each parameter at most once")
  }
}

/// The singular or plural noun for a count of `n`.
private func count(_ n: Int, _ singular: String, _ plural: String) -> String {
  n == 1 ? singular : plural
}
