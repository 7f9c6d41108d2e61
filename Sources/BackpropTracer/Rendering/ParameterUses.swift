/// Where each parameter is used, for the network table: `from i1 to h1`, `bias of h1, h2`.
struct ParameterUses {
  private var weightUses: [[(unit: Int, neuron: Int)]]
  private var biasUses: [[Int]]
  private let network: Network

  init(_ network: Network) {
    self.network = network
    weightUses = Array(repeating: [], count: network.parameters.count)
    biasUses = Array(repeating: [], count: network.parameters.count)
    for (j, neuron) in network.neurons.enumerated() {
      let inputs = network.layers[neuron.layer].inputs
      for (position, p) in neuron.weights.enumerated() {
        weightUses[p].append((inputs.lowerBound + position, j))
      }
      if let b = neuron.bias { biasUses[b].append(j) }
    }
  }

  /// The neurons that use parameter `p`, in network order, without repeats.
  func neurons(using p: Int) -> [Int] {
    var seen = Set<Int>()
    return (weightUses[p].map(\.neuron) + biasUses[p]).sorted().filter { seen.insert($0).inserted }
  }

  /// True when parameter `p` is used by more than one neuron.
  func isShared(_ p: Int) -> Bool {
    weightUses[p].count + biasUses[p].count > 1 && neurons(using: p).count > 1
  }

  /// A description of where parameter `p` is used.
  func describe(_ p: Int) -> String {
    // Most parameters are one weight: its text without a list to join.
    if biasUses[p].isEmpty, weightUses[p].count == 1 { return weightDescription(weightUses[p][0]) }
    var parts = weightUses[p].map(weightDescription)
    if !biasUses[p].isEmpty {
      parts.append("bias of " + biasUses[p].map { network.neurons[$0].name }.joined(separator: ", "))
    }
    return parts.joined(separator: "; ")
  }

  private func weightDescription(_ use: (unit: Int, neuron: Int)) -> String {
    "from " + network.unitName(use.unit) + " to " + network.neurons[use.neuron].name
  }
}
