/// The resource guard: a fixture or a request whose trace would be unreasonably large is refused
/// before the work starts, with a message that says what to change, instead of running out of
/// memory or time.
///
/// Limits: the file's size (checked before it is read); at most `maximumNeurons` neurons and
/// `maximumConnections` weights, at most `maximumRecordedValues` values in one trace and at most
/// `maximumWork` units of training work. A quick scan of the text (``FixtureScan``) checks a lower
/// bound of each before the file is parsed; the loaded fixture is checked again, exactly.
extension Fixture {
  /// The largest fixture file read (checked before it is read).
  package static let maximumFileBytes = 64 << 20
  /// The most neurons a network may have.
  package static let maximumNeurons = 100_000
  /// The most connections (weights) a network may have: 784-1000-1000-10 has 1.8 million.
  package static let maximumConnections = 5_000_000
  /// The most values one trace may record: each costs its key, its derivation and its place in
  /// every rendering, about 4 µs and 500 bytes in all, so the largest trace takes seconds.
  package static let maximumRecordedValues = 2_000_000
  /// The most work a run may take, in passes of an example through the network times the cost of
  /// a pass (connections + 8 × neurons + 8, about 1–2 ns each): a few seconds.
  package static let maximumWork = 2_000_000_000

  /// The counts that decide the size of this fixture's run of `steps` steps (nil: the fixture's).
  func runSize(steps: Int? = nil) -> RunSize {
    var size = RunSize(
      training: network, exampleCount: examples.count, plan: plan, steps: steps ?? self.steps, isDataSet: isDataSet)
    switch mode {
    case .train: break
    case .evaluate: size.run = .evaluate
    case let .perceptron(maxEpochs): size.run = .perceptron(maxEpochs: maxEpochs)
    }
    return size
  }

  /// An upper bound on the values a trace of `steps` steps records (`steps` nil: the fixture's).
  package func estimatedRecordedValues(steps: Int? = nil) -> Int { runSize(steps: steps).recordedValues }

  /// The work of the run, in units of ``maximumWork``.
  package func estimatedWork(steps: Int? = nil) -> Int { runSize(steps: steps).work }

  /// Why a trace of `steps` steps (nil: the fixture's) is refused, or nil when it is not too large.
  package func sizeProblem(steps: Int? = nil) -> String? {
    runSize(steps: steps).problem(bound: "about")
  }
}

/// What a run does and how large its network and data are: the estimates of the resource guard.
struct RunSize {
  /// What the run does.
  enum Run {
    case train(steps: Int, batch: Int, recordedErrors: Int, momentum: Bool, weightDecay: Bool, isDataSet: Bool)
    case evaluate
    case perceptron(maxEpochs: Int)
  }

  var inputs: Int
  var outputs: Int
  var neurons: Int
  var connections: Int
  var parameters: Int
  var examples: Int
  /// Σ width² over the softmax layers (each records its Jacobian).
  var softmaxEntries = 0
  var run = Run.train(steps: 1, batch: 1, recordedErrors: 2, momentum: false, weightDecay: false, isDataSet: false)

  /// The values recorded for one example: its inputs and targets and the inputs' gradients, each
  /// neuron's forward and backward values and their other forms (at most 10), four per
  /// connection, a softmax layer's Jacobian, and the shares of shared parameters' gradients.
  var perExample: Int {
    saturatingSum([
      saturatingProduct([2, inputs]), 2 * outputs, 2, saturatingProduct([10, neurons]), saturatingProduct([4, connections]),
      softmaxEntries, parameters,
    ])
  }

  /// An upper bound on the values the trace records.
  var recordedValues: Int {
    switch run {
    case let .train(steps, batch, recordedErrors, momentum, weightDecay, isDataSet):
      let perParameter = 3 + (isDataSet ? 1 : 0) + (momentum ? 3 : 0) + (weightDecay ? 2 : 0)
      let afterTraining = steps > 1 ? saturatingProduct([2, neurons, isDataSet ? examples : 1]) : 0
      return saturatingSum([
        saturatingProduct([batch, perExample]), saturatingProduct([perParameter, parameters]), 8, recordedErrors, afterTraining,
      ])
    case .evaluate:
      return saturatingSum([saturatingProduct([examples, perExample]), parameters])
    case let .perceptron(maxEpochs):
      let perVisit = saturatingSum([saturatingProduct([3, neurons]), saturatingProduct([3, connections]), 2])
      return saturatingSum([saturatingProduct([maxEpochs, examples, perVisit]), saturatingProduct([examples, perExample]), parameters])
    }
  }

  /// The cost of one pass of an example through the network, forward and back.
  var passCost: Int { saturatingSum([connections, saturatingProduct([8, neurons]), 8]) }

  /// The run's work: its passes of examples through the network times their cost (each traced or
  /// trained step passes its batch; each recorded error, the data set).
  var work: Int {
    switch run {
    case let .train(steps, batch, recordedErrors, _, _, _):
      return saturatingProduct([saturatingSum([saturatingProduct([steps, batch]), saturatingProduct([recordedErrors, examples])]), passCost])
    case .evaluate: return saturatingProduct([examples, passCost])
    case let .perceptron(maxEpochs): return saturatingProduct([maxEpochs, examples, passCost])
    }
  }

  /// Why the run is refused, or nil. `bound` says how the estimates are meant: "about" for a
  /// loaded fixture, "at least" for a scan; `steps` names where the number of steps is set.
  func problem(bound: String, steps: String = "\"steps\" or \"training.epochs\" in the fixture, or --steps N with trace") -> String? {
    if neurons > Fixture.maximumNeurons {
      return "the network would have \(neurons) neurons, more than the \(Fixture.maximumNeurons) allowed"
    }
    if connections > Fixture.maximumConnections {
      return "the network would have \(connections) weights, more than the \(Fixture.maximumConnections) allowed"
    }
    let fewer = "trace fewer steps (\(steps))"
    if recordedValues > Fixture.maximumRecordedValues {
      return "the trace would record \(bound) \(recordedValues) values, more than the \(Fixture.maximumRecordedValues) allowed: \(fewer),"
        + " use fewer examples per batch, or a smaller network (--detail summary and --only NAME,... shorten the derivation, not the trace)"
    }
    if work > Fixture.maximumWork {
      return "the run would take \(bound) \(work) units of work (passes of an example through the network × connections + 8 × neurons + 8),"
        + " more than the \(Fixture.maximumWork) allowed: \(fewer) or use fewer examples"
    }
    return nil
  }
}

extension RunSize {
  /// The size of a training run of `network` on `exampleCount` examples for `steps` steps.
  init(training network: Network, exampleCount: Int, plan: TrainingPlan, steps: Int, isDataSet: Bool) {
    self.init(
      inputs: network.inputNames.count, outputs: network.outputLayer.neurons.count, neurons: network.neurons.count,
      connections: network.connectionCount, parameters: network.parameters.count, examples: exampleCount)
    softmaxEntries = network.layers.reduce(0) { $0 + ($1.activation == .softmax ? $1.neurons.count * $1.neurons.count : 0) }
    run = .train(
      steps: steps, batch: min(max(plan.batchSize, 1), exampleCount),
      recordedErrors: ErrorSchedule(steps: steps, exampleCount: exampleCount, plan: plan).count,
      momentum: plan.optimizer.coefficient != nil, weightDecay: plan.weightDecay != nil, isDataSet: isDataSet)
  }
}

/// The product of `factors`, or `Int.max` when it overflows.
func saturatingProduct(_ factors: [Int]) -> Int {
  var product = 1
  for factor in factors {
    let (result, overflow) = product.multipliedReportingOverflow(by: max(factor, 0))
    if overflow { return Int.max }
    product = result
  }
  return product
}

/// The sum of `terms`, or `Int.max` when it overflows.
func saturatingSum(_ terms: [Int]) -> Int {
  var total = 0
  for term in terms {
    let (result, overflow) = total.addingReportingOverflow(max(term, 0))
    if overflow { return Int.max }
    total = result
  }
  return total
}
