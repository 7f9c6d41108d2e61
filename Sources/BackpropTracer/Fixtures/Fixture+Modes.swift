extension Fixture {
  /// The fixture's `mode`: `train` (the default), `evaluate`, or `perceptron` with `maxEpochs`.
  static func readMode(_ root: JSONObject) throws(FixtureError) -> Mode {
    let epochsNode = root.optional("maxEpochs")
    guard let node = root.optional("mode") else {
      if let epochsNode { throw epochsNode.error(.invalidValue("maxEpochs belongs to the perceptron mode")) }
      return .train
    }
    let name = try node.string()
    switch name {
    case "train", "evaluate":
      if let epochsNode { throw epochsNode.error(.invalidValue("maxEpochs belongs to the perceptron mode")) }
      return name == "train" ? .train : .evaluate(showsTargets: false)
    case "perceptron":
      return .perceptron(maxEpochs: try epochsNode?.integer(in: 1...100_000, what: "a number of epochs") ?? 100)
    default:
      throw node.error(.unknownName(kind: "mode", name: name, known: ["train", "evaluate", "perceptron"]))
    }
  }

  /// The training plan and the number of steps; keys of training are refused in the other modes.
  static func readTraining(
    _ root: JSONObject, mode: Mode, examples: [Example], isDataSet: Bool
  ) throws(FixtureError) -> (TrainingPlan, Int) {
    guard mode == .train else {
      for key in ["training", "optimizer", "weightDecay", "steps"] {
        if let node = root.optional(key) {
          throw node.error(.invalidValue("\(key) belongs to training; this fixture's mode does not train by gradient descent"))
        }
      }
      return (.singleExample, 1)
    }
    let (plan, epochs) = try readPlan(root, exampleCount: examples.count, isDataSet: isDataSet)
    var steps = try root.optional("steps")?.integer(in: 1...maximumSteps) ?? 1
    if let epochs {
      if let stepsNode = root.optional("steps") {
        throw stepsNode.error(.invalidValue("give either steps or training.epochs, not both"))
      }
      steps = epochs * BatchSchedule(exampleCount: examples.count, plan: plan).stepsPerEpoch
      if steps > maximumSteps {
        throw root.node.error(.invalidValue("training.epochs makes \(steps) steps; at most \(maximumSteps) are allowed"))
      }
    }
    return (plan, steps)
  }

  /// The perceptron rule needs one layer of step units, targets 0 or 1, and no shared parameter.
  static func checkPerceptron(_ root: JSONObject, network: Network, examples: [Example]) throws(FixtureError) {
    let networkNode = try root.required("network")
    guard network.layers.count == 1, network.layers[0].activation == .step else {
      throw networkNode.error(.invalidValue("the perceptron rule needs a single layer with the step activation"))
    }
    if network.parameterUseCounts.contains(where: { $0 > 1 }) {
      throw networkNode.error(.invalidValue("the perceptron rule updates each neuron on its own: no parameter may be shared"))
    }
    let examplesNode = root.optional("examples") ?? root.optional("example") ?? root.node
    for (index, example) in examples.enumerated() where example.targets.contains(where: { $0 != 0 && $0 != 1 }) {
      throw examplesNode.error(.invalidValue("the perceptron rule needs targets 0 or 1; example \(index + 1) has \(example.targets.map { "\($0)" }.joined(separator: ", "))"))
    }
  }
}

extension Fixture {
  /// The deviation a book's worked example was computed with (`"variant": "NAME"`, any name of
  /// `--variant`), which the whole trace, `check` and `verify` then follow; nil when none.
  /// A variant follows one worked example trained by plain gradient descent.
  static func readVariant(_ root: JSONObject, fixture: Fixture) throws(FixtureError) -> Variant? {
    guard let node = root.optional("variant") else { return nil }
    let name = try node.string()
    guard let variant = Variant(rawValue: name) else {
      throw node.error(.unknownName(kind: "variant", name: name.terminalSafe, known: Variant.allCases.map(\.name)))
    }
    guard fixture.mode == .train, !fixture.isDataSet, fixture.plan.optimizer.coefficient == nil, fixture.plan.weightDecay == nil
    else {
      throw node.error(.invalidValue("a variant follows one worked example trained by plain gradient descent; this fixture has a data set, momentum, weight decay or another mode"))
    }
    return variant
  }
}
