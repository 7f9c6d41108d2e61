/// A ledger that runs the core again over a record (`TraceLayout`), entry by entry in its order,
/// with some values put in place of the computed ones: what a replay, a hand computation, a
/// student's follow-through and a common mistake (`Variant`) are computed with.
///
/// It keeps one value per entry (`values`), starting from `starting` (the recorded ones, or
/// whatever the caller puts there). Each value the core notes is
/// - for a given value (an input, a parameter) or one of repeated steps: the starting one, which
///   the core then goes on with (so the core may run on blank examples);
/// - for an entry fixed from outside (an answer): the answer, while `computed` keeps what the
///   core computed for it from the values before it;
/// - otherwise the computed value, `rounding` applied when given.
///
/// Branches a value decides are taken as the record took them, so the replay has the record's
/// shape. Under `Variant.updatedOutputWeights` it answers the updated weights from its values.
struct ReplayingLedger: Ledger {
  let layout: TraceLayout
  let variant: Variant?
  /// One value per entry: the starting ones, each replaced as the core notes it.
  private(set) var values: [Double]
  /// What the core computed for each entry from the values before it (the starting value of a
  /// given one); empty unless asked for.
  private(set) var computed: [Double]
  private let fixed: [Bool]
  private let rounding: ((Double) -> Double)?
  private var position = 0, branch = 0

  /// A replay of `layout` from `starting` values (one per entry), with `answers` (by position)
  /// fixed in place of theirs. With `recording`, `computed` holds what each entry computes to.
  init(
    _ layout: TraceLayout, starting: [Double], fixing answers: [Int: Double] = [:], variant: Variant? = nil,
    rounding: ((Double) -> Double)? = nil, recording: Bool = false
  ) {
    precondition(starting.count == layout.count, "one value per entry")
    self.layout = layout
    self.variant = variant
    values = starting
    computed = recording ? starting : []
    var fixed = Array(repeating: false, count: layout.count)
    for (position, answer) in answers {
      values[position] = answer
      fixed[position] = true
    }
    self.fixed = fixed
    self.rounding = rounding
  }

  mutating func enter(_ scope: KeyScope) {}

  mutating func begin(_ section: @autoclosure () -> TraceSection.Kind) {}

  mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double {
    precondition(position < layout.count, "the replay notes no more values than its record has")
    defer { position += 1 }
    switch layout.derivations[position] {
    case .given, .repeatedSteps: return values[position]
    default: break
    }
    if !computed.isEmpty { computed[position] = value }
    guard !fixed[position] else { return values[position] }
    values[position] = rounding.map { $0(value) } ?? value
    return values[position]
  }

  mutating func follows(_ condition: Bool) -> Bool {
    precondition(branch < layout.branches.count, "the replay takes no more branches than its record")
    defer { branch += 1 }
    return layout.branches[branch]
  }

  /// The parameter at `key` after this step's update, from the values so far: an answer given
  /// for it, or what its update computes now (`Backpropagation.descent`,
  /// `TrainingStep.momentumStep`). Nil for a frozen parameter, and within an example of a data
  /// set, whose parameters are updated only after the batch.
  func valueAfterUpdate(of key: TraceKey) -> Double? {
    guard case .netSlopeOut = layout.quantities[position],
      let at = layout.position(of: key), case let .parameter(name) = layout.quantities[at],
      let updated = layout.position(of: Quantity.updated(name).key)
    else { return nil }
    if fixed[updated] { return values[updated] }
    func value(_ key: TraceKey) -> Double { layout.position(of: key).map { values[$0] } ?? .nan }
    switch layout.derivations[updated] {
    case let .update(parameter, gradient, rate):
      return Backpropagation.descent(value(parameter), learningRate: value(rate), gradient: value(gradient))
    case let .momentumStep(parameter, velocity, rate, averaged):
      return TrainingStep.momentumStep(value(parameter), velocity: value(velocity), learningRate: value(rate), averaged: averaged)
    default:
      return nil
    }
  }

  /// True once the core has noted every entry.
  var isComplete: Bool { position == layout.count }
}
