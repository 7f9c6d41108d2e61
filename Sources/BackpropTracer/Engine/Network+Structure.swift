extension Network {
  /// The number of connections (neuron, input) in the whole network.
  var connectionCount: Int {
    neurons.last.map { $0.firstConnection + $0.weights.count } ?? 0
  }

  /// How often each parameter is used, as a weight or a bias, across the network.
  var parameterUseCounts: [Int] { ParameterSharing(self).useCounts }
}
