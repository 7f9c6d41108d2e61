/// Structural checks of a generated LaTeX file, for pdflatex with OT1 fonts: ASCII only, braces
/// balanced (escaped ones aside), environments closed in order, no `%` that would comment out
/// text (one that ends a line only hides its line break), no command that OT1 lacks, inline
/// math paired on its line, and every piece of math (inline, `align*` lines, TikZ labels) sound
/// by `TeXMathCheck`.
enum LaTeXCheck {
  static func problems(in latex: String) -> [String] {
    var problems: [String] = []
    if let byte = latex.utf8.first(where: { $0 >= 0x80 }) { problems.append("a byte outside ASCII (\(byte))") }
    if latex.contains("\\textquotedbl") { problems.append("\\textquotedbl, which OT1 lacks") }
    var environments: [String] = []
    var depth = 0
    var inAlign = false
    for (number, line) in latex.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      func fail(_ message: String) { problems.append("line \(number + 1): \(message): \(line)") }
      let tokens = TeXMathCheck.tokenize(String(line))
      for (index, token) in tokens.enumerated() {
        switch token {
        case "{": depth += 1
        case "}": depth -= 1
        // A comment line of the writer's, or a `%` that ends a line to hide its line break.
        case "%" where !(index == 0 && line.hasPrefix("% ")) && index != tokens.count - 1:
          fail("an unescaped % comments out the rest of the line")
        case "\\begin", "\\end":
          let name = tokens[(index + 1)...].prefix { $0 != "}" }.dropFirst().joined()
          if token == "\\begin" {
            environments.append(name)
          } else if environments.popLast() != name {
            fail("\\end{\(name)} closes another environment")
          }
        default: break
        }
      }
      if depth < 0 { fail("more '}' than '{'") }
      if line == "\\begin{align*}" {
        inAlign = true
      } else if line == "\\end{align*}" {
        inAlign = false
      } else if inAlign {
        problems += MarkdownCheck.alignedProblems(String(line)).map { "line \(number + 1): \($0)" }
      } else {
        guard let pieces = inlineMath(String(line)) else {
          fail("a $ that does not close")
          continue
        }
        problems += pieces.flatMap(TeXMathCheck.problems).map { "line \(number + 1): \($0)" }
      }
    }
    if depth != 0 { problems.append("unbalanced braces (\(depth) open at the end)") }
    if !environments.isEmpty { problems.append("environments left open: \(environments)") }
    return problems
  }

  /// The pieces of inline math of a text line: between unescaped dollars; nil when a piece
  /// does not close.
  private static func inlineMath(_ line: String) -> [String]? {
    var pieces: [String] = []
    var current: String?
    for token in TeXMathCheck.tokenize(line) {
      if token == "$" {
        if let math = current { pieces.append(math) }
        current = current == nil ? "" : nil
      } else {
        current? += token
      }
    }
    return current == nil ? pieces : nil
  }
}
