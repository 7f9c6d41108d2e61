extension Fixture {
  /// Checks each parameter's backpropagated gradient `dE_dNAME` of the first step against a
  /// central difference of the error of the first batch (seed 003's gradient check), with
  /// step `h`; `input` of each result names the parameter. Parameters in parameter order;
  /// those the trace records no gradient for (none, at present) are left out.
  ///
  /// The estimate's error is O(h²) plus rounding of order ε/h; near a kink (ReLU at 0, the
  /// step) the two legitimately disagree. Weight decay is not part of the error differentiated.
  ///
  /// - Throws: `NonFiniteValueError` when the trace overflows.
  package func gradientCheck(step h: Double = 1e-6) throws(NonFiniteValueError) -> [GraphGradientCheck] {
    let trace = try record(steps: 1)
    let batch = BatchSchedule(exampleCount: examples.count, plan: plan).firstBatch.map { examples[$0] }
    let point = network.initialParameterValues
    return network.parameters.enumerated().compactMap { p, parameter in
      guard let gradient = trace[TraceKey("dE_d" + parameter.name)] else { return nil }
      var above = point, below = point
      above[p] += h
      below[p] -= h
      let slope = (network.dataSetError(on: batch, parameters: above, reduction: plan.reduction)
        - network.dataSetError(on: batch, parameters: below, reduction: plan.reduction)) / (2 * h)
      return GraphGradientCheck(
        input: parameter.name, backprop: gradient, centralDifference: slope,
        relativeError: GraphGradientCheck.relativeError(gradient, slope))
    }
  }
}
