extension Trace {
  /// The trace as it comes out when the step is computed with `variant`'s deviation, optionally
  /// with some values fixed from outside (a student's answers).
  ///
  /// The core runs the step again with the variant (see `Variant`), so the layout, and every
  /// key, is the same as this trace's. The whole run follows the variant: the error after each
  /// step and the parameters after the last are recomputed by repeating the deviating step — for
  /// plain gradient descent on one example (`followsLaterSteps`); otherwise they keep the recorded
  /// values. Overridden values are used as given, in the first step only. Values may come out
  /// non-finite; `deviating(_:)` checks them.
  /// - Complexity: O(steps × entries).
  package func replay(variant: Variant, overriding overrides: [TraceKey: Double] = [:]) -> Trace {
    run(variant, overriding: overrides)
  }

  /// `replay(variant:overriding:)`, where a nil variant is the trace's own step: the correct one
  /// (which reproduces the engine bit for bit) or the one its fixture declares; without
  /// `laterSteps` only the traced step is recomputed.
  func run(_ variant: Variant?, overriding overrides: [TraceKey: Double], laterSteps: Bool = true) -> Trace {
    let variant = variant ?? declaredVariant
    let answers = positions(of: overrides)
    var ledger = ReplayingLedger(layout, starting: startingValues(variant), fixing: answers, variant: variant)
    rerun(into: &ledger)
    var values = ledger.values
    if laterSteps, followsLaterSteps { fillLaterSteps(&values, variant: variant, fixed: Set(answers.keys)) }
    return replacing(values: values)
  }

  /// The recorded values as `variant` starts from them: each example's targets in reverse order
  /// for `targetsSwapped` (the one deviation made in the given values rather than in the core),
  /// unchanged otherwise (and when the trace's values were already computed with it).
  func startingValues(_ variant: Variant?) -> [Double] {
    var values = self.values
    guard variant == .targetsSwapped, declaredVariant != .targetsSwapped else { return values }
    var groups: [[Int]] = [], group: [Int: Int] = [:]  // the target positions of each example
    for (position, quantity) in layout.quantities.enumerated() {
      let example: Int
      switch quantity {
      case .target: example = 0
      case let .ofExample(.target, k): example = k
      default: continue
      }
      if group[example] == nil { (group[example], groups) = (groups.count, groups + [[]]) }
      groups[group[example] ?? 0].append(position)
    }
    for targets in groups {
      for (position, value) in zip(targets, targets.map { values[$0] }.reversed()) { values[position] = value }
    }
    return values
  }

  /// The trace of `variant`, titled as a deliberate deviation, for a lecturer to present.
  ///
  /// - Throws: `VariantError` for a fixture whose later steps a variant cannot follow (a data
  ///   set, momentum, weight decay) or a value that came out infinite or not a number.
  package func deviating(_ variant: Variant) throws(VariantError) -> Trace {
    guard followsLaterSteps else { throw .dataSet(variant) }
    let deviating = run(variant, overriding: [:])
    do { try NonFiniteValueError.check(deviating.values, layout: layout) } catch { throw .nonFinite(error) }
    return Trace(
      title: "\(title) (deliberate deviation: \(variant.name))", source: source, network: network, steps: steps,
      layout: layout, values: deviating.values)
  }

  /// The trace computed with `variant` because its fixture declares it (a book's undocumented
  /// convention): titled as the fixture is, its values are the variant's, and every replay of it
  /// (follow-through, a hand computation, `check`) follows the variant.
  ///
  /// - Throws: `NonFiniteValueError` for a value that came out infinite or not a number.
  package func declaring(_ variant: Variant) throws(NonFiniteValueError) -> Trace {
    let values = run(variant, overriding: [:]).values
    try NonFiniteValueError.check(values, layout: layout)
    return Trace(
      title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan,
      declaredVariant: variant)
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

  /// Repeats the step (with `variant`) `steps` times through the core from the values of the
  /// first, carrying each updated parameter into the next, and records the total error after
  /// each step and the parameters after the last (entries not in `fixed`).
  func fillLaterSteps(_ values: inout [Double], variant: Variant?, fixed: Set<Int>) {
    var errors: [(step: Int, position: Int)] = []
    var finals: [(position: Int, parameter: Int)] = []
    var carried: [(from: Int, to: Int)] = []  // each updated parameter into the next step
    func at(_ quantity: Quantity) -> Int? { layout.position(of: quantity.key) }
    for (position, quantity) in layout.quantities.enumerated() where !fixed.contains(position) {
      switch quantity {
      case let .totalErrorAfterStep(k): errors.append((k, position))
      case let .parameterAfterStep(name, _): if let parameter = at(.parameter(name)) { finals.append((position, parameter)) }
      default: continue
      }
    }
    for (position, quantity) in layout.quantities.enumerated() {
      if case let .updated(name) = quantity, let to = at(.parameter(name)) { carried.append((position, to)) }
    }
    guard let totalError = at(.totalError), !errors.isEmpty || !finals.isEmpty else { return }
    var state = values
    var errorAfter = [values[totalError]]
    for _ in 0..<steps {
      for (from, to) in carried { state[to] = state[from] }
      var ledger = ReplayingLedger(layout, starting: state, variant: variant)
      rerun(into: &ledger, firstStepOnly: true)
      state = ledger.values
      errorAfter.append(state[totalError])
    }
    for (k, position) in errors where errorAfter.indices.contains(k) { values[position] = errorAfter[k] }
    for (position, parameter) in finals { values[position] = state[parameter] }
    for (key, value) in forwardPassAfterTraining(values, variant: variant, fixed: fixed) {
      if let position = layout.position(of: key), !fixed.contains(position) { values[position] = value }
    }
  }

  /// The forward pass of the worked example with the parameters after the last step
  /// (`net_o1_after_stepN`, `out_o1_after_stepN`), as the core computes it under `variant` from
  /// `values`: the parameters after the step, the example's inputs, and the entries `fixed`
  /// (answers) kept as they are.
  private func forwardPassAfterTraining(_ values: [Double], variant: Variant?, fixed: Set<Int>) -> [(TraceKey, Double)] {
    func value(_ quantity: Quantity) -> Double? { layout.position(of: quantity.key).map { values[$0] } }
    let example = Example(
      inputs: network.inputNames.map { value(.input($0)) ?? 0 }, targets: network.outputLayer.neurons.map { _ in 0 })
    let parameters = network.parameters.map { value(.parameterAfterStep($0.name, steps)) ?? value(.parameter($0.name)) ?? 0 }
    var ledger = CollectingLedger(variant: variant)
    for position in fixed { ledger.answers[layout.keys[position]] = values[position] }
    AfterTrainingLedger.noteForwardPasses(
      network, examples: [example], numbered: false, parameters: parameters, steps: steps, into: &ledger)
    return ledger.noted
  }
}

/// A ledger that keeps each value under its key, in order: a few values computed apart from a
/// record, to be put into it. A value with an answer is the answer.
private struct CollectingLedger: Ledger {
  let variant: Variant?
  var answers: [TraceKey: Double] = [:]
  var noted: [(TraceKey, Double)] = []

  mutating func enter(_ scope: KeyScope) {}

  mutating func begin(_ section: @autoclosure () -> TraceSection.Kind) {}

  mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double {
    let key = quantity().key, kept = answers[key] ?? value
    noted.append((key, kept))
    return kept
  }
}

/// Why a variant's trace cannot be shown.
package enum VariantError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The fixture has a data set, momentum or weight decay: a variant follows one worked example
  /// with plain gradient descent only.
  case dataSet(Variant)
  /// A value came out infinite or not a number.
  case nonFinite(NonFiniteValueError)

  package var description: String {
    switch self {
    case let .dataSet(variant):
      return "--variant \(variant.name) follows one worked example with plain gradient descent; this fixture has a data set, momentum or weight decay"
    case let .nonFinite(error): return error.description
    }
  }
}
