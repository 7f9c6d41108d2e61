extension Network {
  /// A forward pass over every example with the given weights, without error, gradient or
  /// update: what a lecture shows for a network whose weights solve a task (the XOR networks of
  /// seeds 001 and 002).
  ///
  /// Every per-example key carries `_exK`. With `showsTargets`, each example's targets are
  /// recorded too (as the outputs the network should give); the error is never computed into the
  /// record.
  /// - Complexity: O(examples × connections).
  public func evaluate(
    _ examples: [Example], showsTargets: Bool = false, title: String = "", source: String = ""
  ) throws(NonFiniteValueError) -> Trace {
    var builder = LayoutBuilder(network: self, plan: .singleExample)
    builder.addParameters()
    for (position, _) in examples.enumerated() {
      let saved = builder.slots
      let start = builder.count
      builder.example = position + 1
      builder.addExample(includingTargets: showsTargets)
      builder.addForwardPass()
      if position == 0 {
        builder.slots.exampleStride = builder.count - start
      } else {
        builder.slots = saved
      }
    }
    let layout = builder.layout()
    let slots = builder.slots
    let (values, allFinite) = SlotRecorder.recording(slots, count: layout.count) { recorder in
      for (p, parameter) in parameters.enumerated() { recorder.store(slots.parameters[p], parameter.value) }
      let workspace = StepWorkspace(for: self), table = ExampleTable(examples, for: self)
      initialParameterValues.withUnsafeBufferPointer { parameterValues in
        for (position, example) in examples.enumerated() {
          recorder.recordGiven(example: position, example)
          _ = recordForwardPass(
            example: position, of: table, parameters: parameterValues, workspace: workspace, recorder: &recorder)
        }
      }
    }
    if !allFinite { try NonFiniteValueError.check(values, layout: layout) }
    return Trace(title: title, source: source, network: self, steps: 0, layout: layout, values: values)
  }
}
