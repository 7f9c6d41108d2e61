/// The verdict on one answer of a student.
package enum AnswerVerdict: Equatable, Sendable {
  /// The true value, rounded (`.rounded`) or truncated (`.truncated`) to the answer's decimals,
  /// gives the answer's digits.
  case correct(PrintedNumber.Match)
  /// Wrong, but what the student's own earlier answers give: follow-through. `dependsOn` names
  /// the earlier wrong answers it was computed from (lecture order); `recomputed` is the value
  /// those answers give.
  case consistent(dependsOn: [TraceKey], recomputed: Double)
  /// The true (or follow-through) value gives it, but it shows fewer significant digits than
  /// `minimumDigits` (and is not the exact value): it scores 0, like a wrong answer.
  case tooCoarse(minimumDigits: Int)
  /// Wrong, and not explained by the student's earlier answers.
  case wrong
  /// The key is not a key of the trace; `suggestion` is the nearest one, when one is close.
  case unknownKey(suggestion: String?)
  /// The assignment asks for this key and the sheet has no answer for it.
  case missing

  /// True for `.correct`.
  package var isCorrect: Bool {
    if case .correct = self { return true }
    return false
  }

  /// True for `.consistent`.
  package var isConsistent: Bool {
    if case .consistent = self { return true }
    return false
  }

  /// True for `.tooCoarse`.
  package var isTooCoarse: Bool {
    if case .tooCoarse = self { return true }
    return false
  }

  /// The name in JSON reports: `correct`, `correct-truncated`, `follow-through`, `too-coarse`,
  /// `wrong`, `unknown-key` or `missing`.
  package var name: String {
    switch self {
    case .correct(.truncated): return Judgement.correctTruncated.rawValue
    case .correct: return Judgement.correct.rawValue
    case .consistent: return Judgement.followThrough.rawValue
    case .tooCoarse: return Judgement.tooCoarse.rawValue
    case .wrong: return Judgement.wrong.rawValue
    case .unknownKey: return "unknown-key"
    case .missing: return "missing"
    }
  }
}

/// One line of a verification: an answer (or a missing one), the true value and the verdict.
package struct JudgedAnswer: Equatable, Sendable {
  /// The key, as the student wrote it (or as the assignment lists it, when missing).
  package let key: String
  /// The student's answer; nil when missing.
  package let answer: Answer?
  /// The true value; nil for an unknown key.
  package let expected: Double?
  /// The verdict.
  package let verdict: AnswerVerdict
  /// The slip that gives a wrong answer, when one does and the likely mistake does not explain it.
  package let slip: SlipFinding?

  /// Creates a judged answer.
  package init(key: String, answer: Answer?, expected: Double?, verdict: AnswerVerdict, slip: SlipFinding? = nil) {
    self.key = key
    self.answer = answer
    self.expected = expected
    self.verdict = verdict
    self.slip = slip
  }

  /// The answer minus the true value, when both exist.
  package var difference: Double? {
    guard let answer, let expected else { return nil }
    return answer.printed.value - expected
  }
}
