/// How a recorded value was obtained, in the terms a lecture writes on the board.
///
/// Every case names the keys of the values it was computed from, so a renderer can print the
/// formula, then the numbers substituted, then the result, without doing any calculus itself.
package enum Derivation: Equatable, Sendable {
  /// From the fixture: an input, a target, a parameter, the learning rate.
  case given
  /// net = b + Σ wᵢ·xᵢ; `weights[i]` multiplies `inputs[i]`; no bias when `bias` is nil.
  case weightedSum(weights: [TraceKey], inputs: [TraceKey], bias: TraceKey?)
  /// out = g(net).
  case activation(Activation, of: TraceKey)
  /// ∂out/∂net = g′(net), written in terms of out where the lecture does (σ: out·(1 − out)).
  case activationSlope(Activation, net: TraceKey, out: TraceKey)
  /// out_j of a softmax layer: e^{net_j} / Σ_k e^{net_k} over `over` (computed with the largest
  /// net subtracted, which changes nothing but the risk of overflow).
  case softmax(of: TraceKey, over: [TraceKey])
  /// log Σ_k e^{net_k} over the listed net inputs, computed as m + log Σ_k e^{net_k − m}.
  case logSumExp([TraceKey])
  /// ∂out_i/∂net_j of a softmax layer: out_i(1 − out_i) when i = j, else −out_i·out_j.
  case softmaxSlope(outI: TraceKey, outJ: TraceKey, sameNeuron: Bool)
  /// One output's error term, e.g. ½(t − o)²; `outputCount` is the n of the mean squared error;
  /// the cross-entropies are computed from `net` (and `logSumExp` for the categorical one).
  case errorTerm(Loss, target: TraceKey, output: TraceKey, net: TraceKey, logSumExp: TraceKey?, outputCount: Int)
  /// ∂E/∂o for an output, e.g. −(t − o).
  case errorSlope(Loss, target: TraceKey, output: TraceKey, outputCount: Int)
  /// Σᵢ aᵢ·bᵢ over the pairs of `factors` and `slopes`, in order: a softmax neuron's δ_j as
  /// Σᵢ ∂E/∂out_i · ∂out_i/∂net_j.
  case jacobianChain(factors: [TraceKey], slopes: [TraceKey])
  /// δ = o − t: the simplified delta of cross-entropy with its matching output activation.
  case outputMinusTarget(output: TraceKey, target: TraceKey)
  /// −a: the error term Err = −δ.
  case negation(TraceKey)
  /// a − b: the perceptron's error t − y, the error e = t − o.
  case difference(TraceKey, TraceKey)
  /// The perceptron rule for one parameter: p + η·err·x, or p + η·err for a bias (`input` nil).
  case perceptronUpdate(TraceKey, learningRate: TraceKey, error: TraceKey, input: TraceKey?)
  /// How many of the listed values are not 0: the misclassified examples of an epoch.
  case countNonZero([TraceKey])
  /// The sum of the listed values, in order (a total error, a sum over paths).
  case sum([TraceKey])
  /// The mean of the listed values: their sum, in order, divided by their count.
  case mean([TraceKey])
  /// The product of the listed values, left to right: a chain rule.
  case product([TraceKey])
  /// Equal to another value: ∂net_o1/∂w5 = out_h1, ∂net_o1/∂out_h1 = w5.
  case copy(TraceKey)
  /// The constant 1: ∂net/∂b for a bias b.
  case one
  /// p_new = p − η·∂E/∂p.
  case update(TraceKey, gradient: TraceKey, learningRate: TraceKey)
  /// The new momentum of a parameter: v′ = μv − η·g, or with `averaged` v′ = μv + (1 − μ)·g.
  case velocity(previous: TraceKey, gradient: TraceKey, momentum: TraceKey, learningRate: TraceKey, averaged: Bool)
  /// The momentum step: p_new = p + v′, or with `averaged` p_new = p − η·v′.
  case momentumStep(TraceKey, velocity: TraceKey, learningRate: TraceKey, averaged: Bool)
  /// The weight-decay penalty λ/2 · Σ w² over the listed weights.
  case penalty(weights: [TraceKey], decay: TraceKey)
  /// The penalty's slope for one weight: λ·w.
  case penaltySlope(TraceKey, decay: TraceKey)
  /// Obtained by repeating the whole step `step` times (the values of the steps in between are
  /// not recorded).
  case repeatedSteps(Int)
}
