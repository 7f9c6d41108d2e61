/// A run of consecutive entries about one thing — a neuron's forward pass, one parameter's
/// gradient — so that renderers can give each its own heading and block.
package struct TraceSection: Equatable, Sendable {
  /// What the entries of a section are about.
  package enum Kind: Equatable, Sendable {
    /// Parameters, the learning rate and the optimizer's settings and state.
    case given
    /// One example's inputs and targets.
    case example
    /// net and out of one neuron (net alone for a softmax neuron).
    case forward(neuron: Int)
    /// The outputs of a softmax layer, computed once all its net inputs are known.
    case softmax(layer: Int)
    /// The error terms and the total error of one example.
    case error
    /// ∂E/∂out of every neuron of a softmax layer, which each δ of the layer needs.
    case errorSlopes(layer: Int)
    /// ∂E/∂out (with its terms through each consumer, for a hidden neuron), ∂out/∂net (or a
    /// column of the softmax Jacobian) and δ.
    case delta(neuron: Int)
    /// The error signal of a neuron in other books' conventions: the error term Err = −δ, and
    /// for an output (of a loss with targets) the error e = t − o.
    case errorForms(neuron: Int)
    /// ∂E/∂x of every input unit x, once the first layer's δ are known.
    case inputGradients
    /// ∂net/∂p and ∂E/∂p (or its share) for one use of parameter `parameter` in `neuron`.
    case gradient(parameter: Int, neuron: Int)
    /// The gradient of a parameter used in several places: the sum of its shares.
    case sharedGradient(parameter: Int)
    /// The batch's error and gradients: the sum or mean over its examples.
    case batch
    /// The weight-decay penalty, the optimizer's steps and the new value of every trainable
    /// parameter.
    case update
    /// One visit of the perceptron rule: an example's net input, output, error and (when it is
    /// misclassified) the new parameters.
    case perceptronVisit(epoch: Int, example: Int)
    /// The mistakes of one epoch of the perceptron rule.
    case perceptronEpoch(epoch: Int)
    /// How the perceptron rule ended, and the parameters then.
    case perceptronResult(PerceptronOutcome)
    /// The error over the data set before training and after each step, and the parameters
    /// after the last of several steps.
    case training
  }

  /// What the entries are about.
  package let kind: Kind
  /// The entries, as positions in the trace.
  package let entries: Range<Int>
  /// The number (from 1) of the data-set example the entries belong to, or nil for entries of
  /// the whole step (and for every entry of a single worked example).
  package let example: Int?

  /// Creates a section.
  package init(kind: Kind, entries: Range<Int>, example: Int? = nil) {
    self.kind = kind
    self.entries = entries
    self.example = example
  }
}

/// How a run of the perceptron rule ended.
package enum PerceptronOutcome: Equatable, Sendable {
  /// An epoch without a mistake: every example is classified correctly.
  case converged(epoch: Int)
  /// The parameters at the end of `epoch` equal those at the end of `repeating`, so the rule
  /// will cycle for ever (the data are not linearly separable, as XOR).
  case cycles(epoch: Int, repeating: Int)
  /// The epoch limit came first.
  case stopped(epochs: Int)
}
