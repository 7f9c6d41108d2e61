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

  /// How the Jacobian follows from the definition, by the quotient rule, in the symbols passed
  /// in: with S the sum of the layer's `count` exponentials (`net(k)` the k-th net input),
  /// out = e^{net}/S, ∂out/∂net = out(1 − out) and, for `other` (another output of the layer, its
  /// net input and the symbol of its slope with respect to `net`), ∂out_k/∂net = −out_k out:
  /// the formulas `slopeFormula(outI:outJ:sameNeuron:)` writes.
  static func jacobianDerivation(
    net: MathFormula, out: MathFormula, slope: MathFormula,
    other: (out: MathFormula, net: MathFormula, slope: MathFormula)?, count: Int, nets: (Int) -> MathFormula
  ) -> LineDerivation {
    let sum = MathFormula.symbol(MathSymbol(.italic("S")).expression)
    let power = MathFormula.exponential(net.factor), share = MathFormula.fraction(power, sum)
    var lines = [
      LineDerivation.Line(symbol: sum, steps: [.sum(count) { .exponential(nets($0).factor) }]),
      LineDerivation.Line(symbol: out, steps: [share]),
      LineDerivation.Line(symbol: slope, steps: [
        .derivative(of: share, by: net),
        .fraction(.difference(.juxtaposed([power, sum]), .juxtaposed([power, power])), .power(sum, 2)),
        .product([share, .parenthesized(.oneMinus(share))]),
        slopeFormula(outI: out, outJ: out, sameNeuron: true),
      ]),
    ]
    if let other {
      let otherShare = MathFormula.fraction(.exponential(other.net.factor), sum)
      lines.append(LineDerivation.Line(symbol: other.slope, steps: [
        .derivative(of: otherShare, by: net),
        .negative(.fraction(.juxtaposed([.exponential(other.net.factor), power]), .power(sum, 2))),
        .product([.negative(otherShare), share]),
        slopeFormula(outI: other.out, outJ: out, sameNeuron: false),
      ]))
    }
    return LineDerivation(
      lead: "Why the softmax's slopes are an output times one minus itself, and minus the product of two outputs: call the sum of the layer's exponentials S, so that each output is its own exponential over S, and differentiate by the quotient rule. S depends on every net input of the layer (its slope with respect to one is that net input's exponential), so an output's slope with respect to its own net input has two terms, and with respect to another output's net input only the one from S. Each exponential over S is an output.",
      lines: lines)
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
