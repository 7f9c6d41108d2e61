/// One line of the record: what was computed, the value the engine used, and how.
public struct TraceEntry: Equatable, Sendable {
  /// What the value is.
  package let quantity: Quantity
  /// The stable key of `quantity`.
  public let key: TraceKey
  /// The value exactly as the engine computed and used it.
  public let value: Double
  /// How the value was obtained.
  package let derivation: Derivation

  /// Creates an entry.
  package init(quantity: Quantity, key: TraceKey, value: Double, derivation: Derivation) {
    self.quantity = quantity
    self.key = key
    self.value = value
    self.derivation = derivation
  }
}
