extension Fixture {
  /// The top-level keys of a fixture file.
  static let keys = [
    "title", "source", "network", "loss", "learningRate", "example", "examples", "training", "optimizer",
    "weightDecay", "steps", "expected", "notation", "assignment", "errata", "mode", "maxEpochs",
    "minimumSignificantDigits", "variant",
  ]

  /// The most steps a fixture or command may ask for.
  package static let maximumSteps = 10_000_000

  /// Reads and validates a fixture, all but whether the trace keys it names exist: those are
  /// returned with the JSON values that name them, for `Fixture.load` to check once the engine
  /// has laid the trace out.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: the name to use in error messages (the path as the user gave it).
  /// - Throws: `FixtureError` for the first problem found, with its JSON path and position.
  static func read(_ bytes: [UInt8], file: String) throws(FixtureError) -> (Fixture, KeyReferences) {
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
    var (examples, isDataSet, hasTargets) = try readExamples(
      root, network: network, targetsOptional: mode.isEvaluation || !loss.usesTargets)
    if hasTargets, !loss.usesTargets, !mode.isEvaluation, let lossNode = root.optional("loss") {
      throw lossNode.error(.invalidValue("the loss \(loss.rawValue) differentiates the outputs themselves and uses no targets; remove the examples' targets"))
    }
    if mode.isEvaluation { isDataSet = true }
    let (plan, steps) = try readTraining(root, mode: mode, examples: examples, isDataSet: isDataSet)
    if case .perceptron = mode { try checkPerceptron(root, network: network, examples: examples) }
    let notation = try root.optional("notation").map { (node) throws(FixtureError) in try readNotation(node) }
    var fixture = Fixture(
      file: file, title: title, source: source, network: network, examples: examples, isDataSet: isDataSet,
      plan: plan, steps: steps, expected: [], notation: notation)
    fixture.mode = mode.isEvaluation ? .evaluate(showsTargets: hasTargets) : mode
    fixture.variant = try readVariant(root, fixture: fixture)
    if let problem = fixture.sizeProblem() { throw root.node.error(.invalidValue(problem)) }
    var keys = KeyReferences(root: root.node)
    fixture.expected = try root.optional("expected").map { (node) throws(FixtureError) in try readExpected(node, keys: &keys) } ?? []
    try readHomework(root, into: &fixture, keys: &keys)
    return (fixture, keys)
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

  /// The name of a notation, one of `NotationName`'s.
  private static func readNotation(_ node: JSONNode) throws(FixtureError) -> NotationName {
    let name = try node.string()
    guard let notation = NotationName(rawValue: name) else {
      throw node.error(.unknownName(kind: "notation", name: name.terminalSafe, known: NotationName.allCases.map(\.rawValue)))
    }
    return notation
  }

  private static func readExpected(_ node: JSONNode, keys: inout KeyReferences) throws(FixtureError) -> [ExpectedValue] {
    try node.members().map { (member) throws(FixtureError) in
      ExpectedValue(key: keys.named(member.key, at: member.node), printed: try readPrinted(member.node))
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
