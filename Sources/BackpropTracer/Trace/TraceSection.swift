/// A run of consecutive entries about one thing — a neuron's forward pass, one parameter's
/// gradient — so that renderers can give each its own heading and block.
public struct TraceSection: Equatable, Sendable {
  /// What the entries of a section are about.
  public enum Kind: Equatable, Sendable {
    /// Inputs, targets, parameters and the learning rate.
    case given
    /// net and out of one neuron.
    case forward(neuron: Int)
    /// The error terms and the total error.
    case error
    /// ∂E/∂out (with its terms through each consumer, for a hidden neuron), ∂out/∂net and δ.
    case delta(neuron: Int)
    /// ∂net/∂p and ∂E/∂p (or its share) for one use of parameter `parameter` in `neuron`.
    case gradient(parameter: Int, neuron: Int)
    /// The gradient of a parameter used in several places: the sum of its shares.
    case sharedGradient(parameter: Int)
    /// The new value of every trainable parameter.
    case update
    /// The total error after each step of a run of several, and the parameters after the last.
    case training
  }

  /// What the entries are about.
  public let kind: Kind
  /// The entries, as positions in the trace.
  public let entries: Range<Int>

  /// Creates a section.
  public init(kind: Kind, entries: Range<Int>) {
    self.kind = kind
    self.entries = entries
  }
}
