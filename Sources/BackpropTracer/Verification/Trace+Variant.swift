extension Trace {
  /// The trace as it comes out when the step is computed with `variant`'s deviation, optionally
  /// with some values fixed from outside (a student's answers).
  ///
  /// The layout, and so every key, is the same as this trace's. The whole run follows the
  /// variant: the error after each step and the parameters after the last are recomputed by
  /// repeating the deviating step — for plain gradient descent on one example
  /// (`followsLaterSteps`); otherwise they keep the recorded values. Overridden values are used as
  /// given, in the first step only. Values may come out non-finite; `deviating(_:)` checks them.
  /// - Complexity: O(steps × entries).
  public func replay(variant: Variant, overriding overrides: [TraceKey: Double] = [:]) -> Trace {
    run(variant, overriding: overrides)
  }

  /// `replay(variant:overriding:)`, where a nil variant is the correct step (which reproduces
  /// the engine bit for bit); without `laterSteps` only the traced step is recomputed.
  func run(_ variant: Variant?, overriding overrides: [TraceKey: Double], laterSteps: Bool = true) -> Trace {
    let step = VariantStep(layout: layout, variant: variant)
    var values = startingValues(step)
    var fixed = Array(repeating: false, count: count)
    for (key, value) in overrides {
      guard let position = layout.position(of: key) else { continue }
      values[position] = value
      fixed[position] = true
    }
    step.run(&values, fixed: fixed)
    if laterSteps, followsLaterSteps { fillLaterSteps(&values, step: step, fixed: fixed) }
    return Trace(title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan)
  }

  /// The recorded values as `step`'s variant starts from them: with the targets swapped for
  /// `targetsSwapped`, unchanged otherwise.
  func startingValues(_ step: VariantStep) -> [Double] {
    var values = self.values
    if step.variant == .targetsSwapped {
      for group in step.targetGroups {
        for (position, value) in zip(group, group.map { values[$0] }.reversed()) { values[position] = value }
      }
    }
    return values
  }

  /// The trace of `variant`, titled as a deliberate deviation, for a lecturer to present.
  ///
  /// - Throws: `VariantError` for a fixture whose later steps a variant cannot follow (a data
  ///   set, momentum, weight decay) or a value that came out infinite or not a number.
  public func deviating(_ variant: Variant) throws(VariantError) -> Trace {
    guard followsLaterSteps else { throw .dataSet(variant) }
    let deviating = run(variant, overriding: [:])
    do { try NonFiniteValueError.check(deviating.values, layout: layout) } catch { throw .nonFinite(error) }
    return Trace(
      title: "\(title) (deliberate deviation: \(variant.name))", source: source, network: network, steps: steps,
      layout: layout, values: deviating.values)
  }

  /// True for plain gradient descent on one example: then repeating the traced step is the
  /// training the engine does, and a variant can follow later steps. A data set's later steps
  /// use other examples (its error before training, `E_total_after_step0`, is not the traced
  /// step's `E_total`); momentum and weight decay carry state the layout does not repeat.
  var followsLaterSteps: Bool {
    let carriesState = layout.quantities.contains {
      switch $0 {
      case .ofExample, .velocity, .updatedVelocity, .penalty, .objectiveGradient: return true
      default: return false
      }
    }
    let before = layout.position(of: Quantity.totalErrorAfterStep(0).key)
    let total = layout.position(of: Quantity.totalError.key)
    let isOneExample = before.flatMap { b in total.map { values[b] == values[$0] } } ?? true
    return !carriesState && isOneExample
  }

  /// Repeats `step` `steps` times from the values of the first, carrying each updated
  /// parameter into the next, and records the total error after each step and
  /// the parameters after the last (entries not in `fixed`).
  func fillLaterSteps(_ values: inout [Double], step: VariantStep, fixed: [Bool]) {
    var errors: [(step: Int, position: Int)] = []
    var finals: [(position: Int, parameter: Int)] = []
    var carried: [(from: Int, to: Int)] = []  // each updated parameter into the next step
    func at(_ quantity: Quantity) -> Int? { layout.position(of: quantity.key) }
    for (position, quantity) in layout.quantities.enumerated() {
      switch quantity {
      case let .totalErrorAfterStep(k) where !fixed[position]: errors.append((k, position))
      case let .parameterAfterStep(name, _) where !fixed[position]:
        if let parameter = at(.parameter(name)) { finals.append((position, parameter)) }
      case let .updated(name): if let to = at(.parameter(name)) { carried.append((position, to)) }
      default: continue
      }
    }
    guard let totalError = at(.totalError), !errors.isEmpty || !finals.isEmpty else { return }
    var state = values
    let none = Array(repeating: false, count: count)
    var errorAfter = [values[totalError]]
    for _ in 0..<steps {
      for (from, to) in carried { state[to] = state[from] }
      step.run(&state, fixed: none)
      errorAfter.append(state[totalError])
    }
    for (k, position) in errors where errorAfter.indices.contains(k) { values[position] = errorAfter[k] }
    for (position, parameter) in finals { values[position] = state[parameter] }
  }
}

/// Why a variant's trace cannot be shown.
public enum VariantError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The fixture has a data set, momentum or weight decay: a variant follows one worked example
  /// with plain gradient descent only.
  case dataSet(Variant)
  /// A value came out infinite or not a number.
  case nonFinite(NonFiniteValueError)

  public var description: String {
    switch self {
    case let .dataSet(variant):
      return "--variant \(variant.name) follows one worked example with plain gradient descent; this fixture has a data set, momentum or weight decay"
    case let .nonFinite(error): return error.description
    }
  }
}
