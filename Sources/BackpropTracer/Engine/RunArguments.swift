/// The checks a run asked for from code gets before the engine starts: the examples fit the
/// network, the plan, the number of steps and the parameter values are ones it can run with.
///
/// Each problem is a `FixtureError` named after the call (`Network.trace`) and located by the
/// argument's path (`examples[1].inputs`), in the words the fixture reader uses, as
/// `NetworkDefinition.network(source:)` locates its problems. A fixture's own values were
/// checked when it was read; these checks are for values a library user passes.
enum RunArguments {
  /// Throws when `examples` cannot be run through `network`: none, a wrong number of inputs or
  /// targets, a value that is not finite.
  static func checkExamples(_ examples: [Example], of network: Network, call: String) throws(FixtureError) {
    guard !examples.isEmpty else { throw invalid(call, "examples", .invalidValue("a run needs at least one example")) }
    let outputs = network.outputLayer.neurons.map { network.neurons[$0].name }
    for (index, example) in examples.enumerated() {
      try checkValues(example.inputs, names: network.inputNames, kind: "input", call: call, path: "examples[\(index)].inputs")
      try checkValues(example.targets, names: outputs, kind: "target", call: call, path: "examples[\(index)].targets")
    }
  }

  /// Throws unless `plan` has a batch of at least one example, a momentum in [0, 1) and a
  /// finite weight decay of 0 or more.
  static func checkPlan(_ plan: TrainingPlan, call: String) throws(FixtureError) {
    guard plan.batchSize >= 1 else {
      throw invalid(call, "plan.batchSize", .invalidValue("a batch needs at least one example, found \(plan.batchSize)"))
    }
    if let mu = plan.optimizer.coefficient, !(mu >= 0 && mu < 1) {
      throw invalid(call, "plan.optimizer", .invalidValue("the momentum must be at least 0 and below 1, found \(mu)"))
    }
    if let lambda = plan.weightDecay, !(lambda >= 0 && lambda.isFinite) {
      throw invalid(call, "plan.weightDecay", .invalidValue("the weight decay must be 0 or more and finite, found \(lambda)"))
    }
  }

  /// Throws unless `steps` is a number of steps a run may take: 1 to `Fixture.maximumSteps`.
  static func checkSteps(_ steps: Int, call: String) throws(FixtureError) {
    guard (1...Fixture.maximumSteps).contains(steps) else {
      throw invalid(call, "steps", .invalidValue("expected 1 to \(Fixture.maximumSteps) steps, found \(steps)"))
    }
  }

  /// Throws unless `parameters` has one finite value per parameter of `network`.
  static func checkParameters(_ parameters: [Double], of network: Network, call: String) throws(FixtureError) {
    try checkValues(parameters, names: network.parameters.map(\.name), kind: "parameter", call: call, path: "parameters")
  }

  /// Throws unless `values` has one finite value per name.
  private static func checkValues(_ values: [Double], names: [String], kind: String, call: String, path: String) throws(FixtureError) {
    guard values.count == names.count else {
      let listed = names.count <= 20 ? ": " + names.joined(separator: ", ") : ""
      throw invalid(call, path, .wrongCount(
        expected: names.count, found: values.count, of: "values (one per \(kind)\(listed))"))
    }
    if let bad = values.firstIndex(where: { !$0.isFinite }) {
      throw invalid(call, "\(path)[\(bad)]", .invalidValue(
        "the value of \(kind) \"\(names[bad].terminalSafe)\" must be finite, found \(values[bad])"))
    }
  }

  private static func invalid(_ call: String, _ path: String, _ problem: FixtureError.Problem) -> FixtureError {
    FixtureError(file: call, path: path, position: nil, problem: problem)
  }
}
