/// A backpropagated gradient beside its central-difference estimate.
package struct GraphGradientCheck: Equatable, Sendable, Codable {
  /// The input.
  package var input: String
  /// ∂output/∂input from ``ComputationalGraph/backpropagate(inputs:)``.
  package var backprop: Double
  /// (f(x + h) − f(x − h)) / 2h, all other inputs held fixed.
  package var centralDifference: Double
  /// |backprop − centralDifference| / max(1, |backprop|, |centralDifference|).
  package var relativeError: Double

  /// |a − b| / max(1, |a|, |b|): absolute for small values, relative for large ones.
  package static func relativeError(_ a: Double, _ b: Double) -> Double {
    abs(a - b) / max(1, abs(a), abs(b))
  }
}

extension ComputationalGraph {
  /// Checks each input's backpropagated gradient against a central difference with step `h`
  /// (seed 003's gradient check). The estimate's error is O(h²) plus rounding of order ε/h;
  /// near a kink (ReLU at 0, the step) the two legitimately disagree.
  ///
  /// Throws when the graph is undefined at the inputs or at a nudged input (log near 0).
  /// - Complexity: 2 forward passes per input plus one backward pass.
  package func gradientCheck(step h: Double = 1e-6, inputs: [Double]? = nil) throws(GraphError) -> [GraphGradientCheck] {
    let point = inputs ?? inputValues
    let gradients = try inputGradients(inputs: point)
    return try inputIndices.map { (i: Int) throws(GraphError) -> GraphGradientCheck in
      var above = point, below = point
      above[i] += h
      below[i] -= h
      let slope = (try outputValue(inputs: above) - outputValue(inputs: below)) / (2 * h)
      return GraphGradientCheck(
        input: nodes[i].id, backprop: gradients[i], centralDifference: slope,
        relativeError: GraphGradientCheck.relativeError(gradients[i], slope))
    }
  }
}
