@testable import BackpropTracer

/// Builds a graph from `name = value` inputs and `name = formula` lines.
func makeGraph(
  _ inputs: [(String, Double)], _ lines: [String], output: String? = nil
) throws -> ComputationalGraph {
  let definitions = try lines.map { line throws(GraphError) in try GraphDefinition.Definition(line: line) }
  return try ComputationalGraph(GraphDefinition(
    inputs: inputs.map { GraphDefinition.Input($0.0, $0.1) }, definitions: definitions, output: output))
}

/// The description of the error `body` throws, or nil when it throws none.
func graphErrorMessage(_ body: () throws -> Void) -> String? {
  do {
    try body()
    return nil
  } catch {
    return "\(error)"
  }
}

/// Seed 000: z = 5y⁴, y = x³ + 7.
func seed000(x: Double) throws -> ComputationalGraph {
  try makeGraph([("x", x)], ["y = x^3 + 7", "z = 5*y^4"])
}

/// Seed 002: f(x, y) = y + e^{xy}, x = cos t, y = t².
func seed002(t: Double) throws -> ComputationalGraph {
  try makeGraph([("t", t)], ["x = cos(t)", "y = t^2", "f = y + exp(x*y)"])
}

/// True when `a` and `b` agree to `tolerance`, relative to max(1, |a|, |b|).
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
  GraphGradientCheck.relativeError(a, b) <= tolerance
}
