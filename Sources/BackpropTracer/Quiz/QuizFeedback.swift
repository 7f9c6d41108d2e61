/// What a quiz says to one line the student typed.
package enum QuizFeedback: Equatable, Sendable {
  /// How a correct answer was recognised.
  package enum Agreement: Equatable, Sendable {
    /// The true value rounded to the answer's decimals gives it.
    case rounded
    /// The true value with its digits cut off after the answer's decimals gives it.
    case truncated
    /// It is not the true value but what the student's own earlier answers give (`value`),
    /// under the same rule: follow-through, as when they worked with rounded numbers.
    case fromYourValues(Double)
  }

  /// The line is not a number (it does not count as a try); the question is asked again.
  case notANumber(String)
  /// Too coarse (`Judgement.tooCoarse`): the value gives the answer only at fewer significant
  /// digits than the judge asks for ("1" for 0.593). It does not count as a try; exact short
  /// answers (1, 0.05) pass.
  case tooImprecise(String, minimum: Int)
  /// Right; the quiz moves on.
  case correct(Agreement)
  /// The first wrong try: the formula with the student's own earlier values substituted
  /// (`out_h1 = 1 / (1 + e^(-0.3775))`), and the recognised mistake or slip that gives the
  /// answer, if any. The question is asked again.
  case hint(String, mistake: Mistake?)
  /// The second wrong try: the worked step with the true values, and the recognised mistake,
  /// if any. The quiz moves on with the true value.
  case shown(PlainFormula, mistake: Mistake?)

  /// False for a line that was not a usable answer (not a number, too coarse): it is asked again
  /// and is not a try.
  package var isUsable: Bool {
    switch self {
    case .notANumber, .tooImprecise: return false
    case .correct, .hint, .shown: return true
    }
  }

  /// True when the quiz moved on to the next question.
  package var movesOn: Bool {
    switch self {
    case .correct, .shown: return true
    case .notANumber, .tooImprecise, .hint: return false
    }
  }
}

/// How one question of a quiz went.
package struct QuizRecord: Equatable, Sendable {
  /// How it ended.
  package enum Outcome: Equatable, Sendable {
    /// Right at the first try.
    case firstTry
    /// Right after a hint.
    case afterHint
    /// Wrong twice: the worked step was shown.
    case shown
    /// The quiz stopped after a wrong try, before the question was settled.
    case stopped
  }

  /// The question.
  package let question: QuizQuestion
  /// How it ended.
  package let outcome: Outcome
  /// The wrong answers, as typed, in order.
  package let wrongAnswers: [String]
  /// The recognised mistakes and slips behind the wrong answers, without repeats.
  package let mistakes: [Mistake]
  /// The true value.
  package let value: Double

  /// True when the step is worth reviewing: it was not right at the first try.
  package var needsReview: Bool { outcome != .firstTry }
}
