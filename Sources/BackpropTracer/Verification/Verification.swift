/// A student's answers judged against a trace: a verdict per answer in lecture order, a score,
/// and the common mistake that best explains the wrong ones.
///
/// A wrong answer is an expected result, not an error: this never throws.
public struct Verification: Equatable, Sendable {
  /// The answers file.
  public let file: String
  /// One verdict per answer and per missing key: answers of known keys and missing keys in
  /// lecture order, then answers of unknown keys in the order written.
  public let answers: [JudgedAnswer]
  /// The named mistake that best explains the wrong answers, if any does.
  public let diagnosis: Diagnosis?

  /// Judges `sheet` against `trace`; `assignment` lists the keys the homework asks for (each
  /// one without an answer is reported missing).
  ///
  /// Each answer is judged at its own printed precision (`PrintedNumber.match`). A wrong answer
  /// that depends on earlier wrong answers is recomputed from all the student's other answers
  /// (`Trace.replay(overriding:)`); if it agrees with that to within one unit of its last
  /// decimal, it is `consistent` (follow-through).
  /// - Complexity: O(wrong answers × entries) plus the diagnosis.
  public init(sheet: AnswerSheet, trace: Trace, assignment: [TraceKey] = []) {
    file = sheet.file
    let layout = trace.layout
    var known: [(position: Int, answer: Answer)] = []
    var unknown: [Answer] = []
    for answer in sheet.answers {
      if let position = layout.position(of: TraceKey(answer.key)) {
        known.append((position, answer))
      } else {
        unknown.append(answer)
      }
    }
    let student = Dictionary(known.map { (layout.keys[$0.position], $0.answer.printed.value) }, uniquingKeysWith: { first, _ in first })
    let mismatched = Set(known.filter { $0.answer.printed.match(trace.values[$0.position]) == .mismatch }.map(\.position))
    var judged: [(position: Int, judged: JudgedAnswer)] = known.map { position, answer in
      let truth = trace.values[position]
      let verdict: AnswerVerdict
      if !mismatched.contains(position) {
        verdict = .correct(answer.printed.match(truth))
      } else {
        verdict = Self.followThrough(
          at: position, answer: answer, trace: trace, student: student, mismatched: mismatched)
      }
      return (position, JudgedAnswer(key: answer.key, answer: answer, expected: truth, verdict: verdict))
    }
    for key in assignment where student[key] == nil {
      guard let position = layout.position(of: key) else { continue }
      judged.append((position, JudgedAnswer(key: key.rawValue, answer: nil, expected: trace.values[position], verdict: .missing)))
    }
    judged.sort { $0.position < $1.position }
    answers = judged.map(\.judged) + unknown.map { answer in
      let suggestion = nearestName(to: answer.key, among: layout.keys.map(\.rawValue))
      return JudgedAnswer(key: answer.key, answer: answer, expected: nil, verdict: .unknownKey(suggestion: suggestion))
    }
    diagnosis = Diagnosis(trace: trace, answers: answers, student: student)
  }

  /// The number of correct answers.
  public var correctCount: Int { answers.filter(\.verdict.isCorrect).count }
  /// The number of wrong answers consistent with the student's earlier ones.
  public var followThroughCount: Int { answers.filter(\.verdict.isConsistent).count }
  /// The number of verdicts: answers plus missing keys.
  public var total: Int { answers.count }
  /// True when every answer is correct and none is missing or unknown.
  public var allCorrect: Bool { correctCount == total }

  /// The first answer, in lecture order, that is wrong on its own: where the student went wrong.
  public var firstWrong: JudgedAnswer? { answers.first { $0.verdict == .wrong } }

  /// The verdict on a wrong answer: `consistent` when the earlier wrong answers it depends on
  /// give it, otherwise `wrong`.
  private static func followThrough(
    at position: Int, answer: Answer, trace: Trace, student: [TraceKey: Double], mismatched: Set<Int>
  ) -> AnswerVerdict {
    let layout = trace.layout
    let dependencies = wrongDependencies(of: position, layout: layout, answered: student, mismatched: mismatched)
    guard !dependencies.isEmpty else { return .wrong }
    var others = student
    others[layout.keys[position]] = nil
    let recomputed = trace.replay(overriding: others).values[position]
    guard answer.printed.agrees(with: recomputed) else { return .wrong }
    return .consistent(dependsOn: dependencies.map { layout.keys[$0] }, recomputed: recomputed)
  }

  /// The positions of the wrong answers that the entry at `position` is computed from, in
  /// lecture order: found by walking its derivation's references back, stopping at every
  /// answered entry (the student's value is what they used).
  static func wrongDependencies(
    of position: Int, layout: TraceLayout, answered: [TraceKey: Double], mismatched: Set<Int>
  ) -> [Int] {
    var visited: Set<Int> = [position]
    var pending = [position]
    var found: [Int] = []
    while let current = pending.popLast() {
      for key in layout.derivations[current].references {
        guard let source = layout.position(of: key), visited.insert(source).inserted else { continue }
        if answered[key] != nil {
          if mismatched.contains(source) { found.append(source) }
        } else {
          pending.append(source)
        }
      }
    }
    return found.sorted()
  }
}
