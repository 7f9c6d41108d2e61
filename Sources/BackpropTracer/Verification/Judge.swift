/// The one rule that decides whether a student's number counts: used by `verify`, `quiz` and any
/// later grading, so every command gives the same verdict on the same answer.
///
/// By default an answer is judged at the precision it was written, with a floor: it must show at
/// least `minimumSignificantDigits` significant digits (2), or be the exact value (`0.4` for a
/// weight that is exactly 0.4). An answer that the true value, rounded or cut off at the answer's
/// decimals, gives but that shows fewer digits is *too coarse*: it scores 0 and is never correct
/// (`1` would otherwise pass for 0.593). A key with a `Tolerance` (a course that grades within an
/// absolute or relative tolerance) is judged by the tolerance instead, floor included.
///
/// Follow-through applies the same rule to the value the student's own earlier answers give,
/// allowing one unit of the last decimal more when those answers moved the value visibly (the
/// student carried more digits than they wrote), never for an answer below the floor.
/// The decision is the table `Judge.rules` (see Judge+Rules.swift), which `ruleTableJSON` writes
/// out so that a JavaScript copy can make the same decision.
///
/// The floor is for students' answers only: `check` matches a book's printed values at whatever
/// precision the book printed (`PrintedNumber.match`).
package struct Judge: Equatable, Sendable {
  /// The floor when a fixture sets none.
  package static let defaultMinimumSignificantDigits = 2
  /// The largest floor a fixture may set: a `Double` carries 17 significant digits.
  package static let maximumSignificantDigits = 17
  /// The judge of a fixture that sets nothing: 2 significant digits, no tolerance.
  package static let standard = Judge()

  /// The fewest significant digits an answer must show, unless it is the exact value.
  package let minimumSignificantDigits: Int
  /// Tolerances for single keys.
  package let tolerances: [TraceKey: Tolerance]
  /// The tolerance of every other key (`"*"` in a fixture), or nil for printed precision.
  package let defaultTolerance: Tolerance?

  /// Creates a judge.
  package init(
    minimumSignificantDigits: Int = Judge.defaultMinimumSignificantDigits, tolerances: [TraceKey: Tolerance] = [:],
    defaultTolerance: Tolerance? = nil
  ) {
    self.minimumSignificantDigits = minimumSignificantDigits
    self.tolerances = tolerances
    self.defaultTolerance = defaultTolerance
  }

  /// The tolerance `key` is graded with, or nil for printed precision.
  package func tolerance(for key: TraceKey) -> Tolerance? {
    tolerances[key] ?? defaultTolerance
  }

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

/// How close an answer must come, for a course that grades with a tolerance.
package enum Tolerance: Equatable, Sendable {
  /// |answer − value| ≤ the bound.
  case absolute(Double)
  /// |answer − value| ≤ the fraction × |value| (0.01 for 1%).
  case relative(Double)

  /// True when `answer` lies within the tolerance of `value`; a relative allowance of 10⁻⁹
  /// absorbs the binary noise of the subtraction.
  package func admits(_ answer: Double, around value: Double) -> Bool {
    guard answer.isFinite, value.isFinite else { return false }
    let bound: Double
    switch self {
    case let .absolute(amount): bound = amount
    case let .relative(fraction): bound = fraction * abs(value)
    }
    return abs(answer - value) <= bound * (1 + 1e-9)
  }
}
