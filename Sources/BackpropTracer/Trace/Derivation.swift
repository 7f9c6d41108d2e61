/// How a recorded value was obtained, in the terms a lecture writes on the board.
///
/// Every case names the keys of the values it was computed from, so a renderer can print the
/// formula, then the numbers substituted, then the result, without doing any calculus itself.
public enum Derivation: Equatable, Sendable {
  /// From the fixture: an input, a target, a parameter, the learning rate.
  case given
  /// net = b + Σ wᵢ·xᵢ; `weights[i]` multiplies `inputs[i]`; no bias when `bias` is nil.
  case weightedSum(weights: [TraceKey], inputs: [TraceKey], bias: TraceKey?)
  /// out = g(net).
  case activation(Activation, of: TraceKey)
  /// ∂out/∂net = g′(net), written in terms of out where the lecture does (σ: out·(1 − out)).
  case activationSlope(Activation, net: TraceKey, out: TraceKey)
  /// One output's error term, e.g. ½(t − o)²; `outputCount` is the n of the mean squared error.
  case errorTerm(Loss, target: TraceKey, output: TraceKey, outputCount: Int)
  /// ∂E/∂o for an output, e.g. −(t − o).
  case errorSlope(Loss, target: TraceKey, output: TraceKey, outputCount: Int)
  /// The sum of the listed values, in order (a total error, a sum over paths).
  case sum([TraceKey])
  /// The product of the listed values, left to right: a chain rule.
  case product([TraceKey])
  /// Equal to another value: ∂net_o1/∂w5 = out_h1, ∂net_o1/∂out_h1 = w5.
  case copy(TraceKey)
  /// The constant 1: ∂net/∂b for a bias b.
  case one
  /// p_new = p − η·∂E/∂p.
  case update(TraceKey, gradient: TraceKey, learningRate: TraceKey)
  /// Obtained by repeating the whole step `step` times (the values of the steps in between are
  /// not recorded).
  case repeatedSteps(Int)
}
