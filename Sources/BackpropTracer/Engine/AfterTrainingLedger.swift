/// A ledger that records the core's forward pass with the parameters after the last of several
/// steps: each neuron's net and out under `net_o1_after_stepN` and `out_o1_after_stepN`
/// (`…_exK` for example K of a data set), obtained by repeating the steps. It passes those to
/// the ledger it wraps and keeps nothing else (the inputs are the examples' own, already given).
///
/// Recorded as repeated steps, these values are kept by a replay as they were recorded, like the
/// parameters after the last step; a variant that follows later steps recomputes them
/// (`Trace.fillLaterSteps`).
struct AfterTrainingLedger<Base: Ledger>: Ledger {
  var base: Base
  let steps: Int
  /// The example's number in the keys, or nil for the single worked example.
  var example: Int?

  var variant: Variant? { base.variant }

  mutating func enter(_ scope: KeyScope) {}

  mutating func begin(_ section: @autoclosure () -> TraceSection.Kind) {}

  mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double {
    let after: Quantity
    switch quantity() {
    case let .net(name): after = .netAfterStep(name, steps)
    case let .out(name): after = .outAfterStep(name, steps)
    default: return value
    }
    let scoped = example.map { Quantity.ofExample(after, $0) } ?? after, steps = steps
    return base.note(scoped, value, by: .repeatedSteps(steps))
  }

  /// For a run of more than one step: the forward pass of each of `examples` (numbered from 1 in
  /// the keys when `numbered`) through the core with `parameters`, into `ledger`.
  /// - Complexity: O(examples × connections).
  static func noteForwardPasses(
    _ network: Network, examples: [Example], numbered: Bool, parameters: [Double], steps: Int, into ledger: inout Base
  ) {
    guard steps > 1 else { return }
    var core = Backpropagation(network, sharing: ParameterSharing(network), parameters: parameters)
    var after = AfterTrainingLedger(base: ledger, steps: steps, example: nil)
    defer { ledger = after.base }
    for (index, example) in examples.enumerated() {
      after.example = numbered ? index + 1 : nil
      core.noteExample(example, targets: false, into: &after)
      core.forwardPass(into: &after)
    }
  }
}
