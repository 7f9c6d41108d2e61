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
    if section.entries.isEmpty {
      document.add(.paragraph([.text("Every parameter is frozen: nothing is updated.")]))
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
    document.add(
      .paragraph([
        .text("Repeating the step \(trace.steps) times (the error\(over) after selected steps; the JSON export has every step):")
      ]))
    let rows: [[[Document.Inline]]] = Self.milestones(upTo: trace.steps).map { step in
      [[.text("\(step)")], [.math(format.tex(trace[Quantity.totalErrorAfterStep(step).key] ?? .nan))]]
    }
    document.add(.table(header: ["Step", "Total error after the step"], rows: rows))
    if let curve = lossCurve() { document.add(curve) }
    let finals = section.entries.filter {
      if case .parameterAfterStep = trace.layout.quantities[$0] { return true } else { return false }
    }
    if !finals.isEmpty {
      document.add(.paragraph([.text("The parameters after step \(trace.steps):")]))
      let lines = finals.map { Document.AlignedLine(symbol: writer.symbol(at: $0), steps: [writer.result(at: $0)]) }
      document.add(.aligned(AlignedMath(lines)))
    }
  }

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
