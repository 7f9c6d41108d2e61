/// A line diff of two texts for a failing comparison: hunks of removed (`-`) and added (`+`)
/// lines with two lines of context, found by Myers' algorithm after the common first and last
/// lines are set aside, and bounded in size (at most `maximumEdits` edits are searched for and
/// `maximumLines` lines printed); nil when the texts are equal.
func lineDifference(expected: String, actual: String, maximumEdits: Int = 400, maximumLines: Int = 80) -> String? {
  guard expected != actual else { return nil }
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var prefix = 0
  while prefix < min(old.count, new.count), old[prefix] == new[prefix] { prefix += 1 }
  var suffix = 0
  while suffix < min(old.count, new.count) - prefix, old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
  let oldMiddle = Array(old[prefix..<(old.count - suffix)]), newMiddle = Array(new[prefix..<(new.count - suffix)])
  guard let middle = LineDiff.edits(from: oldMiddle, to: newMiddle, maximumEdits: maximumEdits) else {
    let was = prefix < old.count ? String(old[prefix]) : "(end of file)"
    let now = prefix < new.count ? String(new[prefix]) : "(end of file)"
    return "more than \(maximumEdits) lines differ; the first at line \(prefix + 1):\n- \(was)\n+ \(now)"
  }
  let edits = (0..<prefix).map { LineDiff.Edit.same(old: $0, new: $0) }
    + middle.map { $0.shifted(by: prefix) }
    + (0..<suffix).map { .same(old: old.count - suffix + $0, new: new.count - suffix + $0) }
  return LineDiff.hunks(edits, old: old, new: new, maximumLines: maximumLines)
}

/// The pieces of `lineDifference`.
enum LineDiff {
  /// One step of an edit script: a line kept, removed from the old text, or added from the new.
  enum Edit: Equatable {
    case same(old: Int, new: Int)
    case removed(old: Int)
    case added(new: Int)

    /// The edit with both line numbers moved on by `offset`.
    func shifted(by offset: Int) -> Edit {
      switch self {
      case let .same(old, new): return .same(old: old + offset, new: new + offset)
      case let .removed(old): return .removed(old: old + offset)
      case let .added(new): return .added(new: new + offset)
      }
    }
  }

  /// A shortest edit script from `a` to `b` (Myers, O((N + M)·D)), or nil when it needs more
  /// than `maximumEdits` removals and additions.
  static func edits(from a: [Substring], to b: [Substring], maximumEdits: Int) -> [Edit]? {
    let (n, m) = (a.count, b.count)
    let limit = min(n + m, maximumEdits), offset = limit + 1
    var frontier = [Int](repeating: 0, count: 2 * limit + 3)
    var history: [[Int]] = []
    for d in 0...limit {
      history.append(frontier)
      for k in stride(from: -d, through: d, by: 2) {
        var x = k == -d || (k != d && frontier[k - 1 + offset] < frontier[k + 1 + offset])
          ? frontier[k + 1 + offset] : frontier[k - 1 + offset] + 1
        var y = x - k
        while x < n, y < m, a[x] == b[y] { (x, y) = (x + 1, y + 1) }
        frontier[k + offset] = x
        if x >= n, y >= m { return backtrack(history, n: n, m: m, offset: offset) }
      }
    }
    return nil
  }

  /// The edit script that reaches (n, m) through the recorded frontiers, first edit first.
  private static func backtrack(_ history: [[Int]], n: Int, m: Int, offset: Int) -> [Edit] {
    var (x, y) = (n, m)
    var edits: [Edit] = []
    for d in stride(from: history.count - 1, through: 0, by: -1) {
      let frontier = history[d], k = x - y
      let previousK = k == -d || (k != d && frontier[k - 1 + offset] < frontier[k + 1 + offset]) ? k + 1 : k - 1
      let previousX = frontier[previousK + offset], previousY = previousX - previousK
      while x > previousX, y > previousY {
        (x, y) = (x - 1, y - 1)
        edits.append(.same(old: x, new: y))
      }
      guard d > 0 else { break }
      edits.append(x == previousX ? .added(new: y - 1) : .removed(old: x - 1))
      (x, y) = (previousX, previousY)
    }
    return edits.reversed()
  }

  /// The changed lines with `context` unchanged lines around them, a `@@` header per hunk,
  /// at most `maximumLines` lines.
  static func hunks(_ edits: [Edit], old: [Substring], new: [Substring], context: Int = 2, maximumLines: Int) -> String {
    let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
    var shown = Set<Int>()
    for index in changed { shown.formUnion(max(0, index - context)...min(edits.count - 1, index + context)) }
    var lines = ["\(changed.count) lines differ (- expected, + actual):"]
    var previous = -2
    for index in shown.sorted() {
      if index != previous + 1 {
        let (oldLine, newLine) = position(of: index, in: edits)
        lines.append("@@ line \(oldLine + 1) of the expected, \(newLine + 1) of the actual @@")
      }
      previous = index
      switch edits[index] {
      case let .same(line, _): lines.append("  " + old[line])
      case let .removed(line): lines.append("- " + old[line])
      case let .added(line): lines.append("+ " + new[line])
      }
    }
    guard lines.count > maximumLines else { return lines.joined(separator: "\n") }
    return (lines.prefix(maximumLines) + ["… and \(lines.count - maximumLines) more lines of the diff"]).joined(separator: "\n")
  }

  /// The line numbers in the old and the new text where the edit at `index` stands.
  private static func position(of index: Int, in edits: [Edit]) -> (Int, Int) {
    var (old, new) = (0, 0)
    for edit in edits[..<index] {
      switch edit {
      case .same: (old, new) = (old + 1, new + 1)
      case .removed: old += 1
      case .added: new += 1
      }
    }
    return (old, new)
  }
}
