extension Network {
  /// A forward pass over every example with the given weights, without error, gradient or
  /// update: what a lecture shows for a network whose weights solve a task (the XOR networks of
  /// seeds 001 and 002).
  ///
  /// Every per-example key carries `_exK`. With `showsTargets`, each example's targets are
  /// recorded too (as the outputs the network should give); the error is never computed into the
  /// record.
  /// - Complexity: O(examples × connections).
  package func evaluate(
    _ examples: [Example], showsTargets: Bool = false, title: String = "", source: String = ""
  ) throws(NonFiniteValueError) -> Trace {
    var ledger = LayoutLedger()
    Self.evaluate(self, examples, showsTargets: showsTargets, into: &ledger)
    let layout = ledger.layout(of: .evaluation(examples: examples.count, showsTargets: showsTargets))
    try NonFiniteValueError.check(ledger.values, layout: layout)
    return Trace(title: title, source: source, network: self, steps: 0, layout: layout, values: ledger.values)
  }

  /// The evaluation of `examples` through the core, noted into `ledger`.
  static func evaluate<L: Ledger>(_ network: Network, _ examples: [Example], showsTargets: Bool, into ledger: inout L) {
    var core = Backpropagation(network, sharing: ParameterSharing(network), parameters: network.initialParameterValues)
    ledger.enter(core.key)
    ledger.begin(.given)
    core.noteGiven(learningRate: false, into: &ledger)
    for (position, example) in examples.enumerated() {
      core.key = KeyScope(network, example: position + 1)
      ledger.enter(core.key)
      core.noteExample(example, targets: showsTargets, into: &ledger)
      core.forwardPass(into: &ledger)
    }
  }
}
