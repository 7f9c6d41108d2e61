/// A practice session on one trace, as a pure state machine: it asks for one value at a time
/// in lecture order, judges what the student types, and says what to do next. The command line
/// only reads lines and prints what the quiz returns, so tests drive a quiz directly.
///
/// Each answer is judged by the same `Judge` as `verify`: against the true value, and against
/// what the student's own earlier answers give (follow-through, accepted as right). An answer too
/// coarse to judge is asked again and is not a try. The first wrong try gets a hint, the formula
/// with the student's own values substituted; the second gets the worked step, and the quiz goes
/// on with the true value, so one slip does not spoil the rest. A wrong answer that a common
/// mistake (`Variant`) or a slip (`Slip`) gives, under the judge's rule, has it named.
package struct Quiz: Sendable {
  /// The longest line a quiz reads as an answer, in bytes; a longer one ends the quiz.
  package static let maximumLineLength = 1_000
  /// The most lines in a row that are not usable answers (not a number, too coarse) before the
  /// quiz gives up: input that never answers cannot keep it asking for ever.
  package static let maximumUnusableLines = 100

  /// The record being practised.
  package let trace: Trace
  /// What is asked, in lecture order.
  package let questions: [QuizQuestion]
  /// The rule answers are judged by.
  package let judging: Judge
  /// How each settled question went, in order.
  package private(set) var records: [QuizRecord] = []
  /// True once the quiz stopped early (`stop()`).
  package private(set) var stopped = false

  /// The position in `questions` of the current question.
  private(set) var index = 0
  /// The wrong answers to the current question, as typed.
  private var wrongAnswers: [String] = []
  /// The mistakes recognised in them.
  private var mistakes: [Mistake] = []
  /// The values the student works with, by position: answers accepted, and true values of
  /// shown steps.
  private var student: [Int: Double] = [:]

  /// A quiz on `trace` asking for the values of `selection`, judged by `judging` (a fixture's
  /// `judge`).
  /// - Throws: `QuizError` for a key the trace does not have or that cannot be asked, or when
  ///   the selection asks for nothing.
  package init(trace: Trace, selection: QuizSelection = .all, judging: Judge = .standard) throws(QuizError) {
    self.trace = trace
    self.judging = judging
    questions = try Self.questions(trace, selection)
  }

  /// The question to answer now, or nil when the quiz is over.
  package var current: QuizQuestion? {
    stopped || index >= questions.count ? nil : questions[index]
  }

  /// The number (from 1) of the current question.
  package var number: Int { index + 1 }

  /// True when the current question has had a wrong try (the next wrong one shows the step).
  package var hasHinted: Bool { !wrongAnswers.isEmpty }

  /// The trace recomputed from the student's values: what their numbers give.
  private var own: Trace {
    trace.replay(overriding: Dictionary(uniqueKeysWithValues: student.map { (trace.layout.keys[$0.key], $0.value) }))
  }

  /// Values the current question's formula needs that the student neither was given nor has
  /// been asked for (net inputs, with `--part backward`): as the student's values give them.
  package var knownValues: [(key: TraceKey, value: Double)] {
    guard let question = current else { return [] }
    let asked = Set(questions.prefix(index).map(\.key))
    let layout = trace.layout
    let own = self.own
    // Only the keys the formula shows: σ′ is written in terms of out, not net.
    let shown = Set(question.definition.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map { TraceKey(String($0)) })
    var seen: Set<TraceKey> = []
    return layout.derivations[question.position].references.compactMap { key in
      guard shown.contains(key), let position = layout.position(of: key), layout.derivations[position] != .given,
        !asked.contains(key), seen.insert(key).inserted
      else { return nil }
      return (key, own.values[position])
    }
  }

  /// Judges one line typed for the current question (once the quiz is over, every line is
  /// `.notANumber`: there is nothing left to answer).
  package mutating func judge(_ text: String) -> QuizFeedback {
    guard let question = current else { return .notANumber(text) }
    guard let printed = PrintedNumber(text) else { return .notANumber(text) }
    let position = question.position
    let truth = trace.values[position]
    let followThrough = trace.recomputed(from: student, variant: nil)[position]
    let agreement: QuizFeedback.Agreement
    switch judging.judge(printed, key: question.key, truth: truth, followThrough: followThrough) {
    case .tooCoarse: return .tooImprecise(printed.text, minimum: judging.minimumSignificantDigits)
    case .correct: agreement = .rounded
    case .correctTruncated: agreement = .truncated
    case .followThrough: agreement = .fromYourValues(followThrough)
    case .wrong:
      let mistake = recognisedMistake(printed, at: position, followThrough: followThrough)
      return wrong(printed, question: question, mistake: mistake)
    }
    student[position] = printed.value
    settle(wrongAnswers.isEmpty ? .firstTry : .afterHint)
    return .correct(agreement)
  }

  /// Records a wrong try: a hint the first time, the worked step (and the true value carried on)
  /// the second.
  private mutating func wrong(_ printed: PrintedNumber, question: QuizQuestion, mistake: Mistake?) -> QuizFeedback {
    let position = question.position
    wrongAnswers.append(printed.text)
    if let mistake, !mistakes.contains(mistake) { mistakes.append(mistake) }
    if wrongAnswers.count == 1 {
      let hint = PlainFormulaWriter(trace: own).formula(at: position)
      return .hint("\(hint.symbol) = \(hint.substituted ?? hint.formula ?? hint.result)", mistake: mistake)
    }
    student[position] = trace.values[position]
    settle(.shown)
    return .shown(workedStep(question), mistake: mistake)
  }

  /// Ends the quiz early (end of input, or the student quits). A current question with a
  /// wrong try is recorded as stopped; one not yet tried is not counted.
  package mutating func stop() {
    guard current != nil else { return }
    if !wrongAnswers.isEmpty { settle(.stopped) }
    stopped = true
  }

  /// The first common mistake whose computation gives the wrong answer `printed` under the
  /// judge's rule (as `Diagnosis` judges it); else the first slip that does.
  private func recognisedMistake(_ printed: PrintedNumber, at position: Int, followThrough: Double) -> Mistake? {
    let key = trace.layout.keys[position]
    let variant = Variant.allCases.first { variant in
      let own = trace.run(variant, overriding: [:], laterSteps: false).values[position]
      return judging.reproduces(printed, key: key, truth: own, followThrough: trace.recomputed(from: student, variant: variant)[position])
    }
    if let variant { return .variant(variant) }
    let sources = trace.slipSources(at: position, followThrough: followThrough, student: student)
    return SlipFinding.find(in: printed, key: key, sources: sources, judge: judging).map { .slip($0.slip) }
  }

  /// The worked step of `question` with the true values: what `--reveal` shows.
  package func workedStep(_ question: QuizQuestion) -> PlainFormula {
    PlainFormulaWriter(trace: trace, format: Self.numbers).formula(at: question.position)
  }

  /// Records how the current question went and moves to the next.
  private mutating func settle(_ outcome: QuizRecord.Outcome) {
    guard let question = current else { return }
    records.append(
      QuizRecord(
        question: question, outcome: outcome, wrongAnswers: wrongAnswers, mistakes: mistakes,
        value: trace.values[question.position]))
    wrongAnswers = []
    mistakes = []
    index += 1
  }
}
