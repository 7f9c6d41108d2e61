/// The candidate closest to `name` by edit distance, when it is close enough to be a likely typo
/// (at most 2 edits, and fewer edits than the longer of the two has characters, so `q` suggests
/// no arbitrary one-letter name); nil otherwise. Case is ignored.
///
/// Ties go to a candidate with the same first letter, then to the earliest, so the suggestion is
/// deterministic.
/// - Complexity: O(candidates × name length²).
package func nearestName(to name: String, among candidates: [String]) -> String? {
  let target = Array(name.lowercased().unicodeScalars)
  var best: (candidate: String, rank: Int)?
  for candidate in candidates {
    let scalars = Array(candidate.lowercased().unicodeScalars)
    let distance = editDistance(target, scalars)
    guard distance <= 2, distance < max(target.count, scalars.count) else { continue }
    let rank = 2 * distance + (scalars.first == target.first ? 0 : 1)
    if rank < (best?.rank ?? Int.max) { best = (candidate, rank) }
  }
  return best?.candidate
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
