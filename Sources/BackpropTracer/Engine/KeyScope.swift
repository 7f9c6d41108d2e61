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

  /// The keys of neuron j's net, out, target, ∂E/∂out, ∂out/∂net and δ.
  func net(_ j: Int) -> TraceKey { self(.net(network.neurons[j].name)) }
  func out(_ j: Int) -> TraceKey { self(.out(network.neurons[j].name)) }
  func target(_ j: Int) -> TraceKey { self(.target(network.neurons[j].name)) }
  func errorSlope(_ j: Int) -> TraceKey { self(.errorSlope(network.neurons[j].name)) }
  func activationSlope(_ j: Int) -> TraceKey { self(.activationSlope(network.neurons[j].name)) }
  func delta(_ j: Int) -> TraceKey { self(.delta(network.neurons[j].name)) }

  /// (chain of k) · `factor` as the lecture writes it: ∂E/∂out_k · ∂out_k/∂net_k · factor, or
  /// δ_k · factor in a softmax layer or for δ = o − t.
  func chainRule(through k: Int, times factor: TraceKey) -> Derivation {
    .product(network.writesThreeFactors(through: k) ? [errorSlope(k), activationSlope(k), factor] : [delta(k), factor])
  }

  /// The key of unit `u`'s output: an input's value or a neuron's out.
  func unit(_ u: Int) -> TraceKey {
    let inputs = network.inputNames
    return u < inputs.count ? self(.input(inputs[u])) : out(u - inputs.count)
  }
}
