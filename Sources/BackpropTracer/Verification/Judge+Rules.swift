import Foundation

extension Judge {
  /// A fact about one answer that a rule can test. Each is defined on the answer as written
  /// (its digits, decimals and significant digits), the true value, the follow-through value
  /// and the key's tolerance; the raw values are the names in the rule table.
  package enum Condition: String, CaseIterable, Sendable {
    /// The key is graded with a tolerance.
    case hasTolerance = "has-tolerance"
    /// The answer lies within the key's tolerance of the true value.
    case withinToleranceOfTruth = "within-tolerance-of-truth"
    /// There is a follow-through value and the answer lies within the key's tolerance of it.
    case withinToleranceOfFollowThrough = "within-tolerance-of-follow-through"
    /// The answer's digits are the true value exactly (0.4 for 0.4, 1 for 1.0), nothing cut off,
    /// binary noise aside (0.4 for 0.4000000000000001).
    case exactTruth = "exact-truth"
    /// The true value rounded half away from zero to the answer's decimals gives its digits.
    case roundsToTruth = "rounds-to-truth"
    /// The true value with its digits cut off after the answer's decimals gives its digits.
    case truncatesToTruth = "truncates-to-truth"
    /// There is a follow-through value, and rounding or cutting it off at the answer's decimals
    /// gives the answer's digits.
    case fitsFollowThrough = "fits-follow-through"
    /// There is a follow-through value; it differs from the true value by more than one unit of
    /// the answer's last decimal (the student's earlier answers moved it visibly), and the
    /// answer lies within one such unit of it: the student carried more digits than they wrote.
    case nearFollowThrough = "near-follow-through"
    /// The answer shows at least the minimum number of significant digits.
    case enoughDigits = "enough-digits"

    /// The definition, as a sentence, for the rule table.
    package var definition: String {
      switch self {
      case .hasTolerance: return "the key is graded with a tolerance"
      case .withinToleranceOfTruth: return "|answer - truth| <= tolerance (absolute, or relative times |truth|)"
      case .withinToleranceOfFollowThrough:
        return "a follow-through value exists and |answer - followThrough| <= tolerance (relative: times |followThrough|)"
      case .exactTruth:
        return "the answer's decimal digits equal the shortest decimal digits of truth, or those rounded half away from zero to 15 significant digits (binary noise set aside)"
      case .roundsToTruth: return "truth, rounded half away from zero to the answer's decimals, has the answer's digits and sign"
      case .truncatesToTruth: return "truth, cut off after the answer's decimals, has the answer's digits and sign"
      case .fitsFollowThrough:
        return "a follow-through value exists and, rounded or cut off to the answer's decimals, has the answer's digits and sign"
      case .nearFollowThrough:
        return "a follow-through value exists, |followThrough - truth| > unit and |answer - followThrough| <= unit, where unit = 10^-(the answer's decimals)"
      case .enoughDigits: return "the answer shows at least minimumSignificantDigits significant digits"
      }
    }
  }

  /// One row of the rule table: when every condition holds, the judgement.
  package struct Rule: Equatable, Sendable {
    /// The conditions, all of which must hold.
    package let conditions: [Condition]
    /// The verdict they give.
    package let judgement: Judgement
  }

  /// The decision, in order: the first row whose conditions all hold gives the verdict; the last
  /// row (no condition) makes everything else wrong.
  package static let rules: [Rule] = [
    Rule(conditions: [.hasTolerance, .withinToleranceOfTruth], judgement: .correct),
    Rule(conditions: [.hasTolerance, .withinToleranceOfFollowThrough], judgement: .followThrough),
    Rule(conditions: [.hasTolerance], judgement: .wrong),
    Rule(conditions: [.exactTruth], judgement: .correct),
    Rule(conditions: [.roundsToTruth, .enoughDigits], judgement: .correct),
    Rule(conditions: [.truncatesToTruth, .enoughDigits], judgement: .correctTruncated),
    Rule(conditions: [.roundsToTruth], judgement: .tooCoarse),
    Rule(conditions: [.truncatesToTruth], judgement: .tooCoarse),
    Rule(conditions: [.fitsFollowThrough, .enoughDigits], judgement: .followThrough),
    Rule(conditions: [.nearFollowThrough, .enoughDigits], judgement: .followThrough),
    Rule(conditions: [.fitsFollowThrough], judgement: .tooCoarse),
    Rule(conditions: [], judgement: .wrong),
  ]

  /// What the conditions are tested on, for one answer: each value compared with the answer
  /// once.
  struct Facts {
    let answer: PrintedNumber
    let truth: Double
    let followThrough: Double?
    let tolerance: Tolerance?
    let minimumSignificantDigits: Int
    private let withTruth: PrintedNumber.Comparison
    private let withFollowThrough: PrintedNumber.Comparison

    init(answer: PrintedNumber, truth: Double, followThrough: Double?, tolerance: Tolerance?, minimumSignificantDigits: Int) {
      self.answer = answer
      self.truth = truth
      self.followThrough = followThrough
      self.tolerance = tolerance
      self.minimumSignificantDigits = minimumSignificantDigits
      withTruth = tolerance == nil ? answer.compare(truth) : .none
      withFollowThrough = tolerance == nil ? (followThrough == truth ? withTruth : followThrough.map(answer.compare) ?? .none) : .none
    }

    /// Whether `condition` holds.
    func holds(_ condition: Condition) -> Bool {
      switch condition {
      case .hasTolerance: return tolerance != nil
      case .withinToleranceOfTruth: return tolerance?.admits(answer.value, around: truth) ?? false
      case .withinToleranceOfFollowThrough:
        guard let tolerance, let followThrough else { return false }
        return tolerance.admits(answer.value, around: followThrough)
      case .exactTruth: return withTruth.isExact
      case .roundsToTruth: return withTruth.rounds
      case .truncatesToTruth: return withTruth.truncates
      case .fitsFollowThrough: return withFollowThrough.rounds || withFollowThrough.truncates
      case .nearFollowThrough:
        guard let followThrough, followThrough.isFinite else { return false }
        let unit = answer.lastDecimalUnit * (1 + 1e-9)
        return abs(followThrough - truth) > unit && abs(answer.value - followThrough) <= unit
      case .enoughDigits: return answer.significantDigits >= minimumSignificantDigits
      }
    }
  }
}
