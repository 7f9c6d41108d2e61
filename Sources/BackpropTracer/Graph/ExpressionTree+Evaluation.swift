import Foundation

/// Why a value is undefined, in words for a message ("division by zero").
struct UndefinedValue: Error, Equatable {
  var reason: String
}

extension ExpressionOperator {
  /// `a op b`, or the reason it is undefined. Never returns NaN or an infinity.
  func apply(_ a: Double, _ b: Double) throws(UndefinedValue) -> Double {
    let result: Double
    switch self {
    case .add: result = a + b
    case .subtract: result = a - b
    case .multiply: result = a * b
    case .divide:
      guard b != 0 else { throw UndefinedValue(reason: "division by zero") }
      result = a / b
    case .power:
      if a < 0, b != b.rounded() {
        throw UndefinedValue(reason: "a negative number (\(ExpressionPrinter.plain(a))) to a non-integer power")
      }
      if a == 0, b < 0 { throw UndefinedValue(reason: "0 to a negative power") }
      result = Foundation.pow(a, b)
    }
    return try finite(result)
  }

  /// ∂(a op b)/∂a and ∂(a op b)/∂b at `a`, `b`, where `result` is `a op b`.
  /// ∂(aᵇ)/∂b = aᵇ·log a is NaN for a ≤ 0 with aᵇ ≠ 0; callers ask only when b is a node.
  func partials(_ a: Double, _ b: Double, result: Double) -> (left: Double, right: Double) {
    switch self {
    case .add: return (1, 1)
    case .subtract: return (1, -1)
    case .multiply: return (b, a)
    case .divide: return (1 / b, -a / (b * b))
    case .power:
      let left = b == 0 ? 0 : b * Foundation.pow(a, b - 1)
      let right = result == 0 ? 0 : result * Foundation.log(a)
      return (left, right)
    }
  }
}

extension ExpressionFunction {
  /// The function at `u`, or the reason it is undefined. Never returns NaN or an infinity.
  func apply(_ u: Double) throws(UndefinedValue) -> Double {
    switch self {
    case .exp: return try finite(Foundation.exp(u))
    case .log:
      guard u > 0 else { throw UndefinedValue(reason: "log of a non-positive number (\(ExpressionPrinter.plain(u)))") }
      return Foundation.log(u)
    case .sin: return Foundation.sin(u)
    case .cos: return Foundation.cos(u)
    case .tanh: return Foundation.tanh(u)
    case .sigma: return u >= 0 ? 1 / (1 + Foundation.exp(-u)) : Foundation.exp(u) / (1 + Foundation.exp(u))
    case .relu: return u > 0 ? u : 0
    case .step: return u > 0 ? 1 : 0
    }
  }

  /// The derivative at `u`, where `result` is the function's value at `u`:
  /// exp′ = exp, log′ = 1/u, sin′ = cos, cos′ = −sin, tanh′ = 1 − tanh², σ′ = σ(1 − σ),
  /// relu′ = I[u > 0] (0 at the kink), step′ = 0.
  func derivative(at u: Double, result: Double) -> Double {
    switch self {
    case .exp: return result
    case .log: return 1 / u
    case .sin: return Foundation.cos(u)
    case .cos: return -Foundation.sin(u)
    case .tanh: return 1 - result * result
    case .sigma: return result * (1 - result)
    case .relu: return u > 0 ? 1 : 0
    case .step: return 0
    }
  }
}

/// `value`, or an ``UndefinedValue`` when it is NaN or infinite.
func finite(_ value: Double) throws(UndefinedValue) -> Double {
  if value.isNaN { throw UndefinedValue(reason: "the result is not a number") }
  if value.isInfinite { throw UndefinedValue(reason: "the result is too large") }
  return value
}

extension ExpressionTree {
  /// The tree's value with each name looked up in `environment`; nil when a name is missing
  /// or the value is undefined (division by zero, log of a non-positive number, overflow).
  package func value(in environment: [String: Double]) -> Double? {
    try? evaluate { environment[$0] }
  }

  /// The tree's value, or the reason it is undefined. `lookup` returns nil for an unknown name.
  /// Operands are evaluated left to right, so the first undefined part is the one reported.
  func evaluate(_ lookup: (String) -> Double?) throws(UndefinedValue) -> Double {
    try fold { (tree, operands) throws(UndefinedValue) -> Double in
      switch tree {
      case let .number(value): return value
      case let .name(name):
        guard let value = lookup(name) else { throw UndefinedValue(reason: "'\(name)' has no value") }
        return value
      case .negate: return -operands.left
      case let .call(function, _): return try function.apply(operands.left)
      case let .binary(op, _, _): return try op.apply(operands.left, operands.right)
      }
    }
  }
}
