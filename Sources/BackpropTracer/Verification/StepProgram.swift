import Foundation

/// The derivations of a trace layout compiled to operations on positions, with one variant's
/// deviation built in: the arithmetic of one step, entry by entry, in lecture order.
///
/// Without a variant the operations are those of `Trace.replay`, in the same order, so they
/// reproduce the engine bit for bit. The engine files are not involved: a variant is a different
/// program over the same layout, which keeps the keys of its trace equal to the correct ones.
struct StepProgram {
  /// One entry's computation; every operand is a position in the values array.
  enum Operation {
    /// A given value or a value of later steps: filled in from outside.
    case keep
    case weightedSum(weights: [Int], inputs: [Int], bias: Int?)
    case activation(Activation, net: Int, signLost: Bool)
    case activationSlope(Activation, net: Int, out: Int)
    case errorTerm(Loss, target: Int, output: Int, outputCount: Int, factor: Double)
    case errorSlope(Loss, target: Int, output: Int, outputCount: Int, factor: Double)
    case sum([Int])
    case product([Int])
    case copy(Int)
    case one
    /// p − sign·rate·g; `rate` nil means a learning rate of 1.
    case update(parameter: Int, gradient: Int, rate: Int?, sign: Double)
    /// A weight as it is after the update (computed ahead of the update section, from the
    /// gradient already known), or the value at `updated` when that is fixed from outside.
    case updatedWeight(parameter: Int, gradient: Int, rate: Int, updated: Int)
  }

  /// One operation per entry of the layout.
  let operations: [Operation]
  /// The positions of the targets, in output order.
  let targets: [Int]
  /// The positions of each trainable parameter and of its updated value.
  let updates: [(parameter: Int, updated: Int)]
  /// The position of the total error.
  let totalError: Int?
  /// True when the targets are matched to the outputs in reverse order.
  let swapsTargets: Bool

  /// Compiles `layout` under `variant` (nil: the correct step).
  init(_ layout: TraceLayout, variant: Variant?) {
    func at(_ key: TraceKey) -> Int {
      guard let position = layout.position(of: key) else { preconditionFailure("layout refers to missing \(key)") }
      return position
    }
    func isSlope(_ key: TraceKey) -> Bool {
      if case .activationSlope = layout.quantities[at(key)] { return true }
      return false
    }
    /// The update entry of the parameter at `key`, if it is trainable.
    func updateOf(_ key: TraceKey) -> (position: Int, Derivation)? {
      guard case let .parameter(name) = layout.quantities[at(key)],
        let position = layout.position(of: Quantity.updated(name).key)
      else { return nil }
      return (position, layout.derivations[position])
    }
    let factor = variant == .lossWithoutHalf ? 2.0 : 1.0
    operations = layout.derivations.indices.map { position -> Operation in
      switch layout.derivations[position] {
      case .given, .repeatedSteps: return .keep
      case let .weightedSum(weights, inputs, bias):
        return .weightedSum(weights: weights.map(at), inputs: inputs.map(at), bias: variant == .biasOmitted ? nil : bias.map(at))
      case let .activation(activation, net):
        return .activation(activation, net: at(net), signLost: variant == .sigmoidSignLost && activation == .sigmoid)
      case let .activationSlope(activation, net, out):
        return .activationSlope(activation, net: at(net), out: at(out))
      case let .errorTerm(loss, target, output, count):
        return .errorTerm(loss, target: at(target), output: at(output), outputCount: count, factor: factor)
      case let .errorSlope(loss, target, output, count):
        return .errorSlope(loss, target: at(target), output: at(output), outputCount: count, factor: factor)
      case let .sum(keys): return .sum(keys.map(at))
      case let .product(keys):
        return .product((variant == .slopeOmitted ? keys.filter { !isSlope($0) } : keys).map(at))
      case let .copy(key):
        if variant == .updatedOutputWeights, case .netSlopeOut = layout.quantities[position],
          let (updated, derivation) = updateOf(key), case let .update(parameter, gradient, rate) = derivation
        {
          return .updatedWeight(parameter: at(parameter), gradient: at(gradient), rate: at(rate), updated: updated)
        }
        return .copy(at(key))
      case .one: return .one
      case let .update(parameter, gradient, rate):
        return .update(
          parameter: at(parameter), gradient: at(gradient), rate: variant == .learningRateOmitted ? nil : at(rate),
          sign: variant == .gradientAdded ? -1 : 1)
      }
    }
    targets = layout.quantities.indices.filter {
      if case .target = layout.quantities[$0] { return true }
      return false
    }
    updates = layout.quantities.indices.compactMap { position in
      guard case let .updated(name) = layout.quantities[position] else { return nil }
      return (at(Quantity.parameter(name).key), position)
    }
    totalError = layout.position(of: Quantity.totalError.key)
    swapsTargets = variant == .targetsSwapped
  }

  /// Computes every entry of one step in place, in lecture order; entries marked in `fixed`
  /// (given from outside) keep their values.
  func run(_ values: inout [Double], fixed: [Bool]) {
    for (position, operation) in operations.enumerated() where !fixed[position] {
      switch operation {
      case .keep: continue
      case let .weightedSum(weights, inputs, bias):
        var net = bias.map { values[$0] } ?? 0
        for (weight, input) in zip(weights, inputs) { net += values[weight] * values[input] }
        values[position] = net
      case let .activation(activation, net, signLost):
        values[position] = signLost ? 1 / (1 + exp(values[net])) : activation.value(at: values[net])
      case let .activationSlope(activation, net, out):
        values[position] = activation.slope(net: values[net], out: values[out])
      case let .errorTerm(loss, target, output, count, factor):
        let term = loss.term(target: values[target], output: values[output], outputCount: count)
        values[position] = factor == 1 ? term : factor * term
      case let .errorSlope(loss, target, output, count, factor):
        let slope = loss.slope(target: values[target], output: values[output], outputCount: count)
        values[position] = factor == 1 ? slope : factor * slope
      case let .sum(terms):
        values[position] = terms.reduce(0) { $0 + values[$1] }
      case let .product(factors):
        values[position] = factors.dropFirst().reduce(factors.first.map { values[$0] } ?? 1) { $0 * values[$1] }
      case let .copy(source):
        values[position] = values[source]
      case .one:
        values[position] = 1
      case let .update(parameter, gradient, rate, sign):
        let step = rate.map { values[$0] * values[gradient] } ?? values[gradient]
        values[position] = sign == 1 ? values[parameter] - step : values[parameter] + step
      case let .updatedWeight(parameter, gradient, rate, updated):
        values[position] = fixed[updated] ? values[updated] : values[parameter] - values[rate] * values[gradient]
      }
    }
  }
}
