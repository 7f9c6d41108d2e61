/// A practice session on one trace, as a pure state machine: it asks for one value at a time
/// in lecture order, judges what the student types, and says what to do next. The command line
/// only reads lines and prints what the quiz returns, so tests drive a quiz directly.
///
/// Each answer is judged at the precision typed (`PrintedNumber.match`). An answer that misses
/// the true value but agrees with what the student's own earlier (rounded) answers give is
/// accepted too. The first wrong try gets a hint, the formula with the student's own values
/// substituted; the second gets the worked step, and the quiz goes on with the true value, so
/// one slip does not spoil the rest. A wrong answer that a common mistake (`Variant`) gives,
/// computed from the student's values, has that mistake named.
public struct Quiz: Sendable {
  /// The record being practised.
  public let trace: Trace
  /// What is asked, in lecture order.
  public let questions: [QuizQuestion]
  /// How each settled question went, in order.
  public private(set) var records: [QuizRecord] = []
  /// True once the quiz stopped early (`stop()`).
  public private(set) var stopped = false

  /// The position in `questions` of the current question.
  private(set) var index = 0
  /// The wrong answers to the current question, as typed.
  private var wrongAnswers: [String] = []
  /// The mistakes recognised in them.
  private var mistakes: [Variant] = []
  /// The values the student works with: answers accepted, and true values of shown steps.
  private var student: [TraceKey: Double] = [:]

  /// A quiz on `trace` asking for the values of `selection`.
  /// - Throws: `QuizError` for a key the trace does not have or that cannot be asked, or when
  ///   the selection asks for nothing.
  public init(trace: Trace, selection: QuizSelection = .all) throws(QuizError) {
    self.trace = trace
    questions = try Self.questions(trace, selection)
  }

  /// The question to answer now, or nil when the quiz is over.
  public var current: QuizQuestion? {
    stopped || index >= questions.count ? nil : questions[index]
  }

  /// The number (from 1) of the current question.
  public var number: Int { index + 1 }

  /// True when the current question has had a wrong try (the next wrong one shows the step).
  public var hasHinted: Bool { !wrongAnswers.isEmpty }

  /// The trace recomputed from the student's values: what their numbers give.
  private var own: Trace { trace.replay(overriding: student) }

  /// Values the current question's formula needs that the student neither was given nor has
  /// been asked for (net inputs, with `--only backward`): as the student's values give them.
  public var knownValues: [(key: TraceKey, value: Double)] {
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
  public mutating func judge(_ text: String) -> QuizFeedback {
    guard let question = current else { return .notANumber(text) }
    guard let printed = PrintedNumber(text), printed.value.isFinite else { return .notANumber(text) }
    let truth = trace.values[question.position]
    let own = self.own
    let recomputed = own.values[question.position]
    let agreement: QuizFeedback.Agreement?
    switch printed.match(truth) {
    case .rounded: agreement = .rounded
    case .truncated: agreement = .truncated
    case .mismatch: agreement = recomputed != truth && printed.agrees(with: recomputed) ? .fromYourValues(recomputed) : nil
    }
    if let agreement {
      student[question.key] = printed.value
      settle(wrongAnswers.isEmpty ? .firstTry : .afterHint)
      return .correct(agreement)
    }
    let mistake = recognisedMistake(printed, at: question.position, ownValue: recomputed)
    wrongAnswers.append(printed.text)
    if let mistake, !mistakes.contains(mistake) { mistakes.append(mistake) }
    if wrongAnswers.count == 1 {
      let hint = PlainFormulaWriter(trace: own).formula(at: question.position)
      return .hint("\(hint.symbol) = \(hint.substituted ?? hint.formula ?? hint.result)", mistake: mistake)
    }
    student[question.key] = truth
    settle(.shown)
    return .shown(workedStep(question), mistake: mistake)
  }

  /// Ends the quiz early (end of input, or the student quits). A current question with a
  /// wrong try is recorded as stopped; one not yet tried is not counted.
  public mutating func stop() {
    guard current != nil else { return }
    if !wrongAnswers.isEmpty { settle(.stopped) }
    stopped = true
  }

  /// The first common mistake that, computed from the student's values, gives `printed` at
  /// its precision while the correct step does not.
  private func recognisedMistake(_ printed: PrintedNumber, at position: Int, ownValue: Double) -> Variant? {
    let unit = (0..<printed.decimals).reduce(1.0) { unit, _ in unit / 10 }
    return Variant.allCases.first { variant in
      let value = trace.run(variant, overriding: student, laterSteps: false).values[position]
      return printed.agrees(with: value) && abs(value - ownValue) > unit
    }
  }

  /// The worked step of `question` with the true values: what `--reveal` shows.
  public func workedStep(_ question: QuizQuestion) -> PlainFormula {
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
