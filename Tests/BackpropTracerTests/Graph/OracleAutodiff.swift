#if canImport(_Differentiation)
  import _Differentiation
  import Foundation

  /// The same function as the graph engine computes, as Swift's reverse-mode automatic
  /// differentiation sees it: an interpreter over ``OracleExpression`` marked differentiable
  /// with respect to the input vector. Foundation's exp, log, sin, cos, tanh and pow carry
  /// registered derivatives; ReLU is a branch.
  @differentiable(reverse)
  func autodiffValue(_ e: OracleExpression, _ xs: [Double]) -> Double {
    switch e {
    case .input(let i): return xs[i]
    case .constant(let c): return c
    case .negate(let u): return -autodiffValue(u, xs)
    case .add(let u, let w): return autodiffValue(u, xs) + autodiffValue(w, xs)
    case .subtract(let u, let w): return autodiffValue(u, xs) - autodiffValue(w, xs)
    case .multiply(let u, let w): return autodiffValue(u, xs) * autodiffValue(w, xs)
    case .divide(let u, let w): return autodiffValue(u, xs) / autodiffValue(w, xs)
    case .power(let u, let c): return Foundation.pow(autodiffValue(u, xs), c)
    case .generalPower(let u, let w): return Foundation.pow(autodiffValue(u, xs), autodiffValue(w, xs))
    case .function(let f, let u):
      let a = autodiffValue(u, xs)
      switch f {
      case "exp": return Foundation.exp(a)
      case "log": return Foundation.log(a)
      case "sin": return Foundation.sin(a)
      case "cos": return Foundation.cos(a)
      case "tanh": return Foundation.tanh(a)
      case "sigma", "sigmoid": return 1 / (1 + Foundation.exp(-a))
      default: return a > 0 ? a : 0
      }
    }
  }

  /// ∂f/∂xᵢ for each input by `valueWithGradient(at:of:)`. An all-zero gradient may come back
  /// as an empty vector, so missing entries read as 0.
  func autodiffGradient(_ e: OracleExpression, at xs: [Double]) -> (value: Double, gradient: [Double]) {
    let (value, tangent) = valueWithGradient(at: xs) { xs in autodiffValue(e, xs) }
    let components = tangent.base
    return (value, xs.indices.map { $0 < components.count ? components[$0] : 0 })
  }
#endif
