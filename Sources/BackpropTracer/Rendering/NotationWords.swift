/// The nouns a notation's prose uses, as its source writes them: Mazur's neurons and weights,
/// Ng's units and parameters, Grosse's error signals, the δ notation's nodes and
/// sensitivities.
package struct NotationWords: Sendable {
  /// A neuron: `neuron`, `unit`, `node`.
  package let neuron: String
  /// A weight: `weight`, `parameter`.
  package let weight: String
  /// The error's slope with respect to a net input (δ): `node delta`, `error signal`,
  /// `sensitivity`.
  package let errorSignal: String
}

extension String {
  /// The string with its first letter in capitals: `Unit`.
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
