/// A sheet written in another book's convention for the error signal, recognised from its
/// answers under the δ and Err keys: the numbers are those of the step, in the other convention.
///
/// Books disagree on the sign and the factor of the error signal: δ = ∂E/∂net (this tool's,
/// `delta_*`), the error term Err = −δ (Han and Kamber, Mitchell; `err_*`), and the
/// sensitivities s = ∂F/∂n of Hagan et al., whose loss e² has no ½, so that s = 2δ for a
/// fixture with half the squared error. A student who writes one under the other's keys gets
/// every one of those answers wrong; the report names the convention instead.
package enum SignConvention: String, CaseIterable, Equatable, Sendable {
  /// The error term Err = −δ written under the δ keys.
  case errorTermUnderDelta = "error-term-under-delta"
  /// The sensitivities s = 2δ of the loss e² written under the δ keys (for half the squared
  /// error).
  case sensitivitiesUnderDelta = "sensitivities-under-delta"
  /// δ written under the error-term keys, which hold Err = −δ.
  case deltaUnderErrorTerm = "delta-under-error-term"

  /// The name in JSON reports: `error-term-under-delta`.
  package var name: String { rawValue }

  /// The sentence a report gives.
  package var explanation: String {
    switch self {
    case .errorTermUnderDelta:
      return "these answers use the error term Err = −δ (Han and Kamber, Mitchell) under the δ keys: each delta_ answer is −δ"
    case .sensitivitiesUnderDelta:
      return "these answers use the sensitivities s = ∂F/∂n of the loss e² without ½ (Hagan et al.) under the δ keys: each delta_ answer is s = 2δ"
    case .deltaUnderErrorTerm:
      return "these answers give δ under the error-term keys: err_ holds the error term Err = −δ, so each err_ answer has the wrong sign"
    }
  }

  /// The answers needed to name a convention: with fewer, a lost sign or a factor 2 in one
  /// answer is as likely.
  static let minimumAnswers = 2

  /// The convention that every answer of its keys follows (at least `minimumAnswers` of them,
  /// none with a true value of 0, none correct as it is), where the judge credits each for the
  /// convention's form of its true or follow-through value; nil when none does. The sensitivities
  /// are tried only for half the squared error, the only loss whose δ they double.
  static func recognise(
    _ answers: [(position: Int, answer: PrintedNumber, followThrough: Double)], trace: Trace, judge: Judge
  ) -> SignConvention? {
    allCases.first { convention in
      guard convention != .sensitivitiesUnderDelta || trace.network.loss == .halfSquaredError else { return false }
      let family = answers.filter { convention.holds(trace.layout.quantities[$0.position]) }
      guard family.count >= minimumAnswers else { return false }
      return family.allSatisfy { position, answer, followThrough in
        let truth = trace.values[position], key = trace.layout.keys[position]
        guard truth != 0, !judge.reproduces(answer, key: key, truth: truth, followThrough: followThrough) else { return false }
        return judge.reproduces(answer, key: key, truth: convention.form(truth), followThrough: convention.form(followThrough))
      }
    }
  }

  /// True for the quantities whose keys the convention writes under.
  private func holds(_ quantity: Quantity) -> Bool {
    switch (self, quantity) {
    case (.errorTermUnderDelta, .delta), (.sensitivitiesUnderDelta, .delta), (.deltaUnderErrorTerm, .errorTermSignal):
      return true
    case let (_, .ofExample(inner, _)):
      return holds(inner)
    default:
      return false
    }
  }

  /// The value the convention writes for a true value.
  private func form(_ value: Double) -> Double {
    switch self {
    case .errorTermUnderDelta, .deltaUnderErrorTerm: return -value
    case .sensitivitiesUnderDelta: return 2 * value
    }
  }
}
