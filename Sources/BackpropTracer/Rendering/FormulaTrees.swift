extension Derivation {
  /// The formula of an entry derived this way, as a tree whose operands are the entries of the
  /// derivation's keys (`operands`, resolved by the layout): the one formula that the TeX and
  /// the plain-text writers print, in symbols and with the values substituted. Nil for a value
  /// without a formula (a given value, the constant 1, a value of repeated steps).
  ///
  /// The formulas of activations and losses are their definitions' (`Activation.definition`,
  /// `Loss.definition`); long sums keep their first three terms, `\dots` and the last.
  func formula(_ o: Operands) -> MathFormula? {
    switch self {
    case .given, .repeatedSteps, .one:
      return nil
    case let .weightedSum(weights, inputs, bias):
      let count = min(weights.count, inputs.count), biasAt = weights.count + inputs.count
      return .sum(count + (bias == nil ? 0 : 1)) { i in
        guard i < count else { return o.leaf(biasAt, bias) }
        return .juxtaposed([o.leaf(i, weights[i]).factor, o.leaf(weights.count + i, inputs[i]).factor])
      }
    case let .activation(activation, net):
      return activation.definition.formula(o.leaf(0, net))
    case let .activationSlope(activation, net, out):
      return activation.definition.slopeFormula(net: o.leaf(0, net), out: o.leaf(1, out))
    case let .errorTerm(loss, target, output, _, _, count):
      return loss.definition.termFormula(target: o.leaf(0, target), output: o.leaf(1, output), outputCount: count)
    case let .errorSlope(loss, target, output, count):
      return loss.definition.slopeFormula(target: o.leaf(0, target), output: o.leaf(1, output), outputCount: count)
    case let .softmax(net, nets):
      return Softmax.formula(o.leaf(0, net), count: nets.count) { o.leaf(1 + $0, nets[$0]) }
    case let .logSumExp(nets):
      return Softmax.logSumExpFormula(count: nets.count) { o.leaf($0, nets[$0]) }
    case let .softmaxSlope(outI, outJ, same):
      return Softmax.slopeFormula(outI: o.leaf(0, outI), outJ: o.leaf(1, outJ), sameNeuron: same)
    case let .outputMinusTarget(output, target):
      return .difference(o.leaf(0, output), o.leaf(1, target).factor)
    case let .jacobianChain(factors, slopes):
      return .sum(min(factors.count, slopes.count)) {
        .juxtaposed([o.leaf($0, factors[$0]).factor, o.leaf(factors.count + $0, slopes[$0]).factor])
      }
    case let .mean(keys):
      return .mean(.sum(keys.count) { o.leaf($0, keys[$0]) }, count: keys.count)
    case let .velocity(previous, gradient, momentum, rate, averaged):
      let (v, g, mu, eta) = (o.leaf(0, previous).factor, o.leaf(1, gradient).factor, o.leaf(2, momentum), o.leaf(3, rate))
      return averaged
        ? .sum([.juxtaposed([mu, v]), .juxtaposed([.parenthesized(.oneMinus(mu)), g])])
        : .difference(.juxtaposed([mu, v]), .juxtaposed([eta, g]))
    case let .momentumStep(parameter, velocity, rate, averaged):
      let (p, v, eta) = (o.leaf(0, parameter), o.leaf(1, velocity).factor, o.leaf(2, rate))
      return averaged ? .difference(p, .juxtaposed([eta, v])) : .sum([p, v])
    case let .penalty(weights, decay):
      return .scaled(
        .fraction(o.leaf(weights.count, decay), .integer(2)), .sum(weights.count) { .power(o.leaf($0, weights[$0]).factor, 2) })
    case let .difference(a, b):
      return .difference(o.leaf(0, a), o.leaf(1, b).factor)
    case let .perceptronUpdate(parameter, rate, error, input):
      let step = [o.leaf(1, rate), o.leaf(2, error).factor] + (input.map { [o.leaf(3, $0).factor] } ?? [])
      return .sum([o.leaf(0, parameter), .juxtaposed(step)])
    case let .countNonZero(keys):
      return .nonZeroCount(keys.indices.map { o.leaf($0, keys[$0]) })
    case let .penaltySlope(weight, decay):
      return .juxtaposed([o.leaf(1, decay), o.leaf(0, weight).factor])
    case let .sum(keys) where keys.isEmpty:
      return .integer(0)
    case let .sum(keys):
      return .sum(keys.count) { o.leaf($0, keys[$0]) }
    case let .product(keys):
      return .product(keys.indices.map { o.leaf($0, keys[$0]).factor })
    case let .copy(key):
      return o.leaf(0, key)
    case let .update(parameter, gradient, rate):
      return .difference(o.leaf(0, parameter), .product([o.leaf(2, rate).factor, o.leaf(1, gradient).factor]))
    }
  }
}

/// The operands of one entry as the layout resolved them: the position of each key of its
/// derivation's `references`, in that order.
struct Operands {
  let positions: ArraySlice<Int>

  /// The position of the `index`-th operand, or nil when the trace has no entry for its key.
  subscript(index: Int) -> Int? {
    let position = positions[positions.startIndex + index]
    return position < 0 ? nil : position
  }

  /// The `index`-th operand, whose key is `key`, as a formula written as it is printed.
  func leaf(_ index: Int, _ key: TraceKey?) -> MathFormula {
    self[index].map { .entry($0, .asIs) } ?? .missing(key ?? "", .asIs)
  }
}
