extension Activation {
  /// The name a lecture uses: `sigmoid`, `tanh`, `ReLU`, `identity`.
  public var displayName: String {
    switch self {
    case .sigmoid: return "sigmoid"
    case .tanh: return "tanh"
    case .relu: return "ReLU"
    case .identity: return "identity"
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
    }
  }

}
