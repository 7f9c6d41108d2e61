/// Reads and validates the `network` section of a fixture into a `Network`.
///
/// Checks, each reported at the JSON path where it goes wrong: names are unique letters and
/// digits; every layer has neurons, a known activation, one row of weights per neuron and one
/// weight per input; every parameter used has a value and every value is used; no parameter
/// appears twice in one neuron; frozen names are parameters.
struct NetworkReader {
  static let keys = ["inputs", "layers", "parameters", "frozen"]
  static let layerKeys = ["activation"] + Activation.all.compactMap(\.setting?.key) + ["neurons", "weights", "biases"]

  private var names: [String: String] = [:]  // name → what it names, for the uniqueness check
  private var parameterIndex: [String: Int] = [:]
  private var parameters: [Parameter] = []
  private var neurons: [Neuron] = []
  private var layers: [Layer] = []
  private var connectionCount = 0
  private var inputCount = 0

  /// Reads `node`, whose loss and learning rate come from elsewhere in the file.
  static func read(_ node: JSONNode, loss: Loss, learningRate: Double) throws(FixtureError) -> Network {
    var reader = NetworkReader()
    return try reader.read(node, loss: loss, learningRate: learningRate)
  }

  private mutating func read(_ node: JSONNode, loss: Loss, learningRate: Double) throws(FixtureError) -> Network {
    let object = try node.object(keys: Self.keys)
    let inputsNode = try object.required("inputs")
    let inputNames = try inputsNode.array().map { (input) throws(FixtureError) in try claim(input, as: "input") }
    if inputNames.isEmpty { throw inputsNode.error(.invalidValue("a network needs at least one input")) }
    inputCount = inputNames.count

    let values = try parameterValues(try object.required("parameters"))
    let layersNode = try object.required("layers")
    let layerNodes = try layersNode.array()
    if layerNodes.isEmpty { throw layersNode.error(.invalidValue("a network needs at least one layer")) }
    var previous = (units: 0..<inputNames.count, names: inputNames)
    for (index, layerNode) in layerNodes.enumerated() {
      previous = try readLayer(layerNode, index: index, inputs: previous, values: values)
    }
    for (name, valueNode) in values.nodes where parameterIndex[name] == nil {
      throw valueNode.error(.invalidValue("parameter \"\(name)\" is not used by any layer"))
    }
    if let frozen = object.optional("frozen") {
      for item in try frozen.array() {
        let name = try item.string()
        guard let index = parameterIndex[name] else {
          throw item.error(.unknownName(kind: "parameter", name: name, known: parameters.map(\.name)))
        }
        parameters[index].isTrainable = false
      }
    }
    return Network(
      inputNames: inputNames, layers: layers, neurons: neurons, parameters: parameters, loss: loss,
      learningRate: learningRate)
  }

  /// Names that trace keys use on their own (`E_total`, and the keys without an underscore that
  /// a name could otherwise collide with): no input, neuron or parameter may take them.
  static let reservedNames: [String: String] = [
    "total": "E_total is the total error", "momentum": "the key of the momentum coefficient",
    "penalty": "the key of the weight-decay penalty", "mistakes": "the perceptron's count of mistakes",
  ]

  /// Registers a new name, rejecting duplicates and the reserved names.
  private mutating func claim(_ node: JSONNode, as kind: String) throws(FixtureError) -> String {
    let name = try node.name(kind)
    if let other = names[name] {
      throw node.error(.invalidValue("the name \"\(name)\" is already used for \(other)"))
    }
    if let reason = Self.reservedNames[name] {
      throw node.error(.invalidValue("\"\(name)\" is reserved (\(reason)); choose another name"))
    }
    names[name] = "\(kind) \(name)"
    return name
  }

  private func parameterValues(_ node: JSONNode) throws(FixtureError) -> (values: [String: Double], nodes: [(String, JSONNode)]) {
    var values: [String: Double] = [:]
    var nodes: [(String, JSONNode)] = []
    for member in try node.members() {
      if let problem = nameProblem(member.key, kind: "parameter") { throw member.node.error(.invalidValue(problem)) }
      values[member.key] = try member.node.number()
      nodes.append((member.key, member.node))
    }
    return (values, nodes)
  }

  private mutating func readLayer(
    _ node: JSONNode, index: Int, inputs: (units: Range<Int>, names: [String]),
    values: (values: [String: Double], nodes: [(String, JSONNode)])
  ) throws(FixtureError) -> (units: Range<Int>, names: [String]) {
    let object = try node.object(keys: Self.layerKeys)
    let activation = try readActivation(object)
    let neuronsNode = try object.required("neurons")
    let neuronNodes = try neuronsNode.array()
    if neuronNodes.isEmpty { throw neuronsNode.error(.invalidValue("a layer needs at least one neuron")) }
    // The resource guard, before any name is read: a declared million neurons is refused at once.
    if neurons.count + neuronNodes.count > Fixture.maximumNeurons {
      throw neuronsNode.error(.invalidValue(
        "the network would have \(neurons.count + neuronNodes.count) neurons, more than the \(Fixture.maximumNeurons) allowed"))
    }
    if connectionCount + neuronNodes.count * inputs.names.count > Fixture.maximumConnections {
      throw neuronsNode.error(.invalidValue(
        "the network would have \(connectionCount + neuronNodes.count * inputs.names.count) weights, more than the \(Fixture.maximumConnections) allowed"))
    }
    let neuronNames = try neuronNodes.map { (neuron) throws(FixtureError) in try claim(neuron, as: "neuron") }

    let weightsNode = try object.required("weights")
    let rows = try weightsNode.array()
    guard rows.count == neuronNames.count else {
      throw weightsNode.error(
        .wrongCount(expected: neuronNames.count, found: rows.count, of: count(neuronNames.count, "row", "rows") + " (one per neuron of the layer)"))
    }
    let biasNodes: [JSONNode]? = try object.optional("biases").map { (biasesNode) throws(FixtureError) in
      let biases = try biasesNode.array()
      guard biases.count == neuronNames.count else {
        throw biasesNode.error(
          .wrongCount(expected: neuronNames.count, found: biases.count, of: count(neuronNames.count, "bias", "biases") + " (one per neuron, null for none)"))
      }
      return biases
    }

    // Weights first, row by row, then biases: the order parameters are listed in.
    var weightRows: [[Int]] = []
    for (position, name) in neuronNames.enumerated() {
      let row = try rows[position].array()
      guard row.count == inputs.names.count else {
        throw rows[position].error(
          .wrongCount(
            expected: inputs.names.count, found: row.count,
            of: count(inputs.names.count, "weight", "weights")
              + " (one per input of the layer: \(inputs.names.joined(separator: ", ")))"))
      }
      var used: Set<Int> = []
      weightRows.append(
        try row.map { (weightNode) throws(FixtureError) in
          try use(weightNode, role: .weight, values: values.values, neuron: name, used: &used)
        })
    }
    let firstNeuron = neurons.count
    for (position, name) in neuronNames.enumerated() {
      var bias: Int?
      if let biasNode = biasNodes?[position], biasNode.value.kind != .null {
        var used = Set(weightRows[position])
        bias = try use(biasNode, role: .bias, values: values.values, neuron: name, used: &used)
      }
      let weights = weightRows[position]
      neurons.append(Neuron(name: name, layer: index, weights: weights, bias: bias, firstConnection: connectionCount))
      connectionCount += weights.count
    }
    layers.append(Layer(activation: activation, neurons: firstNeuron..<neurons.count, inputs: inputs.units))
    return ((inputCount + firstNeuron)..<(inputCount + neurons.count), neuronNames)
  }

  /// The layer's activation, with its setting if the layer gives one (`negativeSlope` of a
  /// `leakyRelu`, `alpha` of an `elu`); a setting belongs to its activation alone.
  private func readActivation(_ layer: JSONObject) throws(FixtureError) -> Activation {
    let node = try layer.required("activation")
    let name = try node.string()
    guard var activation = Activation(name: name) else {
      throw node.error(.unknownName(kind: "activation", name: name, known: Activation.names))
    }
    for owner in Activation.all {
      guard let setting = owner.setting, let settingNode = layer.optional(setting.key) else { continue }
      guard owner.name == name else {
        throw settingNode.error(.invalidValue("\(setting.key) belongs to \(owner.name) layers, not \(name)"))
      }
      let value = try settingNode.number()
      if let problem = setting.problem(value) { throw settingNode.error(.invalidValue(problem)) }
      activation = setting.activation(value)
    }
    return activation
  }

  /// The index of the parameter named at `node`, registering it on first use.
  private mutating func use(
    _ node: JSONNode, role: Parameter.Role, values: [String: Double], neuron: String, used: inout Set<Int>
  ) throws(FixtureError) -> Int {
    let name = try node.string()
    let index: Int
    if let known = parameterIndex[name] {
      index = known
    } else {
      guard let value = values[name] else {
        let message = "no value for parameter \"\(name.terminalSafe)\" in network.parameters"
        let suggestion = nearestName(to: name, among: Array(values.keys).sorted())
        throw node.error(.invalidValue(message + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")))
      }
      _ = try claim(node, as: "parameter")
      index = parameters.count
      parameterIndex[name] = index
      parameters.append(Parameter(name: name, value: value, role: role, isTrainable: true))
    }
    guard used.insert(index).inserted else {
      throw node.error(.invalidValue("parameter \"\(name.terminalSafe)\" is used twice in neuron \(neuron); a neuron uses each parameter at most once"))
    }
    return index
  }
}

/// The singular or plural noun for a count of `n`.
private func count(_ n: Int, _ singular: String, _ plural: String) -> String {
  n == 1 ? singular : plural
}
