/// Reads the `network` section of a fixture into a `NetworkDefinition` and has it validated by
/// `NetworkValidator`, the checks that code building a network by names gets too.
///
/// The reader checks only what JSON adds: keys, types and activation names; a problem the
/// validator finds is reported at the JSON value it is about, with its line and column.
enum NetworkReader {
  static let keys = ["inputs", "layers", "parameters", "frozen"]
  static let layerKeys = ["activation"] + Activation.all.compactMap(\.setting?.key) + ["neurons", "weights", "biases"]

  /// Reads the network of the fixture `root`, whose loss and learning rate come from elsewhere
  /// in the file.
  static func read(_ root: JSONObject, loss: Loss, learningRate: Double) throws(FixtureError) -> Network {
    let definition = try definition(try root.required("network"), loss: loss, learningRate: learningRate)
    do {
      return try NetworkValidator.network(definition)
    } catch {
      throw root.node.descendant(error.place).error(error.problem)
    }
  }

  private static func definition(_ node: JSONNode, loss: Loss, learningRate: Double) throws(FixtureError) -> NetworkDefinition {
    let object = try node.object(keys: keys)
    let inputs = try strings(try object.required("inputs"))
    let parameters = try object.required("parameters").members().map { (member) throws(FixtureError) in
      ParameterValue(name: member.key, value: try member.node.number())
    }
    let layers = try object.required("layers").array().map { (layer) throws(FixtureError) in try readLayer(layer) }
    let frozen = try object.optional("frozen").map { (node) throws(FixtureError) in try strings(node) } ?? []
    return NetworkDefinition(
      inputs: inputs, layers: layers, parameterValues: parameters, frozen: frozen, loss: loss, learningRate: learningRate)
  }

  private static func readLayer(_ node: JSONNode) throws(FixtureError) -> LayerDefinition {
    let object = try node.object(keys: layerKeys)
    let activation = try readActivation(object)
    let neurons = try strings(try object.required("neurons"))
    let weights = try object.required("weights").array().map { (row) throws(FixtureError) in try strings(row) }
    let biases = try object.optional("biases").map { (biases) throws(FixtureError) in
      try biases.array().map { (bias) throws(FixtureError) -> String? in bias.value.kind == .null ? nil : try bias.string() }
    }
    return LayerDefinition(activation: activation, neurons: neurons, weights: weights, biases: biases)
  }

  /// An array of strings.
  private static func strings(_ node: JSONNode) throws(FixtureError) -> [String] {
    try node.array().map { (element) throws(FixtureError) in try element.string() }
  }

  /// The layer's activation, with its setting if the layer gives one (`negativeSlope` of a
  /// `leakyRelu`, `alpha` of an `elu`); a setting belongs to its activation alone.
  private static func readActivation(_ layer: JSONObject) throws(FixtureError) -> Activation {
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
      activation = setting.activation(try settingNode.number())  // whose value the validator checks
    }
    return activation
  }
}

extension JSONNode {
  /// The value at `path` below this one, or the deepest value on the way that exists.
  func descendant(_ path: [JSONPath.Step]) -> JSONNode {
    var node = self
    for step in path {
      let next: JSONNode?
      switch step {
      case let .key(key): next = (try? node.members())?.first { $0.key == key }?.node
      case let .index(index): next = (try? node.array()).flatMap { index < $0.count ? $0[index] : nil }
      }
      guard let next else { return node }
      node = next
    }
    return node
  }
}
