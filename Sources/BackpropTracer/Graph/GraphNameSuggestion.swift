/// "Did you mean …?" for a misspelt name.
enum GraphNameSuggestion {
  /// The candidate at the smallest edit distance from `name`, if that distance is at most 2
  /// and smaller than the longer name (so `q` suggests nothing rather than any one-letter name).
  /// Ties go to a candidate with the same first letter, then to the earliest in `candidates`.
  static func nearest(to name: String, among candidates: [String]) -> String? {
    var best: (name: String, rank: Int)?
    for candidate in candidates {
      let distance = editDistance(name, candidate)
      guard distance <= 2, distance < max(name.count, candidate.count) else { continue }
      let rank = 2 * distance + (candidate.first == name.first ? 0 : 1)
      if rank < (best?.rank ?? Int.max) { best = (candidate, rank) }
    }
    return best?.name
  }

  /// Levenshtein distance: insertions, deletions and substitutions each cost 1.
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in stride(from: 1, through: b.count, by: 1) {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
      }
      previous = current
    }
    return previous[b.count]
  }
}
