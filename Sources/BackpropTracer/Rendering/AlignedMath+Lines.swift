extension AlignedMath {
  /// The display's lines, each its symbol and its steps (`symbol &= step₁ \\ &= step₂ …`), read
  /// back from the body: what a slide deck needs to reveal one step at a time.
  var lines: [Document.AlignedLine] {
    let body = self.body
    guard !body.isEmpty else { return [] }
    return Self.split(body, by: breaksBetweenRows ? Self.rowGap : Self.lineGap).map { line in
      let steps = Self.split(line, by: Self.stepBreak)
      let first = Self.split(steps[0], by: " &= ")
      let rest = first.dropFirst().joined(separator: " &= ")
      let stepTexts = (first.count > 1 ? [rest] : []) + steps.dropFirst()
      return Document.AlignedLine(symbol: first[0], steps: stepTexts.filter { !$0.isEmpty })
    }
  }

  /// How many rows the display has: a row per step (a line break), the lines' gaps aside.
  var rowCount: Int {
    guard !tex.isEmpty else { return 0 }
    return Self.split(body, by: "\\\\").count
  }

  /// `text.components(separatedBy: separator)`, found byte by byte when the text is ASCII
  /// without a carriage return (the TeX of every display): the same pieces, without Foundation's
  /// search by characters, which made LaTeX of a large network several times slower.
  private static func split(_ text: String, by separator: String) -> [String] {
    let bytes = Array(text.utf8), needle = Array(separator.utf8)
    guard let first = needle.first, bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "\r") }) else {
      return text.components(separatedBy: separator)
    }
    var pieces: [String] = []
    var start = 0, index = 0
    while index + needle.count <= bytes.count {
      if bytes[index] == first, bytes[index..<index + needle.count].elementsEqual(needle) {
        pieces.append(String(decoding: bytes[start..<index], as: UTF8.self))
        index += needle.count
        start = index
      } else {
        index += 1
      }
    }
    pieces.append(String(decoding: bytes[start...], as: UTF8.self))
    return pieces
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
