extension Judge {
  /// The verdict on `answer`, written for `key`, whose true value is `truth`.
  ///
  /// - Parameter followThrough: what the student's own other answers give for this key (the
  ///   entry recomputed from them), or nil when there is nothing to follow through from.
  package func judge(_ answer: PrintedNumber, key: TraceKey, truth: Double, followThrough: Double?) -> Judgement {
    let facts = Facts(
      answer: answer, truth: truth, followThrough: followThrough, tolerance: tolerance(for: key),
      minimumSignificantDigits: minimumSignificantDigits)
    return Self.rules.first { $0.conditions.allSatisfy(facts.holds) }?.judgement ?? .wrong
  }

  /// True when the judge would credit `answer` (correct or follow-through) were `truth` the
  /// true value and `followThrough` what the student's other answers give: how a recomputed
  /// mistake or a slip must give an answer for it to explain the answer.
  package func reproduces(_ answer: PrintedNumber, key: TraceKey, truth: Double, followThrough: Double?) -> Bool {
    judge(answer, key: key, truth: truth, followThrough: followThrough).isCredited
  }
}

/// What the judge decides about one answer.
///
/// The raw values are the names in JSON reports and in the rule table.
package enum Judgement: String, CaseIterable, Sendable {
  /// The true value, rounded to the answer's decimals, gives it (or it is the exact value, or it
  /// is within the key's tolerance).
  case correct
  /// Only the true value with its digits cut off after the answer's decimals gives it.
  case correctTruncated = "correct-truncated"
  /// Not the true value, but what the student's own earlier answers give, under the same rule.
  case followThrough = "follow-through"
  /// The true (or follow-through) value gives it, but it shows too few significant digits to
  /// tell: it scores 0.
  case tooCoarse = "too-coarse"
  /// None of the above.
  case wrong

  /// True for `correct` and `correctTruncated`.
  package var isCorrect: Bool { self == .correct || self == .correctTruncated }

  /// True for `correct`, `correctTruncated` and `followThrough`: the answer is what the
  /// computation gives.
  package var isCredited: Bool { isCorrect || self == .followThrough }
}
