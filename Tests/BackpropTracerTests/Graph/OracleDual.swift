import Foundation

/// Forward-mode dual numbers v + d·ε, written for the test: an oracle independent of the
/// library that also decides where a sample is too close to being undefined to compare.
struct OracleDual {
  var value: Double
  var derivative: Double

  /// The value and the derivative along input `direction`; nil when the function is undefined
  /// or too close to undefined (log or a real power of a number near 0 or below, division by
  /// nearly 0, a ReLU argument at its kink, or anything larger than 10⁶).
  static func evaluate(_ e: OracleExpression, _ xs: [Double], direction: Int) -> OracleDual? {
    func ev(_ u: OracleExpression) -> OracleDual? { evaluate(u, xs, direction: direction) }
    let result: OracleDual
    switch e {
    case .input(let i): result = OracleDual(value: xs[i], derivative: i == direction ? 1 : 0)
    case .constant(let c): result = OracleDual(value: c, derivative: 0)
    case .negate(let u):
      guard let u = ev(u) else { return nil }
      result = OracleDual(value: -u.value, derivative: -u.derivative)
    case .add(let u, let w), .subtract(let u, let w), .multiply(let u, let w), .divide(let u, let w):
      guard let a = ev(u), let b = ev(w) else { return nil }
      switch e {
      case .add: result = OracleDual(value: a.value + b.value, derivative: a.derivative + b.derivative)
      case .subtract: result = OracleDual(value: a.value - b.value, derivative: a.derivative - b.derivative)
      case .multiply: result = OracleDual(value: a.value * b.value, derivative: a.derivative * b.value + a.value * b.derivative)
      default:
        guard abs(b.value) > 1e-2 else { return nil }
        result = OracleDual(
          value: a.value / b.value, derivative: (a.derivative * b.value - a.value * b.derivative) / (b.value * b.value))
      }
    case .power(let u, let c):
      guard let a = ev(u) else { return nil }
      if c != c.rounded() { guard a.value > 1e-3 else { return nil } }
      if c < 0 { guard abs(a.value) > 1e-2 else { return nil } }
      result = OracleDual(value: pow(a.value, c), derivative: c * pow(a.value, c - 1) * a.derivative)
    case .generalPower(let u, let w):
      guard let a = ev(u), let b = ev(w), a.value > 1e-3 else { return nil }
      let value = pow(a.value, b.value)
      result = OracleDual(value: value, derivative: value * (b.derivative * log(a.value) + b.value * a.derivative / a.value))
    case .function(let f, let u):
      guard let a = ev(u) else { return nil }
      let (value, slope): (Double, Double)
      switch f {
      case "exp": (value, slope) = (exp(a.value), exp(a.value))
      case "log":
        guard a.value > 1e-3 else { return nil }
        (value, slope) = (log(a.value), 1 / a.value)
      case "sin": (value, slope) = (sin(a.value), cos(a.value))
      case "cos": (value, slope) = (cos(a.value), -sin(a.value))
      case "tanh": (value, slope) = (tanh(a.value), 1 - tanh(a.value) * tanh(a.value))
      case "sigma", "sigmoid":
        let s = 1 / (1 + exp(-a.value))
        (value, slope) = (s, s * (1 - s))
      default:
        guard abs(a.value) > 1e-6 else { return nil }
        (value, slope) = a.value > 0 ? (a.value, 1) : (0, 0)
      }
      result = OracleDual(value: value, derivative: slope * a.derivative)
    }
    guard abs(result.value) < 1e6, abs(result.derivative) < 1e6 else { return nil }
    return result
  }
}
