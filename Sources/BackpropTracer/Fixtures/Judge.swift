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
///
/// The judge's settings, which a fixture gives, are declared here beside the fixture reader; the
/// decision itself (`judge`, `reproduces`, the rule table) is Verification's (Judge+Verdict.swift,
/// Judge+Rules.swift).
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
