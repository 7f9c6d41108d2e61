extension AlignedMath {
  /// The display's lines, each its symbol and its steps (`symbol &= step₁ \\ &= step₂ …`), read
  /// back from the body: what a slide deck needs to reveal one step at a time.
  var lines: [Document.AlignedLine] {
    let body = self.body
    guard !body.isEmpty else { return [] }
    return body.components(separatedBy: " \\\\[6pt]\n").map { line in
      let steps = line.components(separatedBy: " \\\\\n  &= ")
      let first = steps[0].components(separatedBy: " &= ")
      let rest = first.dropFirst().joined(separator: " &= ")
      let stepTexts = (first.count > 1 ? [rest] : []) + steps.dropFirst()
      return Document.AlignedLine(symbol: first[0], steps: stepTexts.filter { !$0.isEmpty })
    }
  }
}
