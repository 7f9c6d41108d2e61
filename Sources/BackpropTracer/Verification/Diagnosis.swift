/// The named mistake (`Variant`) that best explains a student's wrong answers, with the evidence.
///
/// Each answer is recomputed under each variant from the student's own other answers, so a
/// mistake is recognised where it happens even after earlier slips. An answer is *explained*
/// when it is wrong on its own (not correct, not follow-through) and the variant gives it; it
/// *contradicts* the variant when it is not wrong on its own but the variant gives a different
/// number. The variant with the most explained answers net of contradictions wins (ties: the
/// first in `Variant.allCases`); none is named unless it explains more than it contradicts.
public struct Diagnosis: Equatable, Sendable {
  /// The mistake.
  public let variant: Variant
  /// The wrong answers it explains, in lecture order.
  public let explained: [TraceKey]
  /// The wrong answers it does not explain (other slips), in lecture order.
  public let unexplained: [TraceKey]
  /// The answers the student got right (or followed through) that it would have changed.
  public let contradicted: [TraceKey]

  /// Creates a diagnosis.
  public init(variant: Variant, explained: [TraceKey], unexplained: [TraceKey], contradicted: [TraceKey]) {
    self.variant = variant
    self.explained = explained
    self.unexplained = unexplained
    self.contradicted = contradicted
  }

  /// The best-explaining variant for judged `answers` of the keys in `student` (their values),
  /// or nil when no answer is wrong on its own or no variant explains more than it contradicts.
  /// - Complexity: O(variants × answers × entries).
  init?(trace: Trace, answers: [JudgedAnswer], student: [TraceKey: Double]) {
    let judged = answers.compactMap { judged -> (key: TraceKey, answer: Answer, isWrong: Bool)? in
      guard let answer = judged.answer, judged.expected != nil else { return nil }
      return (TraceKey(judged.key), answer, judged.verdict == .wrong)
    }
    guard judged.contains(where: \.isWrong) else { return nil }
    var best: Diagnosis?
    for variant in Variant.allCases {
      var explained: [TraceKey] = [], unexplained: [TraceKey] = [], contradicted: [TraceKey] = []
      for (key, answer, isWrong) in judged {
        var others = student
        others[key] = nil
        var isLaterStep = false
        if case .repeatedSteps? = trace.entry(key)?.derivation { isLaterStep = true }
        let value = trace.run(variant, overriding: others, laterSteps: isLaterStep)[key] ?? .nan
        let agrees = answer.printed.agrees(with: value)
        if isWrong {
          if agrees { explained.append(key) } else { unexplained.append(key) }
        } else if !agrees {
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
