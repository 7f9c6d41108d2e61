/// A network's error on one example as a computational graph: one definition per net input,
/// output, error term and the total error, with the inputs, targets and parameters as the
/// graph's inputs, so the graph engine computes ∂E/∂p for every parameter p.
///
/// Names: inputs and parameters keep theirs (prefixed `in`/`p` when not a valid graph name, such
/// as `4`); neuron h1 gives `netH1` and `outH1`, its target `targetH1` and error term `EH1`;
/// the total error is `E`. net = b + Σ w·x (bias first, as the network engine sums). Each
/// activation and loss is written as its definition says (`ActivationDefinition.graphFormula`,
/// `LossDefinition.graphFormula`): softmax with exponentials, exp(netᵢ)/Σⱼ exp(netⱼ); leaky ReLU
/// as max(0, u) − α·max(0, −u); the cross-entropies as −t·log o (and −(1 − t)·log(1 − o)).
extension Network {
  /// The graph of the error on `example` (only its inputs and targets are used).
  package func graphDefinition(example: Example) -> GraphDefinition {
    let inputName = inputNames.map { Self.graphName($0, prefix: "in") }
    var inputs = zip(inputName, example.inputs).map { GraphDefinition.Input($0, $1) }
    let outputs = outputLayer.neurons
    inputs += zip(outputs, example.targets).map { GraphDefinition.Input("target" + Self.capitalized(neurons[$0].name), $1) }
    inputs += parameters.map { GraphDefinition.Input(Self.graphName($0.name, prefix: "p"), $0.value) }
    func unit(_ u: Int) -> String { u < inputNames.count ? inputName[u] : Self.out(neurons[u - inputNames.count].name) }
    func parameter(_ p: Int) -> String { Self.graphName(parameters[p].name, prefix: "p") }
    var definitions: [GraphDefinition.Definition] = []
    for layer in layers {
      for n in layer.neurons {
        let neuron = neurons[n]
        let products = zip(neuron.weights, layer.inputs).map { "\(parameter($0))*\(unit($1))" }
        let terms = (neuron.bias.map { [parameter($0)] } ?? []) + products
        definitions.append(.init(Self.net(neuron.name), terms.joined(separator: " + ")))
      }
      let nets = layer.neurons.map { Self.net(neurons[$0].name) }
      for (n, net) in zip(layer.neurons, nets) {
        definitions.append(.init(Self.out(neurons[n].name), layer.activation.definition.graphFormula(net, layer: nets)))
      }
    }
    for o in outputs {
      let name = Self.capitalized(neurons[o].name)
      definitions.append(.init("E" + name, loss.definition.graphFormula(
        target: "target" + name, output: Self.out(neurons[o].name), outputCount: outputs.count)))
    }
    definitions.append(.init("E", outputs.map { "E" + Self.capitalized(neurons[$0].name) }.joined(separator: " + ")))
    return GraphDefinition(inputs: inputs, definitions: definitions, output: "E")
  }

  /// An upper bound on the nodes of the error's graph: the inputs, targets and parameters; for
  /// each neuron its net input (a product per weight, a sum per further term) and its
  /// activation (`ActivationDefinition.graphOperations(width:)`); for
  /// each output its error term (at most eight operations) and its share of the total's sum.
  var estimatedGraphNodes: Int {
    var count = inputNames.count + parameters.count + 10 * outputLayer.neurons.count
    for layer in layers {
      let activation = layer.activation.definition.graphOperations(width: layer.neurons.count)
      for n in layer.neurons {
        count += max(1, 2 * neurons[n].weights.count + (neurons[n].bias == nil ? 0 : 1) - 1) + activation
      }
    }
    return count
  }

  /// The graph name of a neuron's net input: `netH1`.
  package static func net(_ neuron: String) -> String { "net" + capitalized(neuron) }
  /// The graph name of a neuron's output: `outH1`.
  package static func out(_ neuron: String) -> String { "out" + capitalized(neuron) }
  /// The graph name of an input or a parameter: itself, or `prefix` + itself when it is not a
  /// valid graph name (`4` → `p4`).
  package static func graphName(_ name: String, prefix: String) -> String {
    GraphBuilder.isValidName(name) ? name : prefix + name
  }

  private static func capitalized(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst() }
}

extension Fixture {
  /// The fixture's network as a computational graph of its error on the first example, in
  /// Leibniz notation (bars when the fixture asks for the `grosse` notation).
  ///
  /// - Throws: `GraphError` when a value is undefined at the example (log of 0 in a
  ///   cross-entropy whose output saturated) or the graph's names clash.
  package func graphFixture() throws(GraphError) -> GraphFixture {
    let nodes = network.estimatedGraphNodes
    let useTrace = "graph draws small networks; trace derives this one"
    guard nodes <= ComputationalGraph.maximumNodes else {
      throw GraphError(definition: nil, problem: .networkTooLarge(
        "the network's computational graph would have about \(nodes) nodes, more than the \(ComputationalGraph.maximumNodes) a graph may have: \(useTrace)"))
    }
    let definition = network.graphDefinition(example: examples[0])
    if let long = definition.definitions.first(where: { $0.formula.count > ExpressionParser.maximumLength }) {
      throw GraphError(definition: nil, problem: .networkTooLarge(
        "\(long.name) would be a formula of \(long.formula.count) characters, more than the \(ExpressionParser.maximumLength) a formula may have"
          + " (a neuron with many inputs): \(useTrace)"))
    }
    let graph = try ComputationalGraph(definition)
    let note = isDataSet ? " (first example)" : ""
    return try GraphFixture(
      file: file, title: title + ": the computational graph" + note, source: source, graph: graph,
      notation: notation == .grosse ? .bars : .leibniz)
  }
}
