import BackpropTracer

/// The network section of a generated fixture and its examples: layer sizes, activations,
/// names in one of four styles, shared and frozen parameters and their values.
struct NetworkBuilder {
  /// How units and parameters are named.
  enum Naming: CaseIterable {
    /// `i1`, `h1`, `o1`, `w1`, `b1` (seed 000).
    case lecture
    /// Han and Kamber's numbered units: inputs `1`…, then the neurons; weights `w14`, biases `theta4`.
    case units
    /// Words mixed with digits: `in1`, `L1n2`, `Wa12`, `bias12` (set upright).
    case words
    /// Greek parameters: `x1`, `h1`, `y1`, weights `theta1`, biases `beta1`.
    case greek
  }

  let naming: Naming
  let inputs: [String]
  /// Each layer: activation, neuron names, weight names (a row per neuron), bias names (nil: none).
  private(set) var layers: [(activation: Activation, neurons: [String], weights: [[String]], biases: [String?])] = []
  /// Every parameter name in order of first use.
  private(set) var parameters: [String] = []

  /// A network of 1–3 layers, 1–3 units wide (the output as wide as `outputWidth` says), with
  /// hidden activations drawn from every activation and `output` at the top.
  init(output: Activation, outputWidth: ClosedRange<Int>, using random: inout SplitMix64) {
    let naming = Naming.allCases.randomElement(using: &random) ?? .lecture
    self.naming = naming
    let inputCount = Int.random(in: 1...3, using: &random)
    let depth = Int.random(in: 1...3, using: &random)
    inputs = (0..<inputCount).map { Self.inputName($0, naming) }
    var widths = (0..<depth - 1).map { _ in Int.random(in: 1...3, using: &random) }
    widths.append(Int.random(in: outputWidth, using: &random))
    let hidden = FixtureGenerator.elementwise + [.step, .softmax]
    for (index, width) in widths.enumerated() {
      let activation = index == depth - 1 ? output : hidden.randomElement(using: &random) ?? .sigmoid
      addLayer(width: width, activation: activation, shares: true, using: &random)
    }
  }

  /// One layer of 1–2 step units over 1–3 inputs, nothing shared: the perceptron's network.
  init(perceptronUsing random: inout SplitMix64) {
    let naming = Naming.allCases.randomElement(using: &random) ?? .lecture
    self.naming = naming
    inputs = (0..<Int.random(in: 1...3, using: &random)).map { Self.inputName($0, naming) }
    addLayer(width: Int.random(in: 1...2, using: &random), activation: .step, shares: false, using: &random)
  }

  private mutating func addLayer(width: Int, activation: Activation, shares: Bool, using random: inout SplitMix64) {
    let unitsBefore = inputs.count + layers.reduce(0) { $0 + $1.neurons.count }
    let sources = layers.last?.neurons ?? inputs
    let neurons = (0..<width).map { Self.neuronName(layer: layers.count, position: $0, unit: unitsBefore + $0 + 1, naming) }
    var weights: [[String]] = []
    for (j, neuron) in neurons.enumerated() {
      var row = sources.enumerated().map { k, source in weightName(from: source, to: neuron, layer: layers.count, j: j, k: k) }
      // Sometimes a neuron reuses the first neuron's weight for the same input (a shared weight).
      if shares, j > 0, Int.random(in: 0..<4, using: &random) == 0 { row[0] = weights[0][0] }
      weights.append(row)
    }
    let biasStyle = shares ? Int.random(in: 0..<5, using: &random) : Int.random(in: 0..<2, using: &random)
    let biases: [String?] = neurons.enumerated().map { j, neuron in
      switch biasStyle {
      case 0: return nil  // no biases
      case 1, 2: return biasName(of: neuron, layer: layers.count, j: j)
      case 3: return biasName(of: neurons[0], layer: layers.count, j: 0)  // one bias for the layer
      default: return j == width - 1 ? nil : biasName(of: neuron, layer: layers.count, j: j)  // some without
      }
    }
    for name in weights.flatMap({ $0 }) + biases.compactMap({ $0 }) where !parameters.contains(name) {
      parameters.append(name)
    }
    layers.append((activation, neurons, weights, biases))
  }

  /// The `network` section, with values for every parameter and a few frozen.
  func network(using random: inout SplitMix64) -> JSONText {
    let layerValues: [JSONText] = layers.map { layer in
      var members: [(String, JSONText)] = [("activation", .string(layer.activation.name))]
      switch layer.activation {
      case let .leakyRelu(slope) where slope != Activation.defaultNegativeSlope: members.append(("negativeSlope", .number(slope)))
      case let .elu(alpha) where alpha != 1: members.append(("alpha", .number(alpha)))
      default: break
      }
      members += [("neurons", layer.neurons.json), ("weights", .array(layer.weights.map(\.json)))]
      if layer.biases.contains(where: { $0 != nil }) {
        members.append(("biases", .array(layer.biases.map { $0.map(JSONText.string) ?? .null })))
      }
      return .object(members)
    }
    let values = parameters.map { ($0, JSONText.number(Self.value(using: &random))) }
    var members: [(String, JSONText)] = [("inputs", inputs.json), ("layers", .array(layerValues)), ("parameters", .object(values))]
    switch Int.random(in: 0..<6, using: &random) {
    case 0: members.append(("frozen", parameters.json))
    case 1, 2: members.append(("frozen", parameters.filter { _ in Bool.random(using: &random) }.json))
    default: break
    }
    return .object(members)
  }

  /// An example: inputs, and targets as the loss wants them (a class for the cross-entropy,
  /// by index, by name or one-hot) or none.
  func example(loss: Loss, targets: Bool, using random: inout SplitMix64) -> JSONText {
    let outputs = layers[layers.count - 1].neurons
    var members: [(String, JSONText)] = [("inputs", .object(inputs.map { ($0, .number(Self.value(using: &random))) }))]
    guard targets else { return .object(members) }
    switch loss {
    case .crossEntropy:
      let hot = Int.random(in: 0..<outputs.count, using: &random)
      switch Int.random(in: 0..<3, using: &random) {
      case 0: members.append(("class", .number(Double(hot))))
      case 1: members.append(("class", .string(outputs[hot])))
      default: members.append(("targets", .object(outputs.indices.map { (outputs[$0], .number($0 == hot ? 1 : 0)) })))
      }
    case .binaryCrossEntropy:
      members.append(("targets", .object(outputs.map { ($0, .number([0, 1, 0.8].randomElement(using: &random) ?? 1)) })))
    default:
      members.append(("targets", .object(outputs.map { ($0, .number(Self.value(using: &random))) })))
    }
    return .object(members)
  }

  /// Inputs of 0 and 1, targets 0 or 1.
  func binaryExample(using random: inout SplitMix64) -> JSONText {
    .object([
      ("inputs", .object(inputs.map { ($0, .number(Double(Int.random(in: 0...1, using: &random)))) })),
      ("targets", .object(layers[0].neurons.map { ($0, .number(Double(Int.random(in: 0...1, using: &random)))) })),
    ])
  }

  /// A value a lecturer would pick: mostly two decimals in −2…2, sometimes 0, 1, a tiny or a
  /// large number.
  static func value(using random: inout SplitMix64) -> Double {
    switch Int.random(in: 0..<20, using: &random) {
    case 0: return 0
    case 1: return 1
    case 2: return 3e-7
    case 3: return -12.5
    default: return (Double.random(in: -2...2, using: &random) * 100).rounded() / 100
    }
  }

  private static func inputName(_ index: Int, _ naming: Naming) -> String {
    switch naming {
    case .lecture: return "i\(index + 1)"
    case .units: return "\(index + 1)"
    case .words: return "in\(index + 1)"
    case .greek: return "x\(index + 1)"
    }
  }

  private static func neuronName(layer: Int, position: Int, unit: Int, _ naming: Naming) -> String {
    switch naming {
    case .lecture: return "n\(layer + 1)\(position + 1)"
    case .units: return "\(unit)"
    case .words: return "L\(layer + 1)n\(position + 1)"
    case .greek: return "h\(layer + 1)\(position + 1)"
    }
  }

  private func weightName(from source: String, to neuron: String, layer: Int, j: Int, k: Int) -> String {
    switch naming {
    case .lecture: return "w\(layer + 1)\(j + 1)\(k + 1)"
    case .units: return "w\(source)\(neuron)"
    case .words: return "Wa\(layer + 1)x\(j + 1)y\(k + 1)"
    case .greek: return "theta\(layer + 1)\(j + 1)\(k + 1)"
    }
  }

  private func biasName(of neuron: String, layer: Int, j: Int) -> String {
    switch naming {
    case .lecture: return "b\(layer + 1)\(j + 1)"
    case .units: return "theta\(neuron)"
    case .words: return "bias\(layer + 1)\(j + 1)"
    case .greek: return "beta\(layer + 1)\(j + 1)"
    }
  }
}
