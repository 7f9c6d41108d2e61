import Foundation

/// A layer's activation function g: out = g(net).
///
/// All but `softmax` act on each neuron alone. `softmax` acts on the whole layer,
/// outᵢ = e^{netᵢ} / Σⱼ e^{netⱼ}, and its slope is the Jacobian ∂outᵢ/∂netⱼ = outᵢ(δᵢⱼ − outⱼ).
public enum Activation: Equatable, Hashable, Sendable {
  /// σ(net) = 1 / (1 + e^(−net)).
  case sigmoid
  /// tanh(net).
  case tanh
  /// ReLU(net) = max(0, net).
  case relu
  /// max(α·net, net) for a small α > 0 (the negative slope).
  case leakyRelu(negativeSlope: Double)
  /// identity(net) = net: a linear unit.
  case identity
  /// The hard threshold (Heaviside step): 1 when net > 0, else 0. Its derivative is 0 wherever
  /// it exists (everywhere but 0), so no error signal flows back through it.
  case step
  /// The whole-layer normalised exponential.
  case softmax

  /// The fixture names of the activations, in the order messages list them.
  public static let names = ["sigmoid", "tanh", "relu", "leakyRelu", "identity", "step", "softmax"]

  /// The usual negative slope of a leaky ReLU when a fixture gives none (PyTorch's default).
  public static let defaultNegativeSlope = 0.01

  /// Every activation that acts on one neuron alone (leaky ReLU with the default slope).
  public static let elementwise: [Activation] = [
    .sigmoid, .tanh, .relu, .leakyRelu(negativeSlope: defaultNegativeSlope), .identity, .step,
  ]

  /// The activation a fixture names (`negativeSlope` applies to `leakyRelu`); nil for an
  /// unknown name.
  public init?(name: String, negativeSlope: Double = Activation.defaultNegativeSlope) {
    switch name {
    case "sigmoid": self = .sigmoid
    case "tanh": self = .tanh
    case "relu": self = .relu
    case "leakyRelu": self = .leakyRelu(negativeSlope: negativeSlope)
    case "identity": self = .identity
    case "step": self = .step
    case "softmax": self = .softmax
    default: return nil
    }
  }

  /// The fixture name.
  public var name: String {
    switch self {
    case .sigmoid: return "sigmoid"
    case .tanh: return "tanh"
    case .relu: return "relu"
    case .leakyRelu: return "leakyRelu"
    case .identity: return "identity"
    case .step: return "step"
    case .softmax: return "softmax"
    }
  }

  /// False for `softmax`, which needs the whole layer (see `softmax(_:)`).
  public var isElementwise: Bool { self != .softmax }

  /// The value g(net) of an elementwise activation (NaN for `softmax`, which the engine computes
  /// layer by layer).
  ///
  /// The sigmoid is 1 / (1 + e^(−net)), the textbook form; below net ≈ −709 e^(−net) overflows
  /// to +∞ and the result is exactly 0, never NaN.
  @inlinable
  public func value(at net: Double) -> Double {
    switch self {
    case .sigmoid: return 1 / (1 + exp(-net))
    case .tanh: return Foundation.tanh(net)
    case .relu: return net > 0 ? net : 0
    case let .leakyRelu(alpha): return net > 0 ? net : alpha * net
    case .identity: return net
    case .step: return net > 0 ? 1 : 0
    case .softmax: return .nan
    }
  }

  /// The slope ∂out/∂net of an elementwise activation, in the form lectures use.
  ///
  /// Sigmoid: out·(1 − out). Tanh: 1 − out². ReLU: 1 when net > 0, else 0 (the kink takes the
  /// left slope, as most libraries do); leaky ReLU likewise 1 or α. Identity: 1. Step: 0. NaN for
  /// `softmax`, whose slope is a Jacobian (`softmaxSlope`).
  @inlinable
  public func slope(net: Double, out: Double) -> Double {
    switch self {
    case .sigmoid: return out * (1 - out)
    case .tanh: return 1 - out * out
    case .relu: return net > 0 ? 1 : 0
    case let .leakyRelu(alpha): return net > 0 ? 1 : alpha
    case .identity: return 1
    case .step: return 0
    case .softmax: return .nan
    }
  }

  /// Writes the softmax of `count` net inputs into `outs`, computed stably as
  /// e^{netᵢ − m} / Σⱼ e^{netⱼ − m} with m the largest net, so no exponential overflows; returns
  /// log Σⱼ e^{netⱼ} = m + log Σⱼ e^{netⱼ − m}. Sums run in index order.
  @inlinable
  public static func softmax<Nets: RandomAccessCollection<Double>, Outs: MutableCollection<Double>>(
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
  public static func softmaxSlope(outI: Double, outJ: Double, sameNeuron: Bool) -> Double {
    sameNeuron ? outI * (1 - outI) : -(outI * outJ)
  }
}
