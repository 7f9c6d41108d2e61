/// The resource guard's first look at a fixture: a quick scan of the text (``JSONScanner``) that
/// counts its weights, neurons, parameters and examples and reads its steps, batch size and mode,
/// so a request far too large is refused in a fraction of a second, before the file is parsed.
///
/// Every estimate made here is a lower bound of the one made of the loaded fixture (the same
/// formulas, with the counts the scan cannot know taken at their least), so the scan refuses
/// nothing the full check would accept.
enum FixtureScan {
  private enum Pattern: Int, CaseIterable {
    case weights, neurons, inputs, parameters, examples, steps, epochs, batchSize, recordError, mode, maxEpochs
    case definitions, graphInputs

    var path: [JSONPathPattern] {
      switch self {
      case .weights: return [.key("network"), .key("layers"), .anyIndex, .key("weights"), .anyIndex, .anyIndex]
      case .neurons: return [.key("network"), .key("layers"), .anyIndex, .key("neurons"), .anyIndex]
      case .inputs: return [.key("network"), .key("inputs"), .anyIndex]
      case .parameters: return [.key("network"), .key("parameters"), .anyKey]
      case .examples: return [.key("examples"), .anyIndex]
      case .steps: return [.key("steps")]
      case .epochs: return [.key("training"), .key("epochs")]
      case .batchSize: return [.key("training"), .key("batchSize")]
      case .recordError: return [.key("training"), .key("recordError")]
      case .mode: return [.key("mode")]
      case .maxEpochs: return [.key("maxEpochs")]
      case .definitions: return [.key("definitions"), .anyIndex]
      case .graphInputs: return [.key("inputs"), .anyKey]
      }
    }
  }

  private static let patterns = Pattern.allCases.map(\.path)

  /// What the scan of `bytes` found.
  private struct Found {
    let scan: JSONScanner
    subscript(_ pattern: Pattern) -> Int { scan.counts[pattern.rawValue] }
    func text(_ pattern: Pattern) -> String? { scan.scalars[pattern.rawValue] }
    func integer(_ pattern: Pattern) -> Int? { text(pattern).flatMap { Int($0) } }
  }

  /// Why the network fixture in `bytes` asks for too much, by the scan's lower bounds, or nil.
  static func problem(_ bytes: [UInt8]) -> String? {
    runSize(bytes).problem(bound: "at least")
  }

  /// The size of the run the network fixture in `bytes` asks for, each estimate at most the
  /// loaded fixture's.
  static func runSize(_ bytes: [UInt8]) -> RunSize {
    let found = Found(scan: JSONScanner(bytes, patterns: patterns))
    var size = RunSize(
      inputs: found[.inputs], outputs: 1, neurons: found[.neurons], connections: found[.weights],
      parameters: found[.parameters], examples: max(found[.examples], 1))
    switch found.text(.mode) {
    case "evaluate": size.run = .evaluate
    case "perceptron": size.run = .perceptron(maxEpochs: max(found.integer(.maxEpochs) ?? 1, 1))
    default:
      let isDataSet = found[.examples] > 0
      var plan = TrainingPlan(batchSize: isDataSet ? size.examples : 1)
      if let batch = found.integer(.batchSize), batch >= 1 { plan.batchSize = min(batch, size.examples) }
      if found.text(.recordError) == ErrorRecording.everyStep.rawValue { plan.errorRecording = .everyStep }
      let perEpoch = BatchSchedule(exampleCount: size.examples, plan: plan).stepsPerEpoch
      let requested = found.integer(.epochs).map { saturatingProduct([$0, perEpoch]) } ?? found.integer(.steps) ?? 1
      let steps = min(max(requested, 1), Fixture.maximumSteps)
      size.run = .train(
        steps: steps, batch: plan.batchSize,
        recordedErrors: ErrorSchedule(steps: steps, exampleCount: size.examples, plan: plan).count,
        momentum: false, weightDecay: false, isDataSet: isDataSet)
    }
    return size
  }

  /// The fewest nodes the graph fixture in `bytes` makes: one per input and definition (more
  /// for each operation), for the graph reader to weigh against its limit.
  static func graphNodeCount(_ bytes: [UInt8]) -> Int {
    let found = Found(scan: JSONScanner(bytes, patterns: patterns))
    return found[.definitions] + found[.graphInputs]
  }

  /// True when the document is a graph fixture: its top-level object has `definitions`.
  static func isGraphFixture(_ bytes: [UInt8]) -> Bool {
    JSONScanner(bytes, patterns: [[.key("definitions")]]).counts[0] > 0
  }
}
