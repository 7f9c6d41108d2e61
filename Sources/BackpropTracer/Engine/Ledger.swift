/// What the core (`Backpropagation`) hands every value to as it computes it.
///
/// A ledger receives each value with what it is and how it was obtained, and returns the value
/// the core carries on with. The descriptions are autoclosures: a ledger that keeps only values
/// (`ValueLedger`) never evaluates them, so once the generic core is specialised it pays for
/// neither the quantity nor the derivation. A ledger that lays out a trace (`LayoutLedger`)
/// keeps them. A ledger may return a value other than the one it was given (an answer put in
/// place of the computed one); the core then computes everything after it from that value.
protocol Ledger {
  /// The values noted after this belong to `scope`'s example (and epoch): their quantities are
  /// scoped by it, as the keys in their derivations are.
  mutating func enter(_ scope: KeyScope)
  /// Starts a section of the record; the previous one ends where this one starts.
  mutating func begin(_ section: @autoclosure () -> TraceSection.Kind)
  /// Notes `value` as `quantity`, obtained by `derivation`, and returns the value to go on with.
  mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double
}

/// A ledger that keeps nothing: the core's arithmetic alone.
struct DiscardingLedger: Ledger {
  @inline(__always) mutating func enter(_ scope: KeyScope) {}
  @inline(__always) mutating func begin(_ section: @autoclosure () -> TraceSection.Kind) {}
  @inline(__always) mutating func note(
    _ quantity: @autoclosure () -> Quantity, _ value: Double, by derivation: @autoclosure () -> Derivation
  ) -> Double { value }
}

/// Which example (and epoch of the perceptron rule) the values being noted belong to, and so the
/// keys they and their operands are recorded under: `net_h1`, `net_h1_ex2`, `net_y_ex2_epoch3`.
struct KeyScope {
  let network: Network
  /// The data-set number of the example, when keys carry it.
  var example: Int?
  /// The epoch of the perceptron rule, when keys carry it.
  var epoch: Int?
  /// Where each parameter's current value is recorded, when not under its own name (the
  /// perceptron rule, which updates the parameters visit after visit).
  var parameterKeys: [TraceKey]?

  /// Keys without an example's or an epoch's number.
  init(_ network: Network, example: Int? = nil, epoch: Int? = nil) {
    self.network = network
    self.example = example
    self.epoch = epoch
  }

  /// The quantity as recorded here: a quantity of the example carries its number; within an
  /// epoch, everything but the example's inputs and targets carries the epoch's too.
  func scoped(_ quantity: Quantity) -> Quantity {
    guard let example else { return quantity }
    switch quantity {
    case .input, .target: return .ofExample(quantity, example)
    default:
      if let epoch { return .ofEpoch(.ofExample(quantity, example), epoch) }
      return quantity.isPerExample ? .ofExample(quantity, example) : quantity
    }
  }

  /// The key of a quantity as recorded here.
  func callAsFunction(_ quantity: Quantity) -> TraceKey { scoped(quantity).key }

  /// The key of parameter `p`'s current value.
  func parameter(_ p: Int) -> TraceKey {
    parameterKeys?[p] ?? Quantity.parameter(network.parameters[p].name).key
  }

  /// The key of unit `u`'s output: an input's value or a neuron's out.
  func unit(_ u: Int) -> TraceKey {
    let inputs = network.inputNames
    return u < inputs.count ? self(.input(inputs[u])) : self(.out(network.neurons[u - inputs.count].name))
  }
}
