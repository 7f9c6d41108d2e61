/// A worked example as a fixture file describes it: a network, its training data and plan, the
/// number of steps, and the values the book printed.
public struct Fixture: Sendable {
  /// What the fixture asks the engine to do.
  package enum Mode: Equatable, Sendable {
    /// Gradient descent: the first step traced in full (the default).
    case train
    /// A forward pass over every example with the given weights; `showsTargets` when the
    /// examples give the outputs the network should produce.
    case evaluate(showsTargets: Bool)
    /// Rosenblatt's perceptron rule on a single layer of step units, for at most `maxEpochs`.
    case perceptron(maxEpochs: Int)

    /// True for `evaluate`.
    package var isEvaluation: Bool {
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
  package internal(set) var expected: [ExpectedValue]
  /// Training, evaluation or the perceptron rule.
  package var mode: Mode = .train
  /// The notation the fixture asks for by default (its key `"notation"`), or nil.
  package let notation: NotationName?
  /// The keys a homework on this example asks for, in the fixture's order; empty when none.
  package var assignment: [TraceKey] = []
  /// The book's known slips, in the fixture's order.
  package var errata: [Erratum] = []
  /// The deviation the book's example was computed with (`"variant"`), which the trace follows
  /// and every rendering announces; nil for the correct step.
  package var variant: Variant?
  /// How students' answers are judged (`"minimumSignificantDigits"`, the assignment's tolerances).
  package var judge: Judge = .standard
  /// The layout of a training run of `steps` steps, when `load` laid it out to check the
  /// fixture's keys: kept, so that tracing the fixture's own number of steps lays it out once.
  var trainingLayout: TraceLayout?

  /// Creates a fixture from validated parts.
  package init(
    file: String, title: String, source: String, network: Network, examples: [Example], isDataSet: Bool,
    plan: TrainingPlan, steps: Int, expected: [ExpectedValue], notation: NotationName? = nil
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


}

/// A value a book printed, under its trace key, with the printed precision kept.
package struct ExpectedValue: Equatable, Sendable {
  /// The key of the value in a trace: `dE_dw5`.
  package let key: TraceKey
  /// The value as printed: `0.08216`.
  package let printed: PrintedNumber

  /// Creates an expected value.
  package init(key: TraceKey, printed: PrintedNumber) {
    self.key = key
    self.printed = printed
  }
}
