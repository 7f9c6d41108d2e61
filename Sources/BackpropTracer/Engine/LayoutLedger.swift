/// A ledger that writes down everything: each value with its scoped quantity and derivation, in
/// the order noted, the sections around them and the branches the core takes. It builds a
/// `TraceLayout` (a `Tracer` runs the core through it once) and keeps the values too (a run
/// traced only once: an evaluation, the perceptron rule).
///
/// A copy of this ledger writes into the same record (the core notes a loop's values through a
/// local copy).
struct LayoutLedger: Ledger {
  /// The record every copy writes into; only a ledger and its copies reach it, one at a time,
  /// so its accesses need no checks at run time.
  private final class Record {
    @exclusivity(unchecked) var quantities: [Quantity] = []
    @exclusivity(unchecked) var derivations: [Derivation] = []
    @exclusivity(unchecked) var values: [Double] = []
    @exclusivity(unchecked) var sections: [TraceSection] = []
    @exclusivity(unchecked) var branches: [Bool] = []
  }

  private let record = Record()
  private var open: (kind: TraceSection.Kind, start: Int, example: Int?)?
  private var scope: KeyScope?

  /// A ledger with room for `capacity` values (an estimate: more are taken in as they come).
  ///
  /// A large layout grown by doubling copies its arrays again and again, each time into memory
  /// touched for the first time.
  init(capacity: Int = 0) {
    record.quantities.reserveCapacity(capacity)
    record.derivations.reserveCapacity(capacity)
    record.values.reserveCapacity(capacity)
  }

  /// The values, in the order noted.
  var values: [Double] { record.values }

  mutating func enter(_ scope: KeyScope) { self.scope = scope }

  mutating func begin(_ section: @autoclosure () -> TraceSection.Kind) {
    close()
    open = (section(), record.quantities.count, scope?.example)
  }

  mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double {
    record.quantities.append(scope?.scoped(quantity()) ?? quantity())
    record.derivations.append(derivation())
    record.values.append(value)
    return value
  }

  /// Notes the branch the core takes, for a replay to take it too.
  mutating func follows(_ condition: Bool) -> Bool {
    record.branches.append(condition)
    return condition
  }

  /// The layout of everything noted, by `run` (which a replay repeats).
  mutating func layout(of run: TraceLayout.Run) -> TraceLayout {
    close()
    return TraceLayout(
      quantities: record.quantities, derivations: record.derivations, sections: record.sections, run: run,
      branches: record.branches)
  }

  private mutating func close() {
    guard let open else { return }
    record.sections.append(TraceSection(kind: open.kind, entries: open.start..<record.quantities.count, example: open.example))
    self.open = nil
  }
}
