/// Finds, for a student's sheet, the other student whose variant it fits best: how many of its
/// answers the judge calls correct against that student's true values (follow-through left out).
///
/// Comparing every sheet with every key in full would take (students)² verifications. Instead
/// the true values of each key are indexed by bucket of width 10^−d, for each number of decimals
/// d the sheets use: an answer with d decimals can only be correct for a value within one unit
/// of it, so only the values of its bucket and the buckets beside it are judged. A key graded
/// with a tolerance is judged against every student.
/// - Complexity: O(students × distinct (key, decimals) pairs) to index, plus O(candidates) per
///   answer: linear in the number of answers unless many students share a value.
package struct VariantMatcher {
  /// Another student's variant that a sheet fits better than its own.
  package struct Match: Equatable, Sendable {
    /// The other student's id.
    package let id: String
    /// How many of the sheet's answers are correct for that student's variant.
    package let fits: Int
    /// How many are correct for the sheet's own variant.
    package let own: Int
  }

  private let ids: [String]
  private let keys: [TraceKey]
  private let keyIndex: [TraceKey: Int]
  /// values[student][key]: the true value, or NaN when the student's trace lacks the key.
  private let values: [[Double]]
  private let judges: [Judge]
  private var buckets: [BucketKey: [Int64: [Int]]] = [:]

  private struct BucketKey: Hashable {
    let key: Int
    let decimals: Int
  }

  /// A matcher over the assignment keys of `variants` (all variants of one fixture).
  package init(_ variants: [StudentVariant]) {
    ids = variants.map(\.student.id)
    keys = variants.first?.fixture.assignment ?? []
    keyIndex = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    let keys = self.keys
    values = variants.map { variant in keys.map { variant.trace[$0] ?? .nan } }
    judges = variants.map(\.fixture.judge)
  }

  /// The student other than `own` (an index into the variants) whose variant the `sheet` fits
  /// best, when it fits that variant better than its own and at least half of its answers (and
  /// at least 2) fit it: a sheet that copies another student's answers. Ties go to the first
  /// student of the roster.
  package mutating func copiedVariant(of sheet: AnswerSheet, own: Int) -> Match? {
    var fits: [Int: Int] = [:]
    var answered = 0
    for answer in sheet.answers {
      guard let k = keyIndex[TraceKey(answer.key)] else { continue }
      answered += 1
      for student in candidates(for: answer.printed, key: k) where isCorrect(answer.printed, key: k, student: student) {
        fits[student, default: 0] += 1
      }
    }
    let ownFits = fits[own] ?? 0
    let best = fits.filter { $0.key != own }.min { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
    guard let best, best.value > ownFits, best.value >= max(2, (answered + 1) / 2) else { return nil }
    return Match(id: ids[best.key], fits: best.value, own: ownFits)
  }

  private func isCorrect(_ answer: PrintedNumber, key: Int, student: Int) -> Bool {
    judges[student].judge(answer, key: keys[key], truth: values[student][key], followThrough: nil).isCorrect
  }

  /// The students whose value of key `k` the answer may be correct for: those within two buckets
  /// of it, buckets 10^−d wide for an answer with d decimals (wider, by powers of ten, when the
  /// answer has more digits than a bucket index holds), so every value within 10^−d of it is
  /// among them whatever the rounding of the division.
  private mutating func candidates(for answer: PrintedNumber, key k: Int) -> [Int] {
    guard judges.allSatisfy({ $0.tolerance(for: keys[k]) == nil }), answer.value.isFinite else { return Array(ids.indices) }
    let magnitude = answer.value == 0 ? -300 : MoodleQuiz.powerOfTen(answer.value) ?? 0
    let decimals = min(answer.decimals, 14 - magnitude, 300)
    let unit = pow10(-decimals)
    let bucketKey = BucketKey(key: k, decimals: decimals)
    if buckets[bucketKey] == nil {
      var index: [Int64: [Int]] = [:]
      for student in ids.indices {
        let value = values[student][k] / unit
        if value.isFinite, abs(value) < 1e15 { index[Int64(value.rounded(.down)), default: []].append(student) }
      }
      buckets[bucketKey] = index
    }
    let scaled = answer.value / unit
    guard scaled.isFinite, abs(scaled) < 1e15 else { return Array(ids.indices) }
    let bucket = Int64(scaled.rounded(.down))
    return (bucket - 2...bucket + 2).flatMap { buckets[bucketKey]?[$0] ?? [] }
  }
}
