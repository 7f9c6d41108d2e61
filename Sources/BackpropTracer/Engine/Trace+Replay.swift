import Foundation

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
    for position in 0..<layout.count {
      if let override = overrides[layout.keys[position]] {
        values[position] = override
        continue
      }
      guard let computed = Self.evaluate(layout.derivations[position], layout: layout, values: values) else { continue }
      values[position] = rounding.map { $0(computed) } ?? computed
    }
    return Trace(title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan)
  }

  /// The value of a derivation from the values it refers to, with the engine's arithmetic; nil
  /// for given values and for values of repeated steps, which a derivation cannot recompute.
  static func evaluate(_ derivation: Derivation, layout: TraceLayout, values: [Double]) -> Double? {
    func value(_ key: TraceKey) -> Double {
      layout.position(of: key).map { values[$0] } ?? .nan
    }
    switch derivation {
    case .given, .repeatedSteps:
      return nil
    case let .weightedSum(weights, inputs, bias):
      var net = bias.map(value) ?? 0
      for (weight, input) in zip(weights, inputs) { net += value(weight) * value(input) }
      return net
    case let .activation(activation, net):
      return activation.value(at: value(net))
    case let .activationSlope(activation, net, out):
      return activation.slope(net: value(net), out: value(out))
    case let .softmax(net, nets):
      var outs = Array(repeating: 0.0, count: nets.count)
      _ = Activation.softmax(nets.map(value), from: 0, count: nets.count, into: &outs, at: 0)
      return nets.firstIndex(of: net).map { outs[$0] } ?? .nan
    case let .logSumExp(nets):
      var outs = Array(repeating: 0.0, count: nets.count)
      return Activation.softmax(nets.map(value), from: 0, count: nets.count, into: &outs, at: 0)
    case let .softmaxSlope(outI, outJ, same):
      return Activation.softmaxSlope(outI: value(outI), outJ: value(outJ), sameNeuron: same)
    case let .errorTerm(loss, target, output, net, logSumExp, count):
      return loss.term(
        target: value(target), output: value(output), net: value(net), logSumExp: logSumExp.map(value) ?? 0,
        outputCount: count)
    case let .errorSlope(loss, target, output, count):
      return loss.slope(target: value(target), output: value(output), outputCount: count)
    case let .outputMinusTarget(output, target):
      return value(output) - value(target)
    case let .jacobianChain(factors, slopes):
      var sum = 0.0
      for (factor, slope) in zip(factors, slopes) { sum += value(factor) * value(slope) }
      return sum
    case let .sum(keys):
      return keys.reduce(0) { $0 + value($1) }
    case let .mean(keys):
      return keys.reduce(0) { $0 + value($1) } / Double(keys.count)
    case let .product(keys):
      return keys.dropFirst().reduce(keys.first.map(value) ?? 1) { $0 * value($1) }
    case let .copy(key):
      return value(key)
    case .one:
      return 1
    case let .update(parameter, gradient, rate):
      return value(parameter) - value(rate) * value(gradient)
    case let .velocity(previous, gradient, momentum, rate, averaged):
      let mu = value(momentum)
      return averaged
        ? mu * value(previous) + (1 - mu) * value(gradient)
        : mu * value(previous) - value(rate) * value(gradient)
    case let .momentumStep(parameter, velocity, rate, averaged):
      return averaged ? value(parameter) - value(rate) * value(velocity) : value(parameter) + value(velocity)
    case let .penalty(weights, decay):
      let squares = weights.reduce(0) { $0 + value($1) * value($1) }
      return 0.5 * value(decay) * squares
    case let .penaltySlope(weight, decay):
      return value(decay) * value(weight)
    case let .difference(a, b):
      return value(a) - value(b)
    case let .perceptronUpdate(parameter, rate, error, input):
      let step = value(rate) * value(error)
      return value(parameter) + (input.map { step * value($0) } ?? step)
    case let .countNonZero(keys):
      return Double(keys.filter { value($0) != 0 }.count)
    }
  }
}
