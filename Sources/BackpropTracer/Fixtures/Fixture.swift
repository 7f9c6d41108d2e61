/// A worked example as a fixture file describes it: a network, its training data and plan, the
/// number of steps, and the values the book printed.
public struct Fixture: Sendable {
  /// What the fixture asks the engine to do.
  public enum Mode: Equatable, Sendable {
    /// Gradient descent: the first step traced in full (the default).
    case train
    /// A forward pass over every example with the given weights; `showsTargets` when the
    /// examples give the outputs the network should produce.
    case evaluate(showsTargets: Bool)
    /// Rosenblatt's perceptron rule on a single layer of step units, for at most `maxEpochs`.
    case perceptron(maxEpochs: Int)

    /// True for `evaluate`.
    public var isEvaluation: Bool {
      if case .evaluate = self { return true }
      return false
    }
  }

  /// The file the fixture was read from, as named by the caller.
  public let file: String
  /// A title for the derivation.
  public let title: String
  /// Where the example comes from (a citation); "" when the fixture gives none.
  public let source: String
  /// The network with its parameters' values before training.
  public let network: Network
  /// The training examples: one for a single worked example, several for a data set.
  public let examples: [Example]
  /// True when the fixture gives a data set (`examples`), whose keys carry `_exK`.
  public let isDataSet: Bool
  /// Batches, reduction, order and optimizer.
  public let plan: TrainingPlan
  /// How many steps to run; the first is traced in full.
  public let steps: Int
  /// The book's printed values, in the fixture's order.
  public internal(set) var expected: [ExpectedValue]
  /// Training, evaluation or the perceptron rule.
  public var mode: Mode = .train
  /// The notation preset the fixture asks for by default (its key `"notation"`), or nil.
  public let notation: NotationPreset?
  /// The keys a homework on this example asks for, in the fixture's order; empty when none.
  public var assignment: [TraceKey] = []
  /// The book's known slips, in the fixture's order.
  public var errata: [Erratum] = []
  /// The deviation the book's example was computed with (`"variant"`), which the trace follows
  /// and every rendering announces; nil for the correct step.
  public var variant: Variant?
  /// How students' answers are judged (`"minimumSignificantDigits"`, the assignment's tolerances).
  public var judge: Judge = .standard

  /// Creates a fixture from validated parts.
  public init(
    file: String, title: String, source: String, network: Network, examples: [Example], isDataSet: Bool,
    plan: TrainingPlan, steps: Int, expected: [ExpectedValue], notation: NotationPreset? = nil
  ) {
    self.file = file
    self.title = title
    self.source = source
    self.network = network
    self.examples = examples
    self.isDataSet = isDataSet
    self.plan = plan
    self.steps = steps
    self.expected = expected
    self.notation = notation
  }

  /// Traces the fixture: for training, `steps` steps (the fixture's own number by default);
  /// an evaluation or a run of the perceptron rule ignores `steps`. An `observer` hears how a
  /// long training run gets on.
  public func trace(steps: Int? = nil, observer: TrainingObserver? = nil) throws(NonFiniteValueError) -> Trace {
    switch mode {
    case .train:
      let trace = try network.trace(
        examples, plan: plan, steps: steps ?? self.steps, perExampleKeys: isDataSet, title: title, source: source,
        observer: observer)
      guard let variant else { return trace }
      return try trace.declaring(variant)
    case let .evaluate(showsTargets):
      return try network.evaluate(examples, showsTargets: showsTargets, title: title, source: source)
    case let .perceptron(maxEpochs):
      return try network.perceptron(examples, maxEpochs: maxEpochs, title: title, source: source)
    }
  }

  /// The layout whose keys `expected`, `assignment` and `errata` may name: for training, built
  /// without running anything; for an evaluation or the perceptron rule, from a run.
  func keyLayout() throws(NonFiniteValueError) -> TraceLayout {
    guard case .train = mode else { return try trace().layout }
    return Tracer(network: network, exampleCount: examples.count, plan: plan, steps: steps, perExampleKeys: isDataSet).layout
  }
}

/// A value a book printed, under its trace key, with the printed precision kept.
public struct ExpectedValue: Equatable, Sendable {
  /// The key of the value in a trace: `dE_dw5`.
  public let key: TraceKey
  /// The value as printed: `0.08216`.
  public let printed: PrintedNumber

  /// Creates an expected value.
  public init(key: TraceKey, printed: PrintedNumber) {
    self.key = key
    self.printed = printed
  }
}
