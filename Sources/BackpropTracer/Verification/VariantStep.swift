import Foundation

/// One step of a trace recomputed entry by entry, in lecture order, with one variant's deviation.
///
/// Entries the variant does not touch are computed by `Trace.evaluate`, the replay's arithmetic,
/// so without a variant the step reproduces the engine bit for bit and the engine files are not
/// involved: a variant is a different evaluation of the same layout, which keeps its keys.
struct VariantStep {
  let layout: TraceLayout
  /// The deviation; nil for the correct step.
  let variant: Variant?

  /// Computes every entry of one step in place; entries marked in `fixed` keep their values.
  func run(_ values: inout [Double], fixed: [Bool]) {
    var unrecorded: [Double] = []
    run(&values, fixed: fixed, recording: &unrecorded)
  }

  /// `run(_:fixed:)`, which also writes into `computed` (when it has one slot per entry) what
  /// every entry computes to from the values before it, fixed entries included: for an entry a
  /// student answered, what the student's other values give for it.
  func run(_ values: inout [Double], fixed: [Bool], recording computed: inout [Double]) {
    let records = computed.count == layout.count
    for position in 0..<layout.count where records || !fixed[position] {
      let derivation = layout.derivations[position]
      guard
        let value = deviation(at: position, derivation, values: values, fixed: fixed)
          ?? Trace.evaluate(derivation, layout: layout, values: values)
      else { continue }
      if records { computed[position] = value }
      if !fixed[position] { values[position] = value }
    }
  }

  /// The entry's value under the variant, or nil where the variant computes it as usual.
  private func deviation(at position: Int, _ derivation: Derivation, values: [Double], fixed: [Bool]) -> Double? {
    func value(_ key: TraceKey) -> Double { layout.position(of: key).map { values[$0] } ?? .nan }
    func evaluate(_ derivation: Derivation) -> Double? { Trace.evaluate(derivation, layout: layout, values: values) }
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
