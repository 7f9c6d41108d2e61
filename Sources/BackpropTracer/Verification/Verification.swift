/// A student's answers judged against a trace: a verdict per answer in lecture order, a score,
/// the common mistake that best explains the wrong ones, and the slips in single answers.
///
/// A wrong answer is an expected result, not an error: this never throws.
package struct Verification: Equatable, Sendable {
  /// The answers file.
  package let file: String
  /// One verdict per answer of a key of the trace and per missing key, in lecture order: what
  /// the score counts.
  package let answers: [JudgedAnswer]
  /// The answers under keys the trace does not have, in the order written, each with the key
  /// it most likely means: listed apart and not scored.
  package let unknownKeys: [JudgedAnswer]
  /// The named mistake that best explains the wrong answers, if any does.
  package let diagnosis: Diagnosis?
  /// The other book's convention for the error signal the answers under the δ or Err keys
  /// follow, if they all follow one (`SignConvention`).
  package let convention: SignConvention?
  /// The rule the answers were judged by.
  package let judge: Judge

  /// Judges `sheet` against `trace` with `judge`; `assignment` lists the keys the homework asks
  /// for (each one without an answer is reported missing).
  ///
  /// Every answer is judged by `judge` against its true value and against what the student's
  /// other answers give for it (`Trace.recomputed(from:variant:)`): agreeing with the latter is
  /// follow-through, and the report names the earlier answers it came from. Then each common
  /// mistake is recomputed the same way (`Diagnosis`), and a wrong answer it does not explain is
  /// checked for a slip (`SlipFinding`).
  /// - Complexity: O((variants + 1) × entries) plus O(entries) per follow-through answer.
  package init(sheet: AnswerSheet, trace: Trace, assignment: [TraceKey] = [], judge: Judge = .standard) {
    file = sheet.file
    self.judge = judge
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
    known.sort { $0.position < $1.position }  // lecture order, for the diagnosis's lists
    let student = Dictionary(known.map { ($0.position, $0.answer.printed.value) }, uniquingKeysWith: { first, _ in first })
    let followThrough = trace.recomputed(from: student, variant: nil)
    let judged = known.map { position, answer in
      (position, answer, judge.judge(answer.printed, key: layout.keys[position], truth: trace.values[position], followThrough: followThrough[position]))
    }
    let diagnosis = Diagnosis(trace: trace, judged: judged, student: student, followThrough: followThrough, judge: judge)
    convention = SignConvention.recognise(
      known.map { ($0.position, $0.answer.printed, followThrough[$0.position]) }, trace: trace, judge: judge)
    let explained = Set(diagnosis?.explained ?? [])
    let credited = Set(judged.filter { $0.2.isCorrect }.map(\.0))
    var results: [(position: Int, judged: JudgedAnswer)] = judged.map { position, answer, judgement in
      let key = layout.keys[position]
      var slip: SlipFinding?
      if judgement == .wrong, !explained.contains(key) {
        let sources = trace.slipSources(at: position, followThrough: followThrough[position], student: student)
        slip = SlipFinding.find(in: answer.printed, key: key, sources: sources, judge: judge)
      }
      let verdict: AnswerVerdict
      switch judgement {
      case .correct: verdict = .correct(.rounded)
      case .correctTruncated: verdict = .correct(.truncated)
      case .tooCoarse: verdict = .tooCoarse(minimumDigits: judge.minimumSignificantDigits)
      case .wrong: verdict = .wrong
      case .followThrough:
        let dependsOn = Self.followedAnswers(of: position, trace: trace, student: student, credited: credited)
        verdict = .consistent(dependsOn: dependsOn.map { layout.keys[$0] }, recomputed: followThrough[position])
      }
      return (position, JudgedAnswer(key: answer.key, answer: answer, expected: trace.values[position], verdict: verdict, slip: slip))
    }
    for key in assignment {
      guard let position = layout.position(of: key), student[position] == nil else { continue }
      results.append((position, JudgedAnswer(key: key.rawValue, answer: nil, expected: trace.values[position], verdict: .missing)))
    }
    results.sort { $0.position < $1.position }
    answers = results.map(\.judged)
    var suggestions = unknown.isEmpty ? nil : KeySuggestions(layout: layout)
    unknownKeys = unknown.map { answer in
      let suggestion = suggestions?.suggestion(for: answer.key)
      return JudgedAnswer(key: answer.key, answer: answer, expected: nil, verdict: .unknownKey(suggestion: suggestion))
    }
    self.diagnosis = diagnosis
  }

  /// The number of correct answers.
  package var correctCount: Int { answers.filter(\.verdict.isCorrect).count }
  /// The number of wrong answers consistent with the student's earlier ones.
  package var followThroughCount: Int { answers.filter(\.verdict.isConsistent).count }
  /// The number of answers with too few significant digits to judge.
  package var tooCoarseCount: Int { answers.filter(\.verdict.isTooCoarse).count }
  /// The number of wrong answers (not follow-through).
  package var wrongCount: Int { answers.filter { $0.verdict == .wrong }.count }
  /// The number of keys of the assignment without an answer.
  package var missingCount: Int { answers.filter { $0.verdict == .missing }.count }
  /// The number of scored verdicts: answers of keys of the trace plus missing keys (answers of
  /// unknown keys are not counted).
  package var total: Int { answers.count }
  /// True when every answer is correct and none is missing or under an unknown key.
  package var allCorrect: Bool { correctCount == total && unknownKeys.isEmpty }

  /// The first answer, in lecture order, that is wrong on its own: where the student went wrong.
  package var firstWrong: JudgedAnswer? { answers.first { $0.verdict == .wrong } }

  /// The earlier answers a follow-through answer at `position` came from: those it is computed
  /// from that are not credited as correct, or, when all of them are (rounded values that moved
  /// it), those that differ from their true values.
  private static func followedAnswers(of position: Int, trace: Trace, student: [Int: Double], credited: Set<Int>) -> [Int] {
    let sources = answeredSources(of: position, layout: trace.layout, student: student)
    let uncredited = sources.filter { !credited.contains($0) }
    return uncredited.isEmpty ? sources.filter { student[$0] != trace.values[$0] } : uncredited
  }

  /// The positions of the answered entries that the entry at `position` is computed from, in
  /// lecture order: its derivation's references walked back, stopping at every answered entry
  /// (the student's value is what they used). A value of later steps comes from the whole first
  /// step: every answered entry of it.
  static func answeredSources(of position: Int, layout: TraceLayout, student: [Int: Double]) -> [Int] {
    if layout.derivations[position].isRepeatedSteps {
      return student.keys.filter { !layout.derivations[$0].isRepeatedSteps }.sorted()
    }
    var visited: Set<Int> = [position]
    var pending = [position]
    var found: [Int] = []
    while let current = pending.popLast() {
      for source in layout.operands(of: current) where source >= 0 && visited.insert(source).inserted {
        if student[source] != nil { found.append(source) } else { pending.append(source) }
      }
    }
    return found.sorted()
  }
}
