extension AlignedMath {
  /// The display's lines, each its symbol and its steps (`symbol &= step₁ \\ &= step₂ …`), read
  /// back from the body: what a slide deck needs to reveal one step at a time.
  var lines: [Document.AlignedLine] {
    let body = self.body
    guard !body.isEmpty else { return [] }
    return body.components(separatedBy: breaksBetweenRows ? Self.rowGap : Self.lineGap).map { line in
      let steps = line.components(separatedBy: Self.stepBreak)
      let first = steps[0].components(separatedBy: " &= ")
      let rest = first.dropFirst().joined(separator: " &= ")
      let stepTexts = (first.count > 1 ? [rest] : []) + steps.dropFirst()
      return Document.AlignedLine(symbol: first[0], steps: stepTexts.filter { !$0.isEmpty })
    }
  }

  /// How many rows the display has: a row per step (a line break), the lines' gaps aside.
  var rowCount: Int {
    guard !tex.isEmpty else { return 0 }
    return body.components(separatedBy: "\\\\").count
  }

  /// `lines` grouped, in order, so that a group has at most `rows` rows (a step a row; a line
  /// alone may have more): a long display cut at line boundaries, for pages or frames.
  static func chunks(of lines: [Document.AlignedLine], rows: Int) -> [[Document.AlignedLine]] {
    var chunks: [[Document.AlignedLine]] = []
    var current: [Document.AlignedLine] = [], count = 0
    for line in lines {
      let height = max(line.steps.count, 1)
      if !current.isEmpty, count + height > rows {
        chunks.append(current)
        (current, count) = ([], 0)
      }
      current.append(line)
      count += height
    }
    if !current.isEmpty { chunks.append(current) }
    return chunks
  }
}
