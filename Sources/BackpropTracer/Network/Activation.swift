import Foundation

/// A neuron's activation function g, applied to its net input: out = g(net).
public enum Activation: String, CaseIterable, Sendable, Codable {
  /// σ(net) = 1 / (1 + e^(−net)).
  case sigmoid
  /// tanh(net) = (e^net − e^(−net)) / (e^net + e^(−net)).
  case tanh
  /// ReLU(net) = max(0, net).
  case relu
  /// identity(net) = net: a linear unit.
  case identity

  /// The activation's value g(net).
  ///
  /// The sigmoid is computed as 1 / (1 + e^(−net)), the textbook form; for net below about −709
  /// e^(−net) overflows to +∞ and the result is exactly 0, never NaN.
  @inlinable
  public func value(at net: Double) -> Double {
    switch self {
    case .sigmoid: return 1 / (1 + exp(-net))
    case .tanh: return Foundation.tanh(net)
    case .relu: return net > 0 ? net : 0
    case .identity: return net
    }
  }

  /// The slope ∂out/∂net, written in the form lectures use.
  ///
  /// Sigmoid: out·(1 − out). Tanh: 1 − out². ReLU: 1 when net > 0, else 0 (the kink at 0 takes
  /// the left slope 0, as most libraries do). Identity: 1.
  @inlinable
  public func slope(net: Double, out: Double) -> Double {
    switch self {
    case .sigmoid: return out * (1 - out)
    case .tanh: return 1 - out * out
    case .relu: return net > 0 ? 1 : 0
    case .identity: return 1
    }
  }
}
