/// The named mistake (`Variant`) that best explains a student's wrong answers, with the evidence.
///
/// Each answer is recomputed under each variant from the student's own other answers
/// (`Trace.recomputed(from:variant:)`), so a mistake is recognised where it happens even after
/// earlier slips. An answer is *explained* when it is wrong on its own (not correct, not
/// follow-through, not too coarse) and the judge credits it (correct or follow-through) when the
/// variant's computation is taken as the correct one: the variant's own value as the true value,
/// the variant recomputed from the student's other answers as the follow-through value. So a
/// diagnosis lists only answers its variant reproduces under the judge's rule. An answer
/// *contradicts* the variant when it is correct or follow-through but the judge would not credit
/// it under the variant. The variant with the most explained answers net of
/// contradictions wins (ties: the first in `Variant.allCases`); none is named unless it explains
/// more than it contradicts.
package struct Diagnosis: Equatable, Sendable {
  /// The mistake.
  package let variant: Variant
  /// The wrong answers it explains, in lecture order.
  package let explained: [TraceKey]
  /// The wrong answers it does not explain (other slips), in lecture order.
  package let unexplained: [TraceKey]
  /// The answers the student got right (or followed through) that it would have changed.
  package let contradicted: [TraceKey]

  /// Creates a diagnosis.
  package init(variant: Variant, explained: [TraceKey], unexplained: [TraceKey], contradicted: [TraceKey]) {
    self.variant = variant
    self.explained = explained
    self.unexplained = unexplained
    self.contradicted = contradicted
  }

  /// The best-explaining variant for the `judged` answers (position, answer, judgement, in
  /// lecture order) of a sheet whose values are `student`, or nil when no answer is wrong or no
  /// variant explains more than it contradicts.
  /// - Complexity: O(variants × (entries + answers)), times the steps when a value of later steps
  ///   is answered.
  /// `followThrough` is what the student's other answers give for each entry in the correct
  /// computation; where a variant leaves both that and the true value alone, its verdict is the
  /// judge's verdict already given.
  init?(trace: Trace, judged: [(Int, Answer, Judgement)], student: [Int: Double], followThrough correct: [Double], judge: Judge) {
    guard judged.contains(where: { $0.2 == .wrong }) else { return nil }
    var best: Diagnosis?
    let laterSteps = judged.contains { trace.layout.derivations[$0.0].isRepeatedSteps }
    for variant in Variant.allCases {
      let own = trace.run(variant, overriding: [:], laterSteps: laterSteps).values
      let followThrough = trace.recomputed(from: student, variant: variant)
      var explained: [TraceKey] = [], unexplained: [TraceKey] = [], contradicted: [TraceKey] = []
      for (position, answer, judgement) in judged where judgement != .tooCoarse {
        let key = trace.layout.keys[position]
        let untouched = own[position] == trace.values[position] && followThrough[position] == correct[position]
        let reproduced =
          untouched
          ? judgement.isCredited
          : judge.reproduces(answer.printed, key: key, truth: own[position], followThrough: followThrough[position])
        if judgement == .wrong {
          if reproduced { explained.append(key) } else { unexplained.append(key) }
        } else if !reproduced {
          contradicted.append(key)
        }
      }
      let candidate = Diagnosis(variant: variant, explained: explained, unexplained: unexplained, contradicted: contradicted)
      if candidate.margin > max(best?.margin ?? 0, 0) { best = candidate }
    }
    guard let best else { return nil }
    self = best
  }

  /// Explained answers minus contradicted ones.
  private var margin: Int { explained.count - contradicted.count }
}
