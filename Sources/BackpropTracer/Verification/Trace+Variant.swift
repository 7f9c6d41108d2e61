extension Trace {
  /// The trace as it comes out when the step is computed with `variant`'s deviation, optionally
  /// with some values fixed from outside (a student's answers).
  ///
  /// The layout, and so every key, is the same as this trace's. The whole run follows the
  /// variant: entries of later steps (the error after each step, the parameters after the last)
  /// are recomputed by repeating the deviating step. Overridden values are used as given, in
  /// the first step only. Values may come out non-finite; `deviating(_:)` checks them.
  /// - Complexity: O(steps × entries).
  public func replay(variant: Variant, overriding overrides: [TraceKey: Double] = [:]) -> Trace {
    run(variant, overriding: overrides)
  }

  /// `replay(variant:overriding:)`, where a nil variant is the correct step (which reproduces
  /// the engine bit for bit).
  func run(_ variant: Variant?, overriding overrides: [TraceKey: Double]) -> Trace {
    let program = StepProgram(layout, variant: variant)
    var values = self.values
    if program.swapsTargets {
      for (position, value) in zip(program.targets, program.targets.map { values[$0] }.reversed()) {
        values[position] = value
      }
    }
    var fixed = Array(repeating: false, count: count)
    for (key, value) in overrides {
      guard let position = layout.position(of: key) else { continue }
      values[position] = value
      fixed[position] = true
    }
    program.run(&values, fixed: fixed)
    fillLaterSteps(&values, program: program, fixed: fixed)
    return Trace(title: title, source: source, network: network, steps: steps, layout: layout, values: values)
  }

  /// The trace of `variant`, titled as a deliberate deviation, for a lecturer to present.
  ///
  /// - Throws: `NonFiniteValueError` naming the first value (in lecture order) that came out
  ///   infinite or not a number.
  public func deviating(_ variant: Variant) throws(NonFiniteValueError) -> Trace {
    let deviating = replay(variant: variant)
    if let bad = deviating.values.firstIndex(where: { !$0.isFinite }) {
      throw NonFiniteValueError(key: layout.keys[bad], value: deviating.values[bad])
    }
    return Trace(
      title: "\(title) (deliberate deviation: \(variant.name))", source: source, network: network, steps: steps,
      layout: layout, values: deviating.values)
  }

  /// Repeats the step of `program` `steps` times from the values of the first, recording the
  /// total error after each step and the parameters after the last (entries not in `fixed`).
  private func fillLaterSteps(_ values: inout [Double], program: StepProgram, fixed: [Bool]) {
    var errors: [Int: Int] = [:]
    var finalParameters: [Int: Int] = [:]
    for (position, quantity) in layout.quantities.enumerated() where !fixed[position] {
      switch quantity {
      case let .totalErrorAfterStep(step): errors[step] = position
      case let .parameterAfterStep(name, _): finalParameters[position] = layout.position(of: Quantity.parameter(name).key)
      default: continue
      }
    }
    guard !errors.isEmpty || !finalParameters.isEmpty, let totalError = program.totalError else { return }
    var state = values
    let none = Array(repeating: false, count: count)
    for step in 1...steps {
      for update in program.updates { state[update.parameter] = state[update.updated] }
      program.run(&state, fixed: none)
      if let position = errors[step] { values[position] = state[totalError] }
    }
    for (position, parameter) in finalParameters { values[position] = state[parameter] }
  }
}
