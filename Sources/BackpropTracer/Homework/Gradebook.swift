/// A course's grades: each student's submission judged against the student's own variant by the
/// same `Verification` as `verify` (follow-through and diagnoses included), a row per student of
/// the roster, and the sheets that fit another student's variant better than their own.
package struct Gradebook: Sendable {
  /// What a student handed in.
  package enum Submission: Sendable {
    /// An answers file that was read.
    case sheet(AnswerSheet)
    /// A file that could not be read as answers, with the one-line reason.
    case unreadable(String)
  }

  /// One student's row.
  package struct Entry: Sendable {
    /// How the submission went.
    package enum Status: Sendable {
      /// Judged.
      case graded(Verification)
      /// No file for this student.
      case missing
      /// A file that could not be read, with the reason.
      case unreadable(String)

      /// `graded`, `missing` or `unreadable`.
      package var name: String {
        switch self {
        case .graded: return "graded"
        case .missing: return "missing"
        case .unreadable: return "unreadable"
        }
      }
    }

    /// The student's id.
    package let id: String
    /// The roster's other fields for the student.
    package let otherFields: [String]
    /// The variant's assignment: the keys the score counts.
    package let assignment: [TraceKey]
    /// The outcome.
    package let status: Status
    /// The other student's variant the sheet fits better than its own, if any.
    package let copied: VariantMatcher.Match?

    /// The verdicts of the assignment's keys (answers to other keys are not scored here).
    package var scored: [JudgedAnswer] {
      guard case let .graded(verification) = status else { return [] }
      let asked = Set(assignment.map(\.rawValue))
      return verification.answers.filter { asked.contains($0.key) }
    }

    /// The verdicts counted: correct, follow-through, too coarse, wrong, missing; answers under
    /// unknown keys.
    package var counts: (correct: Int, followThrough: Int, tooCoarse: Int, wrong: Int, missing: Int, unknown: Int) {
      let scored = self.scored
      var unknown = 0
      if case let .graded(verification) = status { unknown = verification.unknownKeys.count }
      return (
        scored.filter(\.verdict.isCorrect).count, scored.filter(\.verdict.isConsistent).count,
        scored.filter(\.verdict.isTooCoarse).count, scored.filter { $0.verdict == .wrong }.count,
        scored.filter { $0.verdict == .missing }.count, unknown
      )
    }

    /// The score in percent: correct answers, plus `followThroughCredit` (0 to 1) of each
    /// follow-through answer, out of the assignment's keys; nil unless graded.
    package func score(followThroughCredit: Double) -> Double? {
      guard case .graded = status, !assignment.isEmpty else { return nil }
      let counts = self.counts
      return (Double(counts.correct) + followThroughCredit * Double(counts.followThrough)) / Double(assignment.count) * 100
    }

    /// The likely mistake's name, when the judge names one.
    package var likelyMistake: String? {
      guard case let .graded(verification) = status else { return nil }
      return verification.diagnosis?.variant.name
    }
  }

  /// The roster's other columns.
  package let otherColumns: [String]
  /// A row per student, in the roster's order.
  package let entries: [Entry]
  /// The share of a follow-through answer's credit in the score (0: none, 1: full).
  package let followThroughCredit: Double

  /// Grades each student's submission (by id; none: missing) against the student's variant.
  /// - Complexity: a verification per sheet, plus `VariantMatcher`'s comparison with the others.
  package init(
    variants: [StudentVariant], otherFields: [[String]], otherColumns: [String], submissions: [String: Submission],
    followThroughCredit: Double = 0
  ) {
    self.otherColumns = otherColumns
    self.followThroughCredit = followThroughCredit
    var matcher = VariantMatcher(variants)
    entries = variants.enumerated().map { index, variant in
      let id = variant.student.id
      let status: Entry.Status
      var copied: VariantMatcher.Match?
      switch submissions[id] {
      case nil: status = .missing
      case let .unreadable(reason)?: status = .unreadable(reason)
      case let .sheet(sheet)?:
        status = .graded(Verification(sheet: sheet, trace: variant.trace, assignment: variant.fixture.assignment, judge: variant.fixture.judge))
        copied = matcher.copiedVariant(of: sheet, own: index)
      }
      let fields = index < otherFields.count ? otherFields[index] : []
      return Entry(id: id, otherFields: fields, assignment: variant.fixture.assignment, status: status, copied: copied)
    }
  }

  /// True when some submission could not be read.
  package var hasUnreadable: Bool {
    entries.contains { if case .unreadable = $0.status { return true } else { return false } }
  }
}
