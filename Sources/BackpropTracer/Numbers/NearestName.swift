/// The candidate closest to `name` by edit distance, when it is close enough to be a likely typo
/// (at most 2 edits, and fewer edits than the name has characters); nil otherwise.
///
/// Ties go to the earliest candidate, so the suggestion is deterministic.
/// - Complexity: O(candidates × name length²).
public func nearestName(to name: String, among candidates: [String]) -> String? {
  let target = Array(name.lowercased().unicodeScalars)
  var best: (candidate: String, distance: Int)?
  for candidate in candidates {
    let distance = editDistance(target, Array(candidate.lowercased().unicodeScalars))
    if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
  }
  guard let best, best.distance <= 2, best.distance < target.count else { return nil }
  return best.candidate
}

/// Levenshtein distance: insertions, deletions and substitutions each cost 1.
private func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
  if a.isEmpty { return b.count }
  var previous = Array(0...b.count)
  var current = previous
  for i in 1...a.count {
    current[0] = i
    for j in stride(from: 1, through: b.count, by: 1) {
      let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
      current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
    }
    swap(&previous, &current)
  }
  return previous[b.count]
}
