/// Structural checks of a generated Markdown file against the rules that make math render on
/// GitHub, KaTeX and MathJax (`shared/tools/README.md`): display blocks as `$$` lines with an
/// `aligned` body, inline math paired on its line with no space inside the dollars, nothing in
/// math that GitHub's Markdown pass would eat (backslash and punctuation, `*`, `~`, an
/// underscore after a brace, `](` link syntax, `|` in a table), no HTML but the `<span>`
/// around an escaped dollar, and every piece of math sound by `TeXMathCheck`.
enum MarkdownCheck {
  static func problems(in markdown: String) -> [String] {
    var problems: [String] = []
    let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var display: [String]?
    for (number, line) in lines.enumerated() {
      func fail(_ message: String) { problems.append("line \(number + 1): \(message): \(line)") }
      if line == "$$" {
        if let body = display {
          if body.first != "\\begin{aligned}" || body.last != "\\end{aligned}" { fail("a display without an aligned body") }
          problems += body.dropFirst().dropLast().flatMap(alignedProblems).map { "line \(number + 1): \($0)" }
          display = nil
          if number + 1 < lines.count, !lines[number + 1].isEmpty { fail("no blank line after a display") }
        } else {
          if number > 0, !lines[number - 1].isEmpty { fail("no blank line before a display") }
          display = []
        }
        continue
      }
      if display != nil {
        if line.isEmpty { fail("a blank line inside a display") }
        display?.append(line)
        continue
      }
      problems += inlineProblems(line, inTable: line.hasPrefix("|")).map { "line \(number + 1): \($0)" }
    }
    if display != nil { problems.append("a display is not closed") }
    return problems
  }

  /// The problems of the math of one aligned line (`symbol &= step \\`), its line breaks and
  /// alignment marks removed.
  static func alignedProblems(_ line: String) -> [String] {
    // A derivation's lines end `\\[6pt]`, a compact display's rows `\\[1pt]`, and in LaTeX the
    // two rows of one line `\\*` (no page break between them).
    var body = line.replacing("\\\\[6pt]", with: "").replacing("\\\\[1pt]", with: "").replacing("&=", with: "=")
    if body.hasSuffix("\\\\*") { body = String(body.dropLast(3)) }
    if body.hasSuffix("\\\\") { body = String(body.dropLast(2)) }
    return TeXMathCheck.problems(in: body)
  }

  /// The problems of the inline math and the text of one line (code spans, which no renderer
  /// reads as math or Markdown, aside).
  static func inlineProblems(_ line: String, inTable: Bool) -> [String] {
    var problems: [String] = []
    let spans = line.split(separator: "`", omittingEmptySubsequences: false)
    guard spans.count % 2 == 1 else { return ["a code span that does not close: \(line)"] }
    let outsideCode = spans.enumerated().map { $0.offset % 2 == 0 ? String($0.element) : "code" }.joined()
    let pieces = outsideCode.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
    guard pieces.count % 2 == 1 else { return ["an odd number of $ (math that does not close): \(line)"] }
    for (index, piece) in pieces.enumerated() {
      func fail(_ message: String) { problems.append("\(message) in `\(piece)` of: \(line)") }
      guard index % 2 == 1 else {
        // Text: no HTML but an escaped dollar's span.
        let text = piece.replacing("<span>&#36;</span>", with: "")
        if text.contains("<") { fail("raw HTML") }
        if index > 0 && index < pieces.count - 1 && piece.isEmpty { fail("$$ inside a line") }
        continue
      }
      if piece.isEmpty || piece.first == " " || piece.last == " " { fail("space just inside the dollars") }
      if let before = pieces[index - 1].last, before.isLetter || before.isNumber || "([\"'".contains(before) {
        fail("the opening $ is glued to '\(before)'")
      }
      if let after = pieces.count > index + 1 ? pieces[index + 1].first : nil, after.isNumber { fail("a digit after the closing $") }
      for forbidden in ["\\,", "\\;", "\\:", "\\!", "\\{", "\\}", "\\|", "\\\\", "\\%", "\\#", "\\&", "\\$", "*", "~"]
      where piece.contains(forbidden) {
        fail("'\(forbidden)' in inline math")
      }
      if inTable && piece.contains("|") { fail("'|' in math in a table") }
      if piece.contains("](") || piece.contains("][") { fail("'](' or '][' (link syntax) in math") }
      if piece.contains("<") && !piece.contains("< ") { fail("'<' before a letter in math") }
      let characters = Array(piece)
      for (position, character) in characters.enumerated() where character == "_" && position > 0 {
        let previous = characters[position - 1]
        let next = position + 1 < characters.count ? characters[position + 1] : " "
        if !(previous.isLetter || previous.isNumber || previous == "\\") && next != " " {
          fail("'\(previous)_' may open emphasis")
        }
      }
      problems += TeXMathCheck.problems(in: piece)
    }
    return problems
  }
}
