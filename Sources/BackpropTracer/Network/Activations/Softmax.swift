import Foundation

/// The softmax of a whole layer, outᵢ = e^{netᵢ} / Σₖ e^{netₖ}, whose slope is the Jacobian
/// ∂outᵢ/∂netⱼ = outᵢ(δᵢⱼ − outⱼ). The engine computes it layer by layer
/// (`Activation.softmax(_:from:count:into:at:)`, `Activation.softmaxSlope(outI:outJ:sameNeuron:)`),
/// and the derivations write it by the formulas here.
struct Softmax: ActivationDefinition {
  var name: String { "softmax" }
  var displayName: String { "softmax" }
  var targetRange: ClosedRange<Double>? { nil }
  var isElementwise: Bool { false }

  /// Not defined for one neuron alone: NaN.
  func value(_ net: Double) -> Double { .nan }

  /// A Jacobian, not one slope: NaN.
  func slope(net: Double, out: Double) -> Double { .nan }

  /// Not defined for one neuron alone (no entry is derived so): the net input itself.
  func formula(_ net: MathFormula) -> MathFormula { net }

  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? { nil }

  var explanation: ActivationExplanation {
    ActivationExplanation(conventions: [
      .math("\\mathrm{softmax}_{i} = e^{z_{i}} / \\sum_{k} e^{z_{k}}"),
      .text(" acts on a whole layer; its slope is the Jacobian "),
      .math("\\partial \\mathrm{softmax}_{i} / \\partial z_{j} = \\mathrm{softmax}_{i} (\\delta_{ij} - \\mathrm{softmax}_{j})"),
      .text(". It is computed with the largest net input subtracted first, which changes nothing but the risk of overflow."),
    ])
  }

  /// An exponential per net input, their sum, the quotient.
  func graphOperations(width: Int) -> Int { 2 * width + 1 }

  /// exp(netᵢ)/(exp(net₁) + … + exp(netₙ)).
  func graphFormula(_ net: String, layer: [String]) -> String {
    "exp(\(net))/(\(layer.map { "exp(\($0))" }.joined(separator: " + ")))"
  }

  /// out_j = `\frac{e^{net_j}}{e^{net_1} + … + e^{net_n}}` over the layer's `count` net inputs
  /// (`net(k)` the k-th).
  static func formula(_ net: MathFormula, count: Int, _ nets: (Int) -> MathFormula) -> MathFormula {
    .fraction(.exponential(net.factor), .sum(count) { .exponential(nets($0).factor) })
  }

  /// log Σₖ e^{netₖ} over `count` net inputs: `\log(e^{net_1} + … + e^{net_n})`.
  static func logSumExpFormula(count: Int, _ nets: (Int) -> MathFormula) -> MathFormula {
    .function(.log, [.sum(count) { .exponential(nets($0).factor) }])
  }

  /// ∂outᵢ/∂netⱼ: `out_i(1 - out_i)` when i = j, else `-out_i out_j`.
  static func slopeFormula(outI: MathFormula, outJ: MathFormula, sameNeuron: Bool) -> MathFormula {
    sameNeuron
      ? .juxtaposed([outI.factor, .parenthesized(.oneMinus(outI.factor))]) : .juxtaposed([.negative(outI.factor), outJ.factor])
  }
}

extension Activation {
  /// Writes the softmax of `count` net inputs into `outs`, computed stably as
  /// e^{netᵢ − m} / Σⱼ e^{netⱼ − m} with m the largest net, so no exponential overflows; returns
  /// log Σⱼ e^{netⱼ} = m + log Σⱼ e^{netⱼ − m}. Sums run in index order.
  @inlinable
  package static func softmax<Nets: RandomAccessCollection<Double>, Outs: MutableCollection<Double>>(
    _ nets: Nets, from first: Int, count: Int, into outs: inout Outs, at destination: Int
  ) -> Double where Nets.Index == Int, Outs.Index == Int {
    var largest = -Double.infinity
    for i in first..<(first + count) where nets[i] > largest { largest = nets[i] }
    var sum = 0.0
    for i in first..<(first + count) { sum += exp(nets[i] - largest) }
    for i in 0..<count { outs[destination + i] = exp(nets[first + i] - largest) / sum }
    return largest + log(sum)
  }

  /// One entry of the softmax Jacobian: ∂outᵢ/∂netⱼ = outᵢ(1 − outᵢ) when i = j, else −outᵢ·outⱼ.
  @inlinable
  package static func softmaxSlope(outI: Double, outJ: Double, sameNeuron: Bool) -> Double {
    sameNeuron ? outI * (1 - outI) : -(outI * outJ)
  }
}
