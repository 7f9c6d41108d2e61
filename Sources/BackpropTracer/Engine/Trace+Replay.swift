extension Trace {
  /// Recomputes every entry from its derivation, in lecture order, optionally replacing some
  /// values and rounding each result before later entries use it.
  ///
  /// This is the arithmetic of the step written out entry by entry, in the engine's order of
  /// operations, so a replay without overrides or rounding reproduces the trace bit for bit.
  /// It serves two purposes:
  /// - follow-through marking: put a student's values in `overrides` and see what their later
  ///   answers should have been, given their own earlier ones;
  /// - hand computation: `rounding` (e.g. to 5 decimals) gives the numbers a student gets when
  ///   every intermediate is rounded before it is used.
  ///
  /// Entries obtained by repeating whole steps (`repeatedSteps`) cannot be replayed from the
  /// record and keep their recorded values.
  /// - Complexity: O(entries + references between them).
  public func replay(overriding overrides: [TraceKey: Double] = [:], rounding: ((Double) -> Double)? = nil) -> Trace {
    var values = self.values
    let layout = self.layout
    func value(_ key: TraceKey) -> Double {
      layout.position(of: key).map { values[$0] } ?? .nan
    }
    for position in 0..<layout.count {
      if let override = overrides[layout.keys[position]] {
        values[position] = override
        continue
      }
      let computed: Double
      switch layout.derivations[position] {
      case .given, .repeatedSteps:
        continue
      case let .weightedSum(weights, inputs, bias):
        var net = bias.map(value) ?? 0
        for (weight, input) in zip(weights, inputs) { net += value(weight) * value(input) }
        computed = net
      case let .activation(activation, net):
        computed = activation.value(at: value(net))
      case let .activationSlope(activation, net, out):
        computed = activation.slope(net: value(net), out: value(out))
      case let .errorTerm(loss, target, output, count):
        computed = loss.term(target: value(target), output: value(output), outputCount: count)
      case let .errorSlope(loss, target, output, count):
        computed = loss.slope(target: value(target), output: value(output), outputCount: count)
      case let .sum(keys):
        computed = keys.reduce(0) { $0 + value($1) }
      case let .product(keys):
        computed = keys.dropFirst().reduce(keys.first.map(value) ?? 1) { $0 * value($1) }
      case let .copy(key):
        computed = value(key)
      case .one:
        computed = 1
      case let .update(parameter, gradient, rate):
        computed = value(parameter) - value(rate) * value(gradient)
      }
      values[position] = rounding.map { $0(computed) } ?? computed
    }
    return Trace(title: title, source: source, network: network, steps: steps, layout: layout, values: values)
  }
}
