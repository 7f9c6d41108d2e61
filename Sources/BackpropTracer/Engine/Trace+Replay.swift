extension Trace {
  /// Recomputes the trace through the core, optionally replacing some values and rounding each
  /// computed one before later entries use it.
  ///
  /// The core runs the trace's step again (`rerun(into:)`) through a `ReplayingLedger`, so a
  /// replay without overrides or rounding reproduces the trace bit for bit. It serves two
  /// purposes:
  /// - follow-through marking: put a student's values in `overrides` and see what their later
  ///   answers should have been, given their own earlier ones;
  /// - hand computation: `rounding` (e.g. to 5 decimals) gives the numbers a student gets when
  ///   every intermediate is rounded before it is used.
  ///
  /// Given values are not rounded; entries obtained by repeating whole steps (`repeatedSteps`)
  /// keep their recorded values.
  /// - Complexity: O(entries).
  package func replay(overriding overrides: [TraceKey: Double] = [:], rounding: ((Double) -> Double)? = nil) -> Trace {
    var ledger = ReplayingLedger(
      layout, starting: values, fixing: positions(of: overrides), variant: declaredVariant, rounding: rounding)
    rerun(into: &ledger)
    return replacing(values: ledger.values)
  }

  /// `overrides` by position; keys the trace does not have are left out.
  func positions(of overrides: [TraceKey: Double]) -> [Int: Double] {
    var answers: [Int: Double] = [:]
    for (key, value) in overrides {
      if let position = layout.position(of: key) { answers[position] = value }
    }
    return answers
  }

  /// Runs the core again as it ran to record this trace, into `ledger`: the first training step
  /// and the results of the later ones, an evaluation, or the perceptron rule. The core runs on
  /// blank examples and parameters: a replaying ledger gives it every given value. With
  /// `firstStepOnly`, a training run stops after its first step (what repeating the step needs),
  /// leaving the later entries as the ledger started them.
  func rerun(into ledger: inout ReplayingLedger, firstStepOnly: Bool = false) {
    guard let run = layout.run else { preconditionFailure("a trace recorded by the engine, not a layout made by hand") }
    let blank = Example(
      inputs: Array(repeating: 0, count: network.inputNames.count),
      targets: Array(repeating: 0, count: network.outputLayer.neurons.count))
    let parameters = Array(repeating: 0.0, count: network.parameters.count)
    switch run {
    case let .training(batch, perExampleKeys, errors, examples):
      let step = TrainingStep(network: network, plan: plan, sharing: ParameterSharing(network), perExampleKeys: perExampleKeys)
      let result = step.run(batch.map { ($0, blank) }, from: parameters, into: &ledger)
      if firstStepOnly { return }
      Tracer.noteTraining(
        network, errors, Array(repeating: 0, count: errors.count), parameters: result.parameters,
        examples: Array(repeating: blank, count: examples), perExampleKeys: perExampleKeys, into: &ledger)
    case let .evaluation(examples, showsTargets):
      Network.evaluate(network, Array(repeating: blank, count: examples), showsTargets: showsTargets, into: &ledger)
    case let .perceptron(examples, maxEpochs):
      var rule = PerceptronRule(network: network)
      _ = rule.run(Array(repeating: blank, count: examples), maxEpochs: maxEpochs, into: &ledger)
    }
    precondition(ledger.isComplete, "the replay notes every value of its record")
  }

  /// This trace with other values (one per entry).
  func replacing(values: [Double]) -> Trace {
    Trace(
      title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan,
      declaredVariant: declaredVariant)
  }
}
