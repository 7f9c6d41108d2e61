extension Walkthrough {
  /// The parameter an update-section quantity belongs to, or nil for the penalty and objective.
  private func parameterName(of quantity: Quantity) -> String? {
    switch quantity {
    case let .updated(name), let .updatedVelocity(name), let .penaltySlope(name), let .objectiveGradient(name):
      return name
    default:
      return nil
    }
  }

  /// The penalty, the optimizer's steps and the new values, then a table of every parameter
  /// before and after.
  func addUpdate(to document: inout some BlockSink, parameterEntries: ParameterEntries) {
    guard let section = trace.layout.sections.first(where: { $0.kind == .update }) else { return }
    document.add(.heading(level: 2, text: "Update"))
    let network = trace.network
    let chosen = derivedUpdates()
    let derived = section.entries.filter { position in
      guard let chosen, let name = parameterName(of: trace.layout.quantities[position]) else { return true }
      return chosen.contains(name)
    }
    if options.explain, options.detail != .tables, !section.entries.isEmpty {
      if derivesHiddenDelta {
        document.add(.paragraph([.text("Every parameter moves at once, by its gradient at the parameters before the step (why, derived above).")]))
      } else {
        addPreUpdate(to: &document)
      }
    }
    if section.entries.isEmpty {
      document.add(.paragraph([.text("Every parameter is frozen: nothing is updated.")]))
    } else if isCompact, !derived.isEmpty {
      // A compact handout derives the first representative's update (a formula row and a row of
      // numbers); the table below gives every other.
      let first = derived.first.flatMap { parameterName(of: trace.layout.quantities[$0]) }
      var math = ValueTable.rowDisplay()
      for position in derived where parameterName(of: trace.layout.quantities[position]).map({ $0 == first }) ?? true {
        writer.appendRow(at: position, withFormula: true, to: &math)
      }
      document.add(.aligned(math))
    } else if !derived.isEmpty {
      document.add(lines(derived))
    }
    let listed = network.parameters.indices.filter { options.only?.contains(network.parameters[$0].name) ?? true }
    let nan = format.tex(.nan)
    func printed(_ position: Int?) -> String { position.map(writer.number(at:)) ?? nan }
    let rows: [[[Document.Inline]]] = listed.map { p in
      let parameter = network.parameters[p]
      let before = printed(parameterEntries.before[p])
      let gradient = printed(parameterEntries.gradient[p])
      let after = parameter.isTrainable ? printed(parameterEntries.after[p]) : before
      let symbol = parameterEntries.before[p].map(writer.symbol(at:)) ?? notation.tex(.parameter(parameter.name))
      return [
        [.math(symbol)], [.math(before)],
        [.math(gradient)], [.math(after)] + (parameter.isTrainable ? [] : [.text(" (frozen)")]),
      ]
    }
    if !rows.isEmpty { document.add(.table(header: ["Parameter", "Before", "Gradient", "After"], rows: rows)) }
  }

  /// The error after the update, and after every milestone step of a longer run.
  func addTraining(to document: inout some BlockSink) {
    guard let section = trace.layout.sections.first(where: { $0.kind == .training }) else { return }
    document.add(.heading(level: 2, text: "After the update"))
    let before = trace[Quantity.totalErrorAfterStep(0).key] ?? .nan
    let after = trace[Quantity.totalErrorAfterStep(1).key] ?? .nan
    let over = isDataSet ? " over the whole data set" : ""
    document.add(
      .paragraph([
        .text("With the new parameters the total error\(over) goes from "), .math(format.tex(before)),
        .text(" to "), .math("\(notation.tex(.totalErrorAfterStep(1))) = \(format.tex(after))"), .text("."),
      ]))
    guard trace.steps > 1 else { return }
    if let epochs = epochRecording(in: section) {
      addEpochs(epochs.count, stepsPerEpoch: epochs.steps, over: over, to: &document)
    } else {
      document.add(
        .paragraph([
          .text("Repeating the step \(trace.steps) times (the error\(over) after selected steps; the JSON export has every step):")
        ]))
      let rows: [[[Document.Inline]]] = Self.milestones(upTo: trace.steps).map { step in
        [[.text("\(step)")], [.math(format.tex(trace[Quantity.totalErrorAfterStep(step).key] ?? .nan))]]
      }
      document.add(.table(header: ["Step", "Total error after the step"], rows: rows))
      if let curve = lossCurve() { document.add(curve) }
    }
    let finals = section.entries.filter {
      if case .parameterAfterStep = trace.layout.quantities[$0] { return true } else { return false }
    }
    if !finals.isEmpty {
      document.add(.paragraph([.text("The parameters after step \(trace.steps):")]))
      let lines = finals.map { Document.AlignedLine(symbol: writer.symbol(at: $0), steps: [writer.result(at: $0)]) }
      document.add(.aligned(AlignedMath(lines)))
    }
    addOutputsAfterTraining(section, to: &document)
  }

  /// The epochs whose error the training section records (`E_total_after_epochK`) and the steps
  /// of one (nil when no epoch was completed), or nil when it records every step's error.
  private func epochRecording(in section: TraceSection) -> (count: Int, steps: Int?)? {
    var stepErrors = 0
    var epochs: (count: Int, steps: Int?) = (0, nil)
    for entry in section.entries {
      switch trace.layout.quantities[entry] {
      case .totalErrorAfterStep: stepErrors += 1
      case let .totalErrorAfterEpoch(epoch):
        epochs.count = epoch
        if epoch == 1, case let .repeatedSteps(steps) = trace.layout.derivations[entry] { epochs.steps = steps }
      default: continue
      }
    }
    return stepErrors == trace.steps + 1 ? nil : epochs
  }

  /// The error after selected epochs and its curve, and the error after the last step when the
  /// run ends within an epoch.
  private func addEpochs(_ epochs: Int, stepsPerEpoch: Int?, over: String, to document: inout some BlockSink) {
    if let stepsPerEpoch {
      document.add(
        .paragraph([
          .text("Repeating the step \(trace.steps) times, \(Self.counted(epochs, "epoch")) of \(stepsPerEpoch) steps (the error\(over) after selected epochs; the JSON export has every epoch):")
        ]))
      let rows: [[[Document.Inline]]] = Self.milestones(upTo: epochs).map { epoch in
        let key = (epoch == 0 ? Quantity.totalErrorAfterStep(0) : .totalErrorAfterEpoch(epoch)).key
        return [[.text("\(epoch)")], [.math(format.tex(trace[key] ?? .nan))]]
      }
      document.add(.table(header: ["Epoch", "Total error after the epoch"], rows: rows))
      if let curve = lossCurve(epochs: epochs) { document.add(curve) }
    }
    let last = Quantity.totalErrorAfterStep(trace.steps)
    let done = epochs * (stepsPerEpoch ?? 0)
    if trace.steps > done, let error = trace[last.key] {
      document.add(
        .paragraph([
          .text("The run stops \(Self.counted(trace.steps - done, "step")) into epoch \(epochs + 1), with "),
          .math("\(notation.tex(last)) = \(format.tex(error))"), .text("."),
        ]))
    }
  }

  /// `count` and the noun, plural unless the count is 1: "1 epoch", "3 epochs".
  private static func counted(_ count: Int, _ noun: String) -> String { "\(count) \(noun)" + (count == 1 ? "" : "s") }

  /// Steps 0 (before training) to 5, then 10, 20, 50, 100, 200, 500, … below `steps`, then
  /// `steps` itself.
  static func milestones(upTo steps: Int) -> [Int] {
    var result = Array(0...min(steps, 5))
    var decade = 10
    while decade < steps {
      for multiple in [1, 2, 5] where decade * multiple < steps && decade * multiple > 5 {
        result.append(decade * multiple)
      }
      decade *= 10
    }
    if result.last != steps { result.append(steps) }
    return result
  }
}
