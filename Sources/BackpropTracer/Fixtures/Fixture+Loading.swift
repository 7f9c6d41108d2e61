extension Fixture {
  /// The top-level keys of a fixture file.
  static let keys = [
    "title", "source", "network", "loss", "learningRate", "example", "examples", "training", "optimizer",
    "weightDecay", "steps", "expected", "notation", "assignment", "errata", "mode", "maxEpochs",
    "minimumSignificantDigits",
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
    if let problem = FixtureScan.problem(bytes) {
      throw FixtureError(file: file, path: "", position: JSONPosition(line: 1, column: 1), problem: .invalidValue(problem))
    }
    let root = try JSONNode.document(bytes, file: file).object(keys: keys)
    let mode = try readMode(root)
    let title = try root.required("title").string()
    let source = try root.optional("source")?.string() ?? ""
    let loss = try readLoss(root, required: mode == .train)
    let learningRate = try readLearningRate(root, required: !mode.isEvaluation)
    let network = try NetworkReader.read(root, loss: loss, learningRate: learningRate)
    var (examples, isDataSet, hasTargets) = try readExamples(root, network: network, targetsOptional: mode.isEvaluation)
    if mode.isEvaluation { isDataSet = true }
    let (plan, steps) = try readTraining(root, mode: mode, examples: examples, isDataSet: isDataSet)
    if case .perceptron = mode { try checkPerceptron(root, network: network, examples: examples) }
    let notation = try root.optional("notation").map { (node) throws(FixtureError) in try readNotation(node) }
    var fixture = Fixture(
      file: file, title: title, source: source, network: network, examples: examples, isDataSet: isDataSet,
      plan: plan, steps: steps, expected: [], notation: notation)
    fixture.mode = mode.isEvaluation ? .evaluate(showsTargets: hasTargets) : mode
    if let problem = fixture.sizeProblem() { throw root.node.error(.invalidValue(problem)) }
    // The keys that "expected", "assignment" and "errata" may name. A training run's layout is
    // laid out only when one of them is there (for a large network it costs as much as the trace);
    // otherwise an empty one stands in, which nothing then looks a key up in.
    let namesKeys = ["expected", "assignment", "errata"].contains { root.optional($0) != nil }
    var layout = TraceLayout(quantities: [], derivations: [], sections: [])
    if namesKeys || mode != .train {
      do {
        layout = try fixture.keyLayout()
      } catch {
        throw root.node.error(.invalidValue(error.description))
      }
    }
    fixture.expected = try root.optional("expected").map { (node) throws(FixtureError) in try readExpected(node, keys: layout) } ?? []
    try readHomework(root, into: &fixture, layout: layout)
    return fixture
  }

  /// The loss; optional (half the squared error) where nothing is trained by gradient descent.
  private static func readLoss(_ root: JSONObject, required: Bool) throws(FixtureError) -> Loss {
    guard let node = required ? try root.required("loss") : root.optional("loss") else { return .halfSquaredError }
    let name = try node.string()
    guard let loss = Loss(rawValue: name) else {
      throw node.error(.unknownName(kind: "loss", name: name, known: Loss.allCases.map(\.rawValue)))
    }
    return loss
  }

  /// The learning rate (whose sign the network's validation checks); optional (1) for an evaluation.
  private static func readLearningRate(_ root: JSONObject, required: Bool) throws(FixtureError) -> Double {
    guard let node = required ? try root.required("learningRate") : root.optional("learningRate") else { return 1 }
    return try node.number()
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
