import BackpropTracer

/// `--fixture mlp|mazur`: the reference network as a fixture file on standard output, so the
/// command line can be timed end to end on it (`trace`, `check`, `--format json`).
///
/// Parameter values and inputs are written in their shortest round-trip digits, so the fixture's
/// network is the reference network bit for bit. `expected` holds a few values of the traced
/// step at 6 decimals, so `check` has something to compare.
enum FixtureExport {
  static func run(net: String) throws(BenchmarkError) {
    let (network, example): (Network, Example)
    switch net {
    case "mazur": (network, example) = ReferenceNetworks.mazur()
    case "mlp": (network, example) = ReferenceNetworks.mlp()
    default: throw BenchmarkError("unknown network '\(net)'")
    }
    print(text(network, example), terminator: "")
  }

  static func text(_ network: Network, _ example: Example) -> String {
    func list(_ names: [String]) -> String { "[" + names.map { "\"\($0)\"" }.joined(separator: ", ") + "]" }
    func object(_ pairs: [(String, Double)]) -> String {
      "{" + pairs.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
    var layers: [String] = []
    for layer in network.layers {
      let neurons = network.neurons[layer.neurons]
      let rows = neurons.map { neuron in list(neuron.weights.map { network.parameters[$0].name }) }
      let biases = neurons.map { neuron in neuron.bias.map { "\"\(network.parameters[$0].name)\"" } ?? "null" }
      layers.append(
        "      {\"activation\": \"\(layer.activation.name)\", \"neurons\": \(list(neurons.map(\.name))),\n"
          + "       \"weights\": [\n        " + rows.joined(separator: ",\n        ") + "],\n"
          + "       \"biases\": [" + biases.joined(separator: ", ") + "]}")
    }
    let outputs = network.neurons[network.outputLayer.neurons].map(\.name)
    let frozen = network.parameters.filter { !$0.isTrainable }.map(\.name)
    var expected = ""
    if let trace = try? network.trace([example]) {
      let first = network.parameters[0].name
      let keys = ["net_\(network.neurons[0].name)", "E_total", "dE_d\(first)", "\(first)_new"].map { TraceKey($0) }
      expected = keys.compactMap { key in trace[key].map { "\"\(key)\": \"\(NumberFormat(decimals: 6).plain($0))\"" } }
        .joined(separator: ", ")
    }
    return """
      {
        "title": "The reference network, \(network.inputNames.count)-\(network.layers.map { "\($0.neurons.count)" }.joined(separator: "-"))",
        "network": {
          "inputs": \(list(network.inputNames)),
          "layers": [
      \(layers.joined(separator: ",\n"))
          ],
          "parameters": \(object(network.parameters.map { ($0.name, $0.value) })),
          "frozen": \(list(frozen))
        },
        "loss": "\(network.loss.rawValue)",
        "learningRate": \(network.learningRate),
        "example": {"inputs": \(object(zip(network.inputNames, example.inputs).map { ($0, $1) })),
                    "targets": \(object(zip(outputs, example.targets).map { ($0, $1) }))},
        "expected": {\(expected)}
      }

      """
  }
}
