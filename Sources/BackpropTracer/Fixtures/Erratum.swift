/// A value a book printed wrongly, recorded in a fixture with its correction, so `check` can
/// report it as a known slip instead of failing.
package struct Erratum: Equatable, Sendable {
  /// The key of the value.
  package let key: TraceKey
  /// The value as the book printed it.
  package let printed: PrintedNumber
  /// The correct value, at the precision the fixture gives.
  package let correct: PrintedNumber
  /// What the slip is; "" when the fixture says nothing.
  package let note: String

  /// Creates an erratum.
  package init(key: TraceKey, printed: PrintedNumber, correct: PrintedNumber, note: String) {
    self.key = key
    self.printed = printed
    self.correct = correct
    self.note = note
  }
}
