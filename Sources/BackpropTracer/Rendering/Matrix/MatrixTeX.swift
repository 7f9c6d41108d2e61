/// A `bmatrix` of numbers already formatted as TeX, elided beyond `width` rows or columns: the
/// first `width − 1`, then `\cdots` (`\vdots`, `\ddots` at the corner), then the last.
struct MatrixTeX {
  let width: Int

  /// The positions shown of `count`, nil standing for the elision.
  func shown(_ count: Int) -> [Int?] {
    guard count > width, width >= 2 else { return Array(0..<count) }
    return Array(0..<(width - 1)) + [nil, count - 1]
  }

  /// `rows` × `columns` entries, each given by `entry(row, column)`.
  func matrix(rows: Int, columns: Int, _ entry: (Int, Int) -> String) -> String {
    let lines = shown(rows).map { row -> String in
      shown(columns).map { column -> String in
        switch (row, column) {
        case let (r?, c?): return entry(r, c)
        case (nil, nil): return "\\ddots"
        case (nil, _): return "\\vdots"
        case (_, nil): return "\\cdots"
        }
      }.joined(separator: " & ")
    }
    return "\\begin{bmatrix} " + lines.joined(separator: " \\\\ ") + " \\end{bmatrix}"
  }

  /// A column vector.
  func column(_ count: Int, _ entry: (Int) -> String) -> String { matrix(rows: count, columns: 1) { row, _ in entry(row) } }
}
