import BackpropTracer

/// Valid fixtures as a lecturer would write them, from a seed: the JSON text, so that they go
/// through the loader like a file.
///
/// Covers every activation and loss (`output` without targets), a declared `variant`, one example or a data set (batches, order, seed, epochs or
/// steps), every optimizer, weight decay, shared and frozen parameters, biases per neuron,
/// shared by a layer or absent, the evaluate and perceptron modes, a notation key, four naming
/// styles (`i1`/`h1`/`w1`, Han and Kamber's numbered units `1`…`6` with `w14` and `theta4`,
/// mixed words such as `L1n2` and `bias12`, Greek `theta1`/`beta1`), and hostile titles.
enum FixtureGenerator {
  /// The fixture of `seed`, as JSON text.
  static func json(seed: UInt64) -> String {
    var random = SplitMix64(seed: seed)
    switch Int.random(in: 0..<10, using: &random) {
    case 0: return perceptron(using: &random).text
    case 1: return evaluation(using: &random).text
    default: return training(using: &random).text
    }
  }

  /// A network trained by gradient descent, with its loss, examples and training plan.
  private static func training(using random: inout SplitMix64) -> JSONText {
    let loss = Loss.allCases.randomElement(using: &random) ?? .halfSquaredError
    let output: Activation
    switch loss {
    case .crossEntropy: output = .softmax
    case .binaryCrossEntropy: output = .sigmoid
    default: output = elementwise.randomElement(using: &random) ?? .sigmoid
    }
    let builder = NetworkBuilder(output: output, outputWidth: loss == .crossEntropy ? 2...5 : 1...3, using: &random)
    let isDataSet = Bool.random(using: &random)
    let exampleCount = isDataSet ? Int.random(in: 2...4, using: &random) : 1
    let examples = (0..<exampleCount).map { _ in builder.example(loss: loss, targets: loss.usesTargets, using: &random) }
    var members: [(String, JSONText)] = header(using: &random)
    members += [("network", builder.network(using: &random)), ("loss", .string(loss.rawValue))]
    members.append(("learningRate", .number([0.1, 0.25, 0.5, 1, 0.05].randomElement(using: &random) ?? 0.5)))
    members.append(isDataSet ? ("examples", .array(examples)) : ("example", examples[0]))
    if isDataSet, Bool.random(using: &random) {
      var plan: [(String, JSONText)] = [
        ("batchSize", [.number(1), .number(2), .string("full")].randomElement(using: &random) ?? .number(1)),
        ("reduction", .string(Bool.random(using: &random) ? "mean" : "sum")),
      ]
      if Bool.random(using: &random) {
        plan += [("order", .string("shuffled")), ("seed", .number(Double(Int.random(in: 0...99, using: &random))))]
      }
      if Bool.random(using: &random) { plan.append(("epochs", .number(Double(Int.random(in: 1...2, using: &random))))) }
      members.append(("training", .object(plan)))
    }
    if !members.contains(where: { $0.0 == "training" && $0.1.text.contains("epochs") }), Bool.random(using: &random) {
      members.append(("steps", .number(Double(Int.random(in: 1...3, using: &random)))))
    }
    switch Int.random(in: 0..<6, using: &random) {
    case 0: members.append(("optimizer", .object([("kind", .string("sgd"))])))
    case 1, 2: members.append(("optimizer", .object([("kind", .string("momentum")), ("momentum", .number(0.9))])))
    case 3: members.append(("optimizer", .object([("kind", .string("averagedMomentum")), ("momentum", .number(0.5))])))
    default: break
    }
    if Int.random(in: 0..<3, using: &random) == 0 { members.append(("weightDecay", .number(0.01))) }
    // A declared deviation, on one example trained by plain gradient descent.
    let plain = !isDataSet && !members.contains { ["weightDecay", "optimizer"].contains($0.0) && !$0.1.text.contains("sgd") }
    if plain, Int.random(in: 0..<3, using: &random) == 0, let variant = Variant.allCases.randomElement(using: &random) {
      members.append(("variant", .string(variant.name)))
    }
    return .object(members)
  }

  /// A forward pass over a data set with given weights, with or without targets.
  private static func evaluation(using random: inout SplitMix64) -> JSONText {
    let output = (elementwise + [.step]).randomElement(using: &random) ?? .identity
    let builder = NetworkBuilder(output: output, outputWidth: 1...3, using: &random)
    let targets = Bool.random(using: &random)
    let examples = (0..<Int.random(in: 1...4, using: &random)).map { _ in
      builder.example(loss: .halfSquaredError, targets: targets, using: &random)
    }
    return .object(
      header(using: &random) + [("mode", .string("evaluate")), ("network", builder.network(using: &random)), ("examples", .array(examples))])
  }

  /// Rosenblatt's rule on one layer of step units and binary examples.
  private static func perceptron(using random: inout SplitMix64) -> JSONText {
    let builder = NetworkBuilder(perceptronUsing: &random)
    let examples = (0..<Int.random(in: 2...4, using: &random)).map { _ in builder.binaryExample(using: &random) }
    return .object(
      header(using: &random) + [
        ("mode", .string("perceptron")), ("maxEpochs", .number(Double(Int.random(in: 2...6, using: &random)))),
        ("network", builder.network(using: &random)), ("learningRate", .number(0.5)), ("examples", .array(examples)),
      ])
  }

  /// Title, source and, a quarter of the time, a notation.
  private static func header(using random: inout SplitMix64) -> [(String, JSONText)] {
    var members: [(String, JSONText)] = [("title", .string(CorpusTitles.title(using: &random)))]
    let source = CorpusTitles.source(using: &random)
    if !source.isEmpty { members.append(("source", .string(source))) }
    if Int.random(in: 0..<4, using: &random) == 0, let preset = NotationPreset.all.randomElement(using: &random) {
      members.append(("notation", .string(preset.name)))
    }
    return members
  }

  /// The activations applied neuron by neuron, leaky ReLU and ELU each with its default and a
  /// chosen setting.
  static let elementwise: [Activation] = [
    .sigmoid, .tanh, .relu, .leakyRelu(negativeSlope: 0.01), .leakyRelu(negativeSlope: 0.2), .elu(alpha: 1),
    .elu(alpha: 0.5), .softplus, .identity,
  ]
}
