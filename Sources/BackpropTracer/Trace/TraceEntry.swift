/// One line of the record: what was computed, the value the engine used, and how.
public struct TraceEntry: Equatable, Sendable {
  /// What the value is.
  public let quantity: Quantity
  /// The stable key of `quantity`.
  public let key: TraceKey
  /// The value exactly as the engine computed and used it.
  public let value: Double
  /// How the value was obtained.
  public let derivation: Derivation

  /// Creates an entry.
  public init(quantity: Quantity, key: TraceKey, value: Double, derivation: Derivation) {
    self.quantity = quantity
    self.key = key
    self.value = value
    self.derivation = derivation
  }
}
