import BackpropTracer
import Foundation

/// The test's own expression type, independent of the library's parser and tree.
indirect enum OracleExpression {
  case input(Int)
  case constant(Double)
  case negate(OracleExpression)
  case add(OracleExpression, OracleExpression)
  case subtract(OracleExpression, OracleExpression)
  case multiply(OracleExpression, OracleExpression)
  case divide(OracleExpression, OracleExpression)
  /// Base to a constant exponent.
  case power(OracleExpression, Double)
  /// Base to a variable exponent (base must be positive).
  case generalPower(OracleExpression, OracleExpression)
  case function(String, OracleExpression)
}

/// A random graph: inputs `a`, `b`, `c` (1–3 of them) and definitions `u1`, `u2`, … that use
/// the inputs and earlier definitions; the output is the last definition.
struct RandomGraph {
  var inputValues: [Double]
  /// Each definition's formula over symbols: inputs first, then earlier definitions.
  var definitions: [OracleExpression]

  static let functions = ["exp", "log", "sin", "cos", "tanh", "sigma", "sigmoid", "relu", "max"]

  var symbols: [String] { (0..<inputValues.count).map { ["a", "b", "c"][$0] } + (0..<definitions.count).map { "u\($0 + 1)" } }

  /// The formula text of each definition, fully parenthesized by the test's own printer.
  var lines: [String] {
    let names = symbols
    return definitions.enumerated().map { "u\($0.offset + 1) = \(Self.text($0.element, names))" }
  }

  /// Each definition as one expression over the inputs only, earlier definitions substituted.
  var inlinedDefinitions: [OracleExpression] {
    var expanded: [OracleExpression] = []
    for definition in definitions { expanded.append(Self.substitute(definition, inputs: inputValues.count, expanded)) }
    return expanded
  }

  /// The output (the last definition) as one expression over the inputs only.
  var inlined: OracleExpression { inlinedDefinitions[inlinedDefinitions.count - 1] }

  static func random(using rng: inout SplitMix64) -> RandomGraph {
    let inputs = Int.random(in: 1...3, using: &rng)
    let values = (0..<inputs).map { _ in (Double.random(in: -2...2, using: &rng) * 100).rounded() / 100 }
    var definitions: [OracleExpression] = []
    for _ in 0..<Int.random(in: 1...3, using: &rng) {
      definitions.append(expression(depth: 3, symbols: inputs + definitions.count, using: &rng))
    }
    return RandomGraph(inputValues: values, definitions: definitions)
  }

  static func expression(depth: Int, symbols: Int, using rng: inout SplitMix64) -> OracleExpression {
    if depth == 0 || Int.random(in: 0..<5, using: &rng) == 0 {
      return Int.random(in: 0..<4, using: &rng) == 0
        ? .constant([0.5, 1, 2, 3, 1.5].randomElement(using: &rng) ?? 1)
        : .input(Int.random(in: 0..<symbols, using: &rng))
    }
    func sub() -> OracleExpression { expression(depth: depth - 1, symbols: symbols, using: &rng) }
    switch Int.random(in: 0..<10, using: &rng) {
    case 0: return .add(sub(), sub())
    case 1: return .subtract(sub(), sub())
    case 2, 3: return .multiply(sub(), sub())
    case 4: return .divide(sub(), sub())
    case 5: return .power(sub(), [2, 3, 0.5, -1, 1.5].randomElement(using: &rng) ?? 2)
    case 6: return .generalPower(sub(), sub())
    case 7: return .negate(sub())
    default: return .function(functions.randomElement(using: &rng) ?? "exp", sub())
    }
  }

  static func text(_ e: OracleExpression, _ names: [String]) -> String {
    switch e {
    case .input(let i): return names[i]
    case .constant(let c): return "\(c)"
    case .negate(let u): return "(-\(text(u, names)))"
    case .add(let u, let w): return "(\(text(u, names)) + \(text(w, names)))"
    case .subtract(let u, let w): return "(\(text(u, names)) - \(text(w, names)))"
    case .multiply(let u, let w): return "(\(text(u, names)) * \(text(w, names)))"
    case .divide(let u, let w): return "(\(text(u, names)) / \(text(w, names)))"
    case .power(let u, let c): return "(\(text(u, names)))^(\(c))"
    case .generalPower(let u, let w): return "(\(text(u, names)))^(\(text(w, names)))"
    case .function("max", let u): return "max(0, \(text(u, names)))"
    case .function(let f, let u): return "\(f)(\(text(u, names)))"
    }
  }

  static func substitute(_ e: OracleExpression, inputs: Int, _ expanded: [OracleExpression]) -> OracleExpression {
    func s(_ u: OracleExpression) -> OracleExpression { substitute(u, inputs: inputs, expanded) }
    switch e {
    case .input(let i): return i < inputs ? e : expanded[i - inputs]
    case .constant: return e
    case .negate(let u): return .negate(s(u))
    case .add(let u, let w): return .add(s(u), s(w))
    case .subtract(let u, let w): return .subtract(s(u), s(w))
    case .multiply(let u, let w): return .multiply(s(u), s(w))
    case .divide(let u, let w): return .divide(s(u), s(w))
    case .power(let u, let c): return .power(s(u), c)
    case .generalPower(let u, let w): return .generalPower(s(u), s(w))
    case .function(let f, let u): return .function(f, s(u))
    }
  }
}
