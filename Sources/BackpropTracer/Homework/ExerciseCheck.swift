/// Whether a variant is still a sensible exercise: no neuron saturated (|net| ≤ 4, where a
/// sigmoid's slope is still above 0.017 and tanh's above 0.0013), and no ReLU layer dead (some
/// neuron of every ReLU layer has a positive net input on some example of the traced step).
///
/// Every recorded net input counts: each example of a data set, each visit of the perceptron
/// rule.
package enum ExerciseCheck {
  /// The largest |net| a variant may have.
  package static let largestNet = 4.0

  /// Why a variant is not a sensible exercise.
  package enum Problem: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// A neuron's net input beyond ±`largestNet`, with its value.
    case saturated(TraceKey, Double)
    /// Every neuron of this ReLU layer (its neurons' names) is 0 on every example.
    case deadLayer([String])

    package var description: String {
      switch self {
      case let .saturated(key, net):
        return "|\(key)| = \(NumberFormat(decimals: 2).plain(abs(net))) > \(NumberFormat(decimals: 0).plain(largestNet))"
      case let .deadLayer(names): return "the ReLU layer of \(names.joined(separator: ", ")) is dead (no positive net input)"
      }
    }

    /// A short name for counting redraws: "a saturated neuron", "a dead ReLU layer".
    package var kind: String {
      switch self {
      case .saturated: return "a net input beyond ±\(NumberFormat(decimals: 0).plain(largestNet))"
      case .deadLayer: return "a dead ReLU layer"
      }
    }
  }

  /// The first problem of `trace`, or nil when it is a sensible exercise.
  /// - Complexity: O(entries).
  package static func problem(in trace: Trace) -> Problem? {
    let network = trace.network
    var layerOf: [String: Int] = [:]
    for neuron in network.neurons { layerOf[neuron.name] = neuron.layer }
    var alive = network.layers.map { $0.activation != .relu }
    for (position, quantity) in trace.layout.quantities.enumerated() {
      guard case let .net(name) = base(of: quantity), let layer = layerOf[name] else { continue }
      let net = trace.values[position]
      if abs(net) > largestNet { return .saturated(trace.layout.keys[position], net) }
      if net > 0 { alive[layer] = true }
    }
    guard let dead = alive.firstIndex(of: false) else { return nil }
    return .deadLayer(network.layers[dead].neurons.map { network.neurons[$0].name })
  }

  /// The quantity without its example and epoch.
  private static func base(of quantity: Quantity) -> Quantity {
    switch quantity {
    case let .ofExample(inner, _), let .ofEpoch(inner, _): return base(of: inner)
    default: return quantity
    }
  }
}
