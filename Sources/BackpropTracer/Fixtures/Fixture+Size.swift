/// The resource guard: a fixture or a request whose trace would be unreasonably large is refused
/// before any work starts, with a message that says what to change, instead of running out of
/// memory or time.
///
/// Limits: at most `maximumNeurons` neurons and `maximumConnections` weights in a network (read
/// before the names are even checked, so a file declaring 10⁶ neurons is refused at once), at most
/// `maximumRecordedValues` values in one trace, and at most `maximumWork` multiply-adds of training.
extension Fixture {
  /// The most neurons a network may have.
  public static let maximumNeurons = 100_000
  /// The most connections (weights) a network may have: 784-1000-1000-10 has 1.8 million.
  public static let maximumConnections = 5_000_000
  /// The most values one trace may record (each costs a key, a formula and a slot: ~400 bytes).
  public static let maximumRecordedValues = 10_000_000
  /// The most multiply-adds a run may take: steps × (batch + examples) × connections.
  public static let maximumWork = 20_000_000_000
  /// The largest fixture file read (checked before it is read).
  public static let maximumFileBytes = 64 << 20

  /// An upper bound on the values a trace of `steps` steps records (`steps` nil: the fixture's).
  public func estimatedRecordedValues(steps: Int? = nil) -> Int {
    let connections = network.neurons.reduce(0) { $0 + $1.weights.count }
    let perExample = network.inputNames.count + 4 * network.outputLayer.neurons.count + 5 * network.neurons.count + 4 * connections
    let parameters = 8 * network.parameters.count + 8
    switch mode {
    case .train:
      let batch = min(max(plan.batchSize, 1), examples.count)
      return saturating([batch, perExample]) + saturating([3, parameters]) + (steps ?? self.steps) + 1
    case .evaluate:
      return saturating([examples.count, perExample]) + parameters
    case let .perceptron(maxEpochs):
      return saturating([maxEpochs, examples.count, 3 * network.neurons.count + 3 * connections + 2]) + saturating([examples.count, perExample]) + parameters
    }
  }

  /// The multiply-adds of the run: steps × (batch + examples) × connections.
  public func estimatedWork(steps: Int? = nil) -> Int {
    let connections = max(1, network.neurons.reduce(0) { $0 + $1.weights.count } + network.neurons.count)
    switch mode {
    case .train: return saturating([steps ?? self.steps, min(max(plan.batchSize, 1), examples.count) + examples.count, connections])
    case .evaluate: return saturating([examples.count, connections])
    case let .perceptron(maxEpochs): return saturating([maxEpochs, examples.count, connections])
    }
  }

  /// Why a trace of `steps` steps (nil: the fixture's) is refused, or nil when it is not too large.
  public func sizeProblem(steps: Int? = nil) -> String? {
    let values = estimatedRecordedValues(steps: steps)
    let fewer = "trace fewer steps (\"steps\" in the fixture, or --steps N with trace)"
    if values > Self.maximumRecordedValues {
      return "the trace would record about \(values) values, more than the \(Self.maximumRecordedValues) allowed: \(fewer),"
        + " use fewer examples per batch, or a smaller network (--detail summary and --only NAME,... shorten the derivation, not the trace)"
    }
    let work = estimatedWork(steps: steps)
    if work > Self.maximumWork {
      return "the run would take about \(work) multiply-adds, more than the \(Self.maximumWork) allowed: \(fewer) or use fewer examples"
    }
    return nil
  }
}

/// The product of `factors`, or `Int.max` when it overflows.
private func saturating(_ factors: [Int]) -> Int {
  var product = 1
  for factor in factors {
    let (result, overflow) = product.multipliedReportingOverflow(by: max(factor, 0))
    if overflow { return Int.max }
    product = result
  }
  return product
}
