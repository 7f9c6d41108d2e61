/// What the core (`Backpropagation`) hands every value to as it computes it.
///
/// A ledger receives each value with what it is and how it was obtained, and returns the value
/// the core carries on with. The descriptions are autoclosures: a ledger that keeps only values
/// (`ValueLedger`) never evaluates them, so once the generic core is specialised it pays for
/// neither the quantity nor the derivation. A ledger that lays out a trace (`LayoutLedger`)
/// keeps them. A ledger may return a value other than the one it was given (an answer put in
/// place of the computed one, a value rounded as a student would: `ReplayingLedger`); the core
/// then computes everything after it from that value.
///
/// A ledger that replays a record may also ask for a deviation (`variant`): the core then
/// computes the step with that common mistake, at the places each `Variant` names.
protocol Ledger {
  /// The values noted after this belong to `scope`'s example (and epoch): their quantities are
  /// scoped by it, as the keys in their derivations are.
  mutating func enter(_ scope: KeyScope)
  /// Starts a section of the record; the previous one ends where this one starts.
  mutating func begin(_ section: @autoclosure () -> TraceSection.Kind)
  /// Notes `value` as `quantity`, obtained by `derivation`, and returns the value to go on with.
  mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double
  /// Whether the core takes a branch that a value decides (`condition`): the perceptron rule
  /// updates only after a mistake and stops at an epoch without one. A ledger that replays a
  /// record answers as the record did, so that the replay keeps the record's shape.
  mutating func follows(_ condition: Bool) -> Bool
  /// The mistake the step is computed with, or nil for the correct step.
  var variant: Variant? { get }
  /// For `Variant.updatedOutputWeights`: the value the parameter at `key` has after this step's
  /// update, as its update computes it from the values so far; nil when it is not updated.
  mutating func valueAfterUpdate(of key: TraceKey) -> Double?
}

extension Ledger {
  @inline(__always) mutating func follows(_ condition: Bool) -> Bool { condition }
  @inline(__always) var variant: Variant? { nil }
  mutating func valueAfterUpdate(of key: TraceKey) -> Double? { nil }
}

/// A ledger that keeps nothing: the core's arithmetic alone.
struct DiscardingLedger: Ledger {
  @inline(__always) mutating func enter(_ scope: KeyScope) {}
  @inline(__always) mutating func begin(_ section: @autoclosure () -> TraceSection.Kind) {}
  @inline(__always) mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double { value }
}
