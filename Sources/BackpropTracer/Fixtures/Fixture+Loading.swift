extension Fixture {
  /// The top-level keys of a fixture file.
  static let keys = [
    "title", "source", "network", "loss", "learningRate", "example", "examples", "training", "optimizer",
    "weightDecay", "steps", "expected", "notation", "assignment", "errata",
  ]

  /// The most steps a fixture or command may ask for.
  public static let maximumSteps = 10_000_000

  /// Reads and validates a fixture.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: the name to use in error messages (the path as the user gave it).
  /// - Throws: `FixtureError` for the first problem found, with its JSON path and position.
  public static func load(_ bytes: [UInt8], file: String) throws(FixtureError) -> Fixture {
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw FixtureError(file: file, path: "", position: error.position, problem: .malformedJSON(error.message))
    }
    let root = try JSONNode(value: document, file: file, path: "").object(keys: keys)
    let title = try root.required("title").string()
    let source = try root.optional("source")?.string() ?? ""
    let lossNode = try root.required("loss")
    let lossName = try lossNode.string()
    guard let loss = Loss(rawValue: lossName) else {
      throw lossNode.error(.unknownName(kind: "loss", name: lossName, known: Loss.allCases.map(\.rawValue)))
    }
    let rateNode = try root.required("learningRate")
    let learningRate = try rateNode.number()
    guard learningRate > 0 else {
      throw rateNode.error(.invalidValue("the learning rate must be positive, found \(learningRate)"))
    }
    let network = try NetworkReader.read(try root.required("network"), loss: loss, learningRate: learningRate)
    if let required = loss.requiredOutputActivation, network.outputLayer.activation != required {
      throw lossNode.error(
        .invalidValue(
          "\(loss.rawValue) needs a \(required.name) output layer, but the output layer is \(network.outputLayer.activation.name)"))
    }
    let (examples, isDataSet) = try readExamples(root, network: network)
    let (plan, epochs) = try readPlan(root, exampleCount: examples.count, isDataSet: isDataSet)
    var steps = try root.optional("steps")?.integer(in: 1...maximumSteps) ?? 1
    if let epochs {
      if let stepsNode = root.optional("steps") {
        throw stepsNode.error(.invalidValue("give either steps or training.epochs, not both"))
      }
      steps = epochs * BatchSchedule(exampleCount: examples.count, plan: plan).stepsPerEpoch
      if steps > maximumSteps {
        throw root.node.error(.invalidValue("training.epochs makes \(steps) steps; at most \(maximumSteps) are allowed"))
      }
    }
    let expected = try root.optional("expected").map { (node) throws(FixtureError) in
      try readExpected(node, keys: network.makeTraceLayout(
        tracedExamples: BatchSchedule(exampleCount: examples.count, plan: plan).firstBatch,
        perExampleKeys: isDataSet, steps: steps, plan: plan).0)
    }
    let notation = try root.optional("notation").map { (node) throws(FixtureError) in try readNotation(node) }
    var fixture = Fixture(
      file: file, title: title, source: source, network: network, examples: examples, isDataSet: isDataSet,
      plan: plan, steps: steps, expected: expected ?? [], notation: notation)
    try readHomework(root, into: &fixture)
    return fixture
  }

  /// The name of a notation preset.
  private static func readNotation(_ node: JSONNode) throws(FixtureError) -> NotationPreset {
    let name = try node.string()
    guard let preset = NotationPreset.named(name) else {
      throw node.error(.unknownName(kind: "notation", name: name.terminalSafe, known: NotationPreset.all.map(\.name)))
    }
    return preset
  }

  private static func readExpected(_ node: JSONNode, keys layout: TraceLayout) throws(FixtureError) -> [ExpectedValue] {
    try node.members().map { (member) throws(FixtureError) in
      guard layout.position(of: TraceKey(member.key)) != nil else {
        let suggestion = nearestName(to: member.key, among: layout.keys.map(\.rawValue))
        throw member.node.error(.unknownKey(member.key, suggestion: suggestion))
      }
      return ExpectedValue(key: TraceKey(member.key), printed: try readPrinted(member.node))
    }
  }

  /// A printed number, as a string (`"0.40"`, precision kept) or a JSON number.
  static func readPrinted(_ node: JSONNode) throws(FixtureError) -> PrintedNumber {
    let text: String
    switch node.value.kind {
    case let .string(string): text = string
    case let .number(number): text = number
    default:
      throw node.error(.wrongType(expected: "the printed number, such as \"0.3775\"", found: node.value.typeDescription))
    }
    guard let printed = PrintedNumber(text) else {
      throw node.error(.invalidValue("expected a printed number such as \"0.3775\", found \"\(text.terminalSafe)\""))
    }
    return printed
  }
}
