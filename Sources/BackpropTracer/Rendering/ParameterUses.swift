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

  /// Where parameter `p` is used, each unit (an input or a neuron, numbered as
  /// `Network.unitName` numbers them) written by `unit`: `from i1 to h1; bias of h1, h2`.
  func describe(_ p: Int, unit: (Int) -> Document.Inline) -> [Document.Inline] {
    let inputs = network.inputNames.count
    func weight(_ use: (unit: Int, neuron: Int)) -> [Document.Inline] {
      [.text("from "), unit(use.unit), .text(" to "), unit(inputs + use.neuron)]
    }
    // Most parameters are one weight: its pieces without a list to join.
    if biasUses[p].isEmpty, weightUses[p].count == 1 { return weight(weightUses[p][0]) }
    var parts = weightUses[p].map(weight)
    if !biasUses[p].isEmpty {
      parts.append([.text("bias of ")] + Array(biasUses[p].map { [unit(inputs + $0)] }.joined(separator: [.text(", ")])))
    }
    return Array(parts.joined(separator: [.text("; ")]))
  }

  /// Where parameter `p` is used, in plain text with the units' names.
  func describe(_ p: Int) -> String {
    describe(p) { .text(network.unitName($0)) }.map { piece in
      if case let .text(text) = piece { return text }
      return ""
    }.joined()
  }
}
