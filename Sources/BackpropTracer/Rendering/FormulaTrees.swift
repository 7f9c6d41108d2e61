extension Derivation {
  /// The formula of an entry derived this way, as a tree whose operands are the derivation's
  /// keys, by place (`MathFormula.operand`): the one formula that the TeX and the plain-text
  /// writers print, in symbols and with the values substituted. Nil for a value without a
  /// formula (a given value, the constant 1, a value of repeated steps).
  ///
  /// The formulas of activations and losses are their definitions' (`Activation.definition`,
  /// `Loss.definition`); long sums keep their first three terms, `\dots` and the last. The
  /// formulas nearly every entry of a large trace has (a chain rule, an update, a copy) are
  /// made once, not per entry.
  var formula: MathFormula? {
    func x(_ index: Int) -> MathFormula { .operand(index, .asIs) }
    func factor(_ index: Int) -> MathFormula { .operand(index, .factor) }
    switch self {
    case .given, .repeatedSteps, .one:
      return nil
    case let .weightedSum(weights, inputs, bias):
      let count = min(weights.count, inputs.count)
      return .sum(count + (bias == nil ? 0 : 1)) { i in
        i < count ? .juxtaposed([factor(i), factor(weights.count + i)]) : x(weights.count + inputs.count)
      }
    case let .activation(activation, _):
      return activation.definition.formula(x(0))
    case let .activationSlope(activation, _, _):
      return activation.definition.slopeFormula(net: x(0), out: x(1))
    case let .errorTerm(loss, _, _, _, _, count):
      return loss.definition.termFormula(target: x(0), output: x(1), outputCount: count)
    case let .errorSlope(loss, _, _, count):
      return loss.definition.slopeFormula(target: x(0), output: x(1), outputCount: count)
    case let .softmax(_, nets):
      return Softmax.formula(x(0), count: nets.count) { x(1 + $0) }
    case let .logSumExp(nets):
      return Softmax.logSumExpFormula(count: nets.count, x)
    case let .softmaxSlope(_, _, same):
      return Softmax.slopeFormula(outI: x(0), outJ: x(1), sameNeuron: same)
    case .outputMinusTarget, .difference:
      return .difference(x(0), factor(1))
    case let .jacobianChain(factors, slopes):
      return .sum(min(factors.count, slopes.count)) { .juxtaposed([factor($0), factor(factors.count + $0)]) }
    case let .mean(keys):
      return .mean(.sum(keys.count, x), count: keys.count)
    case let .velocity(_, _, _, _, averaged):  // operands v, g, μ, η
      return averaged
        ? .sum([.juxtaposed([x(2), factor(0)]), .juxtaposed([.parenthesized(.oneMinus(x(2))), factor(1)])])
        : .difference(.juxtaposed([x(2), factor(0)]), .juxtaposed([x(3), factor(1)]))
    case let .momentumStep(_, _, _, averaged):  // operands p, v, η
      return averaged ? .difference(x(0), .juxtaposed([x(2), factor(1)])) : .sum([x(0), factor(1)])
    case let .penalty(weights, _):
      return .scaled(.fraction(x(weights.count), .integer(2)), .sum(weights.count) { .power(factor($0), 2) })
    case let .perceptronUpdate(_, _, _, input):  // operands p, η, err, x
      return .sum([x(0), .juxtaposed([x(1), factor(2)] + (input == nil ? [] : [factor(3)]))])
    case let .countNonZero(keys):
      return .nonZeroCount(keys.indices.map(x))
    case .penaltySlope:  // operands w, λ
      return .juxtaposed([x(1), factor(0)])
    case let .sum(keys):
      return keys.isEmpty ? .integer(0) : .sum(keys.count, x)
    case let .product(keys):
      return keys.count < Self.chains.count ? Self.chains[keys.count] : Self.chain(keys.count)
    case .copy:
      return x(0)
    case .negation:
      return .coefficient(MathFormula.Coefficient(negative: true, 1), .operand(0, .factor))
    case .update:  // operands p, g, η
      return Self.update
    }
  }

  /// a × b × … of `count` operands, each as a factor.
  private static func chain(_ count: Int) -> MathFormula { .product((0..<count).map { .operand($0, .factor) }) }

  /// The products of up to 7 factors, made once.
  private static let chains = (0..<8).map(chain)

  /// p − η × g.
  private static let update = MathFormula.difference(.operand(0, .asIs), .product([.operand(2, .factor), .operand(1, .factor)]))
}

/// The operands of one entry as the layout resolved them: the position of each key of its
/// derivation's `references`, in that order.
struct Operands {
  let positions: ArraySlice<Int>
  /// The layout and position of the entry, whose derivation names the keys; nil for operands
  /// that are not an entry's.
  var entry: (layout: TraceLayout, position: Int)?

  /// The position of the `index`-th operand, or nil when the trace has no entry for its key.
  subscript(index: Int) -> Int? {
    let position = positions[positions.startIndex + index]
    return position < 0 ? nil : position
  }

  /// The key of the `index`-th operand.
  func key(_ index: Int) -> TraceKey { entry.map { $0.layout.derivations[$0.position].references[index] } ?? "" }
}

extension TraceLayout {
  /// The operands of the entry at `position`.
  func operandsOf(_ position: Int) -> Operands { Operands(positions: operands(of: position), entry: (self, position)) }
}
