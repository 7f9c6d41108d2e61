extension Trace {
  /// What each entry computes to from a student's values of the others, in one pass: the step
  /// is run (under `variant`, or as the trace was, correctly or under the deviation its fixture
  /// declares, when nil) with the student's values in place of the
  /// computed ones, and every entry is evaluated from the values it refers to. For an entry the
  /// student answered, that is what the student's *other* answers give for it, the same number
  /// `replay(variant:overriding:)` gives with every answer but that one fixed.
  ///
  /// Given values keep the recorded ones (swapped, for `targetsSwapped`). Values obtained by
  /// repeating the step are recomputed from the student's first step when the variant can follow
  /// later steps (`followsLaterSteps`) and the student answered one of them.
  /// - Parameter student: the student's values, by position.
  /// - Complexity: O(entries), plus O(steps × entries) for an answered later-step value.
  package func recomputed(from student: [Int: Double], variant: Variant?) -> [Double] {
    let variant = variant ?? declaredVariant  // nil: the trace's own step
    var ledger = ReplayingLedger(layout, starting: startingValues(variant), fixing: student, variant: variant, recording: true)
    rerun(into: &ledger)
    var (values, computed) = (ledger.values, ledger.computed)
    let later = student.keys.filter { layout.derivations[$0].isRepeatedSteps }
    if !later.isEmpty, followsLaterSteps {
      fillLaterSteps(&values, variant: variant, fixed: Set(student.keys).subtracting(later))
      for position in later { computed[position] = values[position] }
    }
    return computed
  }
}

extension Derivation {
  /// True for a value obtained by repeating whole steps.
  var isRepeatedSteps: Bool {
    if case .repeatedSteps = self { return true }
    return false
  }
}
