extension Network {
  /// The number of connections (neuron, input) in the whole network.
  var connectionCount: Int {
    neurons.last.map { $0.firstConnection + $0.weights.count } ?? 0
  }

  /// How often each parameter is used, as a weight or a bias, across the network.
  var parameterUseCounts: [Int] { ParameterSharing(self).useCounts }

  /// True for an output neuron whose δ is o − t (cross-entropy with its matching activation).
  func simplifiesDelta(of j: Int) -> Bool { neurons[j].layer == layers.count - 1 && loss.simplifiesDelta }

  /// True when neuron k's δ is the product ∂E/∂out · ∂out/∂net, so that the lecture writes the
  /// gradients behind it as three-factor chains; false in a softmax layer and for δ = o − t,
  /// whose chains are written δ · ∂net/∂p.
  func writesThreeFactors(through k: Int) -> Bool {
    layers[neurons[k].layer].activation.isElementwise && !simplifiesDelta(of: k)
  }
}
