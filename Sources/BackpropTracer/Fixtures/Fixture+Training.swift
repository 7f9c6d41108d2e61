extension Fixture {
  /// The single `example` or the data set `examples` (exactly one of them), whether it is a data
  /// set, and whether the examples give targets (optional only where `targetsOptional`; then
  /// every example gives them or none does).
  static func readExamples(
    _ root: JSONObject, network: Network, targetsOptional: Bool
  ) throws(FixtureError) -> ([Example], Bool, Bool) {
    let nodes: [JSONNode]
    let isDataSet: Bool
    switch (root.optional("example"), root.optional("examples")) {
    case let (single?, nil):
      (nodes, isDataSet) = ([single], false)
    case let (nil, list?):
      nodes = try list.array()
      isDataSet = true
      if nodes.isEmpty { throw list.error(.invalidValue("a data set needs at least one example")) }
    case (_?, let list?):
      throw list.error(.invalidValue("give either example or examples, not both"))
    case (nil, nil):
      throw root.node.error(.missingKey("example"))
    }
    var examples: [Example] = []
    var withTargets: Bool?
    for node in nodes {
      let (example, hasTargets) = try readExample(node, network: network, targetsOptional: targetsOptional)
      if let withTargets, withTargets != hasTargets {
        throw node.error(.invalidValue("give targets for every example or for none"))
      }
      withTargets = hasTargets
      examples.append(example)
    }
    return (examples, isDataSet, withTargets ?? false)
  }

  /// One example: a value per input, and targets per output neuron or a class (or neither, where
  /// `targetsOptional`: the targets are then 0 and unused).
  ///
  /// `"class": 1` (numbered from 0, as Keras's sparse labels) or `"class": "o2"` stands for the
  /// one-hot targets of that output neuron.
  private static func readExample(
    _ node: JSONNode, network: Network, targetsOptional: Bool
  ) throws(FixtureError) -> (Example, Bool) {
    let object = try node.object(keys: ["inputs", "targets", "class"])
    let outputs = network.outputLayer.neurons.map { network.neurons[$0].name }
    let inputs = try values(of: network.inputNames, in: try object.required("inputs"), kind: "input")
    switch (object.optional("targets"), object.optional("class")) {
    case let (targets?, nil):
      return (Example(inputs: inputs, targets: try values(of: outputs, in: targets, kind: "output neuron")), true)
    case let (nil, classNode?):
      let index: Int
      if case let .string(name) = classNode.value.kind {
        guard let found = outputs.firstIndex(of: name) else {
          throw classNode.error(.unknownName(kind: "output neuron", name: name, known: outputs))
        }
        index = found
      } else {
        index = try classNode.integer(in: 0...(outputs.count - 1), what: "a class index (the output layer has \(outputs.count) neurons)")
      }
      return (Example(inputs: inputs, targets: outputs.indices.map { $0 == index ? 1 : 0 }), true)
    case (_?, let classNode?):
      throw classNode.error(.invalidValue("give either targets or class, not both"))
    case (nil, nil):
      guard targetsOptional else { throw node.error(.missingKey("targets")) }
      return (Example(inputs: inputs, targets: Array(repeating: 0, count: outputs.count)), false)
    }
  }

  /// One number per name, from an object keyed by exactly those names, in the order of `names`.
  static func values(of names: [String], in node: JSONNode, kind: String) throws(FixtureError) -> [Double] {
    let object = try node.object(keys: names)
    return try names.map { (name) throws(FixtureError) in
      guard let member = object.optional(name) else {
        throw node.error(.invalidValue("missing a value for \(kind) \"\(name.terminalSafe)\""))
      }
      return try member.number()
    }
  }

  /// The training plan and, when given, the number of epochs.
  static func readPlan(_ root: JSONObject, exampleCount: Int, isDataSet: Bool) throws(FixtureError) -> (TrainingPlan, Int?) {
    var plan = TrainingPlan(batchSize: isDataSet ? exampleCount : 1)
    var epochs: Int?
    if let training = root.optional("training") {
      let object = try training.object(keys: ["batchSize", "reduction", "order", "seed", "epochs", "recordError"])
      if let size = object.optional("batchSize") {
        if case .string("full") = size.value.kind {
          plan.batchSize = exampleCount
        } else {
          plan.batchSize = try size.integer(in: 1...max(exampleCount, 1), what: "a batch size (or \"full\"; the data set has \(exampleCount) examples)")
        }
      }
      if let reduction = object.optional("reduction") {
        let name = try reduction.string()
        guard let value = TrainingPlan.Reduction(rawValue: name) else {
          throw reduction.error(.unknownName(kind: "reduction", name: name, known: TrainingPlan.Reduction.allCases.map(\.rawValue)))
        }
        plan.reduction = value
      }
      let seed = try object.optional("seed")?.integer(in: 0...Int.max, what: "a seed") ?? 0
      if let order = object.optional("order") {
        switch try order.string() {
        case "inOrder": plan.order = .inOrder
        case "shuffled": plan.order = .shuffled(seed: UInt64(seed))
        case let other: throw order.error(.unknownName(kind: "order", name: other, known: ["inOrder", "shuffled"]))
        }
      }
      epochs = try object.optional("epochs")?.integer(in: 1...maximumSteps, what: "a number of epochs")
      if let recording = object.optional("recordError") {
        let name = try recording.string()
        guard let value = ErrorRecording(rawValue: name) else {
          throw recording.error(.unknownName(kind: "error recording", name: name, known: ErrorRecording.allCases.map(\.rawValue)))
        }
        plan.errorRecording = value
      }
    }
    if let optimizer = root.optional("optimizer") {
      plan.optimizer = try readOptimizer(optimizer)
    }
    if let decay = root.optional("weightDecay") {
      let lambda = try decay.number()
      guard lambda >= 0 else { throw decay.error(.invalidValue("the weight decay must be 0 or more, found \(lambda)")) }
      plan.weightDecay = lambda
    }
    return (plan, epochs)
  }

  private static func readOptimizer(_ node: JSONNode) throws(FixtureError) -> TrainingPlan.Optimizer {
    let object = try node.object(keys: ["kind", "momentum"])
    let kindNode = try object.required("kind")
    let kind = try kindNode.string()
    let known = ["sgd", "momentum", "averagedMomentum"]
    guard known.contains(kind) else { throw kindNode.error(.unknownName(kind: "optimizer", name: kind, known: known)) }
    if kind == "sgd" {
      if let extra = object.optional("momentum") { throw extra.error(.invalidValue("plain sgd takes no momentum")) }
      return .sgd
    }
    let muNode = try object.required("momentum")
    let mu = try muNode.number()
    guard mu >= 0 && mu < 1 else {
      throw muNode.error(.invalidValue("the momentum must be at least 0 and below 1, found \(mu)"))
    }
    return kind == "momentum" ? .momentum(mu) : .averagedMomentum(mu)
  }
}

extension BatchSchedule {
  /// The examples of the first step.
  var firstBatch: [Int] {
    var copy = self
    return copy.next() ?? [0]
  }
}
