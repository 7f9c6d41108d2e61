extension Activation {
  /// The name a lecture uses: `sigmoid`, `tanh`, `ReLU`, `leaky ReLU (α = 0.01)`, ….
  public var displayName: String {
    switch self {
    case .sigmoid: return "sigmoid"
    case .tanh: return "tanh"
    case .relu: return "ReLU"
    case let .leakyRelu(alpha): return "leaky ReLU with negative slope \(alpha)"
    case .identity: return "identity"
    case .step: return "step (hard threshold)"
    case .softmax: return "softmax"
    }
  }
}

extension Loss {
  /// The name a lecture uses: `half the sum of squared errors`.
  public var displayName: String {
    switch self {
    case .halfSquaredError: return "half the sum of squared errors"
    case .squaredError: return "the sum of squared errors (no factor 1/2)"
    case .meanSquaredError: return "the mean of the squared errors over the outputs"
    case .binaryCrossEntropy: return "binary cross-entropy"
    case .crossEntropy: return "categorical cross-entropy (negative log-likelihood)"
    }
  }
}
