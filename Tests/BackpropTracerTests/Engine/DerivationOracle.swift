import Foundation

@testable import BackpropTracer

// The tests' independent check of the core: every entry recomputed from its derivation alone,
// entry by entry in lecture order (the interpreter the library used for replays and variants
// before they became runs of the core). That each recorded value is its derivation of the values
// before it is what the renderers rely on when they print a derivation and its result; the
// replays through the core must agree with it (up to the sign of a zero gradient: the core writes
// a parameter used once as 0 + its one use).

extension Trace {
  func derivationReplay(overriding overrides: [TraceKey: Double] = [:], rounding: ((Double) -> Double)? = nil) -> Trace {
    var values = self.values
    let layout = self.layout
    for position in 0..<layout.count {
      if let override = overrides[layout.keys[position]] {
        values[position] = override
        continue
      }
      guard let computed = Self.evaluateDerivation(layout.derivations[position], layout: layout, values: values) else { continue }
      values[position] = rounding.map { $0(computed) } ?? computed
    }
    return Trace(title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan)
  }

  /// The value of a derivation from the values it refers to, with the engine's arithmetic; nil
  /// for given values and for values of repeated steps, which a derivation cannot recompute.
  static func evaluateDerivation(_ derivation: Derivation, layout: TraceLayout, values: [Double]) -> Double? {
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
    case let .negation(key):
      return -value(key)
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

  func derivationRun(_ variant: Variant?, overriding overrides: [TraceKey: Double], laterSteps: Bool = true) -> Trace {
    let step = DerivationVariantStep(layout: layout, variant: variant ?? declaredVariant)  // nil: the trace's own step
    var values = derivationStartingValues(step)
    var fixed = Array(repeating: false, count: count)
    for (key, value) in overrides {
      guard let position = layout.position(of: key) else { continue }
      values[position] = value
      fixed[position] = true
    }
    step.run(&values, fixed: fixed)
    if laterSteps, followsLaterSteps { derivationFillLaterSteps(&values, step: step, fixed: fixed) }
    return Trace(title: title, source: source, network: network, steps: steps, layout: layout, values: values, plan: plan)
  }

  /// The recorded values as `step`'s variant starts from them: with the targets swapped for
  /// `targetsSwapped`, unchanged otherwise.
  func derivationStartingValues(_ step: DerivationVariantStep) -> [Double] {
    var values = self.values
    if step.variant == .targetsSwapped, declaredVariant != .targetsSwapped {
      for group in step.targetGroups {
        for (position, value) in zip(group, group.map { values[$0] }.reversed()) { values[position] = value }
      }
    }
    return values
  }

  /// Repeats `step` `steps` times from the values of the first, carrying each updated
  /// parameter into the next, and records the total error after each step and
  /// the parameters after the last (entries not in `fixed`).
  func derivationFillLaterSteps(_ values: inout [Double], step: DerivationVariantStep, fixed: [Bool]) {
    var errors: [(step: Int, position: Int)] = []
    var finals: [(position: Int, parameter: Int)] = []
    var carried: [(from: Int, to: Int)] = []  // each updated parameter into the next step
    func at(_ quantity: Quantity) -> Int? { layout.position(of: quantity.key) }
    for (position, quantity) in layout.quantities.enumerated() {
      switch quantity {
      case let .totalErrorAfterStep(k) where !fixed[position]: errors.append((k, position))
      case let .parameterAfterStep(name, _) where !fixed[position]:
        if let parameter = at(.parameter(name)) { finals.append((position, parameter)) }
      case let .updated(name): if let to = at(.parameter(name)) { carried.append((position, to)) }
      default: continue
      }
    }
    guard let totalError = at(.totalError), !errors.isEmpty || !finals.isEmpty else { return }
    var state = values
    let none = Array(repeating: false, count: count)
    var errorAfter = [values[totalError]]
    // Repeating the step needs its entries alone, not the results of the later steps after them.
    let firstStep = 0..<(layout.derivations.firstIndex { $0.isRepeatedSteps } ?? count)
    for _ in 0..<steps {
      for (from, to) in carried { state[to] = state[from] }
      step.run(&state, fixed: none, over: firstStep)
      errorAfter.append(state[totalError])
    }
    for (k, position) in errors where errorAfter.indices.contains(k) { values[position] = errorAfter[k] }
    for (position, parameter) in finals { values[position] = state[parameter] }
    derivationFillForwardPassAfterTraining(&values, step: step, fixed: fixed)
  }

  /// `net_o1_after_stepN` and `out_o1_after_stepN` (entries not in `fixed`): the first step's
  /// forward derivations of net_o1 and out_o1, read with the parameters after the last step and
  /// the values after it, under `step`'s variant.
  func derivationFillForwardPassAfterTraining(_ values: inout [Double], step: DerivationVariantStep, fixed: [Bool]) {
    func after(_ key: TraceKey) -> TraceKey {
      guard let position = layout.position(of: key) else { return key }
      switch layout.quantities[position] {
      case let .parameter(name):
        let final = Quantity.parameterAfterStep(name, steps).key
        return layout.position(of: final) == nil ? key : final
      case let .net(name): return Quantity.netAfterStep(name, steps).key
      case let .out(name): return Quantity.outAfterStep(name, steps).key
      default: return key
      }
    }
    for (position, quantity) in layout.quantities.enumerated() where !fixed[position] {
      let first: TraceKey
      switch quantity {
      case let .netAfterStep(name, _): first = Quantity.net(name).key
      case let .outAfterStep(name, _): first = Quantity.out(name).key
      default: continue
      }
      guard let at = layout.position(of: first) else { continue }
      let derivation: Derivation
      switch layout.derivations[at] {
      case let .weightedSum(weights, inputs, bias):
        derivation = .weightedSum(weights: weights.map(after), inputs: inputs.map(after), bias: bias.map(after))
      case let .activation(activation, net): derivation = .activation(activation, of: after(net))
      case let .softmax(net, nets): derivation = .softmax(of: after(net), over: nets.map(after))
      default: continue
      }
      values[position] =
        step.deviation(at: at, derivation, values: values, fixed: fixed)
        ?? Trace.evaluateDerivation(derivation, layout: layout, values: values) ?? .nan
    }
  }

  func derivationRecomputed(from student: [Int: Double], variant: Variant?) -> [Double] {
    let step = DerivationVariantStep(layout: layout, variant: variant ?? declaredVariant)  // nil: the trace's own step
    var values = derivationStartingValues(step)
    var computed = values
    var fixed = Array(repeating: false, count: count)
    for (position, value) in student {
      values[position] = value
      fixed[position] = true
    }
    step.run(&values, fixed: fixed, recording: &computed)
    let later = student.keys.filter { layout.derivations[$0].isRepeatedSteps }
    if !later.isEmpty, followsLaterSteps {
      var laterFixed = fixed
      for position in later { laterFixed[position] = false }
      derivationFillLaterSteps(&values, step: step, fixed: laterFixed)
      for position in later { computed[position] = values[position] }
    }
    return computed
  }
}

struct DerivationVariantStep {
  let layout: TraceLayout
  /// The deviation; nil for the correct step.
  let variant: Variant?

  /// Computes every entry of one step in place; entries marked in `fixed` keep their values.
  func run(_ values: inout [Double], fixed: [Bool], over positions: Range<Int>? = nil) {
    var unrecorded: [Double] = []
    run(&values, fixed: fixed, recording: &unrecorded, over: positions)
  }

  /// `run(_:fixed:)`, which also writes into `computed` (when it has one slot per entry) what
  /// every entry computes to from the values before it, fixed entries included: for an entry a
  /// student answered, what the student's other values give for it.
  func run(_ values: inout [Double], fixed: [Bool], recording computed: inout [Double], over positions: Range<Int>? = nil) {
    let records = computed.count == layout.count
    for position in positions ?? 0..<layout.count where records || !fixed[position] {
      let derivation = layout.derivations[position]
      guard
        let value = deviation(at: position, derivation, values: values, fixed: fixed)
          ?? Trace.evaluateDerivation(derivation, layout: layout, values: values)
      else { continue }
      if records { computed[position] = value }
      if !fixed[position] { values[position] = value }
    }
  }

  /// The entry's value under the variant, or nil where the variant computes it as usual.
  func deviation(at position: Int, _ derivation: Derivation, values: [Double], fixed: [Bool]) -> Double? {
    func value(_ key: TraceKey) -> Double { layout.position(of: key).map { values[$0] } ?? .nan }
    func evaluate(_ derivation: Derivation) -> Double? { Trace.evaluateDerivation(derivation, layout: layout, values: values) }
    switch (variant, derivation) {
    case let (.biasOmitted?, .weightedSum(weights, inputs, bias)) where bias != nil:
      return evaluate(.weightedSum(weights: weights, inputs: inputs, bias: nil))
    case let (.sigmoidSignLost?, .activation(activation, net)) where activation == .sigmoid:
      return 1 / (1 + exp(value(net)))
    case (.lossWithoutHalf?, .errorTerm), (.lossWithoutHalf?, .errorSlope):
      return evaluate(derivation).map { 2 * $0 }
    case let (.gradientAdded?, .update(parameter, gradient, rate)):
      return value(parameter) + value(rate) * value(gradient)
    case let (.learningRateOmitted?, .update(parameter, gradient, _)):
      return value(parameter) - value(gradient)
    case let (.slopeOmitted?, .product(keys)):
      return evaluate(.product(keys.filter { !isActivationSlope($0) }))
    case let (.updatedOutputWeights?, .copy(key)):
      guard case .netSlopeOut = layout.quantities[position], let updated = updatePosition(of: key) else { return nil }
      return fixed[updated] ? values[updated] : evaluate(layout.derivations[updated])
    default:
      return nil
    }
  }

  /// True when `key` is some neuron's ∂out/∂net.
  private func isActivationSlope(_ key: TraceKey) -> Bool {
    guard let position = layout.position(of: key) else { return false }
    switch layout.quantities[position] {
    case .activationSlope, .ofExample(.activationSlope, _): return true
    default: return false
    }
  }

  /// The position of the updated value of the parameter at `key`, when it is trainable.
  private func updatePosition(of key: TraceKey) -> Int? {
    guard let position = layout.position(of: key), case let .parameter(name) = layout.quantities[position] else {
      return nil
    }
    return layout.position(of: Quantity.updated(name).key)
  }

  /// The positions of the targets, one group per example, each in output order.
  var targetGroups: [[Int]] {
    var groups: [Int: [Int]] = [:]
    var order: [Int] = []
    for (position, quantity) in layout.quantities.enumerated() {
      let example: Int
      switch quantity {
      case .target: example = 0
      case .ofExample(.target, let k): example = k
      default: continue
      }
      if groups[example] == nil { order.append(example) }
      groups[example, default: []].append(position)
    }
    return order.compactMap { groups[$0] }
  }
}
