/// The values some books print in place of (or beside) the ones a lecture derives, recorded by
/// the core from the values it has just computed: the error term Err = −δ (Han and Kamber,
/// Mitchell), the error e = t − o (Hagan et al.), and the gradient of the error with respect to
/// each input (a circuit's dx, CS231n).
extension Backpropagation {
  /// Err_j = −δ_j, and for an output of a loss with targets e_j = t_j − out_j.
  mutating func errorForms<L: Ledger>(_ j: Int, into ledger: inout L) {
    let key = key, name = name(j)
    _ = ledger.note(.errorTermSignal(name), -delta[j], by: .negation(key.delta(j)))
    let outputs = network.outputLayer.neurons
    guard outputs.contains(j), network.loss.usesTargets else { return }
    _ = ledger.note(.outputError(name), targets[j - outputs.lowerBound] - out[unit(j)],
      by: .difference(key.target(j), key.out(j)))
  }

  /// ∂E/∂x_i = Σ_k δ_k · w_ki over the neurons k of the first layer, in their order, for every
  /// input x_i (a weight shared by several connections counts once per connection).
  mutating func inputGradients<L: Ledger>(into ledger: inout L) {
    ledger.begin(.inputGradients)
    let first = network.layers[0], key = key
    for (i, input) in network.inputNames.enumerated() {
      var sum = 0.0
      for k in first.neurons { sum += delta[k] * parameters[network.neurons[k].weights[i]] }
      _ = ledger.note(.inputGradient(input), sum, by: .jacobianChain(
        factors: first.neurons.map(key.delta), slopes: first.neurons.map { key.parameter(self.network.neurons[$0].weights[i]) }))
    }
  }
}
