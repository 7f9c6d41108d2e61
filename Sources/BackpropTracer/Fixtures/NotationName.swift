/// The name of a lecture notation, as a fixture (`"notation"`) and `--notation` give it: which
/// notation, not how it writes anything. Rendering resolves it to its `NotationPreset`.
package enum NotationName: String, CaseIterable, Sendable {
  /// M. Mazur's net/out and the network's own names (seed 000).
  case mazur
  /// A. Ng's z, a, W, b with layer superscripts.
  case ng
  /// Goodfellow, Bengio and Courville's h = g(Wᵀx + c).
  case goodfellow
  /// R. Grosse's bars for error signals.
  case grosse
  /// The δ notation of many textbooks.
  case delta
}
