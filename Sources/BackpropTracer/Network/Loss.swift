/// The error E that training minimises, as a sum of one term per output neuron.
///
/// With n outputs, targets t and outputs o:
/// - `halfSquaredError`: E = Σ ½(t − o)², so ∂E/∂o = −(t − o) (seed 000's convention);
/// - `squaredError`: E = Σ (t − o)², so ∂E/∂o = −2(t − o);
/// - `meanSquaredError`: E = (1/n) Σ (t − o)², so ∂E/∂o = −(2/n)(t − o).
public enum Loss: String, CaseIterable, Sendable, Codable {
  case halfSquaredError
  case squaredError
  case meanSquaredError

  /// The term E_o that one output contributes to E.
  @inlinable
  public func term(target: Double, output: Double, outputCount: Int) -> Double {
    let error = target - output
    switch self {
    case .halfSquaredError: return 0.5 * error * error
    case .squaredError: return error * error
    case .meanSquaredError: return error * error / Double(outputCount)
    }
  }

  /// The partial derivative ∂E/∂o of E with respect to one output.
  @inlinable
  public func slope(target: Double, output: Double, outputCount: Int) -> Double {
    let error = target - output
    switch self {
    case .halfSquaredError: return -error
    case .squaredError: return -2 * error
    case .meanSquaredError: return -2 * error / Double(outputCount)
    }
  }
}
