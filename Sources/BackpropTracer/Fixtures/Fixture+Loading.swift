extension Fixture {
  /// The top-level keys of a fixture file.
  static let keys = ["title", "source", "network", "loss", "learningRate", "example", "steps", "expected", "assignment", "errata"]

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
    let example = try readExample(try root.required("example"), network: network)
    let steps = try root.optional("steps")?.integer(in: 1...maximumSteps) ?? 1
    let expected = try root.optional("expected").map { (node) throws(FixtureError) in
      try readExpected(node, keys: network.makeTraceLayout(steps: steps).0)
    }
    var fixture = Fixture(
      file: file, title: title, source: source, network: network, example: example, steps: steps,
      expected: expected ?? [])
    try readHomework(root, into: &fixture)
    return fixture
  }

  private static func readExample(_ node: JSONNode, network: Network) throws(FixtureError) -> Example {
    let object = try node.object(keys: ["inputs", "targets"])
    let outputs = network.outputLayer.neurons.map { network.neurons[$0].name }
    return Example(
      inputs: try values(of: network.inputNames, in: try object.required("inputs"), kind: "input"),
      targets: try values(of: outputs, in: try object.required("targets"), kind: "output neuron"))
  }

  /// One number per name, from an object keyed by exactly those names, in the order of `names`.
  private static func values(of names: [String], in node: JSONNode, kind: String) throws(FixtureError) -> [Double] {
    let object = try node.object(keys: names)
    return try names.map { (name) throws(FixtureError) in
      guard let member = object.optional(name) else {
        throw node.error(.invalidValue("missing a value for \(kind) \"\(name)\""))
      }
      return try member.number()
    }
  }

  private static func readExpected(_ node: JSONNode, keys layout: TraceLayout) throws(FixtureError) -> [ExpectedValue] {
    try node.members().map { (member) throws(FixtureError) in
      guard layout.position(of: TraceKey(member.key)) != nil else {
        let suggestion = nearestName(to: member.key, among: layout.keys.map(\.rawValue))
        throw member.node.error(.unknownKey(member.key, suggestion: suggestion))
      }
      let text: String
      switch member.node.value.kind {
      case let .string(string): text = string
      case let .number(number): text = number
      default:
        throw member.node.error(.wrongType(expected: "the printed number, such as \"0.3775\"", found: member.node.value.typeDescription))
      }
      guard let printed = PrintedNumber(text) else {
        throw member.node.error(.invalidValue("expected a printed number such as \"0.3775\", found \"\(text.terminalSafe)\""))
      }
      return ExpectedValue(key: TraceKey(member.key), printed: printed)
    }
  }
}
