/// Structural checks of one piece of TeX math, as TeX (and KaTeX, MathJax) would parse it:
/// balanced braces, parentheses, brackets and `\left`/`\right`, at most one subscript and one superscript on each base,
/// no script on an empty group (`{}^{+}`, which reads as a stray mark), no `\\` outside an
/// aligned display or a matrix (`bmatrix`, `pmatrix`: the matrix view's rows), and no `inf`, `nan` or `Infinity` printed as a number.
///
/// Returns the problems found, each naming the place; an empty list means the math is sound.
enum TeXMathCheck {
  static func problems(in math: String) -> [String] {
    var problems: [String] = []
    let tokens = tokenize(math)
    // Per open group: whether the current base already has a subscript / a superscript, and
    // whether the last thing was an empty group (a base for nothing).
    struct Level { var hasSub = false, hasSup = false, emptyBase = false, canTakeScript = false }
    var levels = [Level()]
    var lefts = 0, matrices = 0
    var index = 0
    /// The name of the environment a `\begin` or `\end` at `index` opens or closes.
    func environment(after index: Int) -> String {
      guard index + 1 < tokens.count, tokens[index + 1] == "{" else { return "" }
      return tokens[(index + 2)...].prefix { $0 != "}" }.joined()
    }
    func fail(_ message: String) { problems.append("\(message) in: \(math)") }
    while index < tokens.count {
      let token = tokens[index]
      switch token {
      case "{":
        // An empty group `{}` is a base for nothing.
        if index + 1 < tokens.count, tokens[index + 1] == "}" {
          levels[levels.count - 1] = Level(emptyBase: true, canTakeScript: true)
          index += 2
          continue
        }
        levels.append(Level())
      case "}":
        guard levels.count > 1 else {
          fail("unbalanced '}'")
          return problems
        }
        levels.removeLast()
        // The group just closed is a base.
        levels[levels.count - 1] = Level(canTakeScript: true)
      case "^", "_":
        var level = levels[levels.count - 1]
        if level.emptyBase { fail("a script on an empty group '{}\(token)'") }
        if token == "^" {
          if level.hasSup { fail("a second superscript on one base") }
          level.hasSup = true
        } else {
          if level.hasSub { fail("a second subscript on one base") }
          level.hasSub = true
        }
        levels[levels.count - 1] = level
        // The script's argument: one token or a whole group, which does not start a new base.
        index += 1
        if index < tokens.count, tokens[index] == "{" {
          var depth = 0
          let start = index
          repeat {
            if tokens[index] == "{" { depth += 1 }
            if tokens[index] == "}" { depth -= 1 }
            index += 1
          } while index < tokens.count && depth > 0
          if depth > 0 { fail("unbalanced '{'") }
          problems += self.problems(in: tokens[(start + 1)..<max(start + 1, index - 1)].joined()).map { "inside a script: " + $0 }
        } else {
          index += 1
        }
        continue
      case "\\left": lefts += 1
      case "\\right": lefts -= 1
      case "\\begin" where ["bmatrix", "pmatrix"].contains(environment(after: index)): matrices += 1
      case "\\end" where ["bmatrix", "pmatrix"].contains(environment(after: index)): matrices -= 1
      case "\\\\" where matrices > 0: break  // a row of a matrix
      case "\\\\": fail("a line break outside an aligned display")
      case "'": break  // a prime belongs to the base before it
      case " ": break
      default:
        levels[levels.count - 1] = Level(canTakeScript: true)
      }
      index += 1
    }
    if levels.count > 1 { fail("unbalanced '{'") }
    if lefts != 0 { fail("unbalanced \\left and \\right") }
    if matrices != 0 { fail("unbalanced \\begin and \\end of a matrix") }
    for (open, close) in [("(", ")"), ("[", "]")] where tokens.filter({ $0 == open }).count != tokens.filter({ $0 == close }).count {
      fail("unbalanced '\(open)' and '\(close)'")
    }
    for word in ["inf", "nan", "NaN", "Infinity"] where containsWord(math, word) { fail("'\(word)' printed") }
    return problems
  }

  /// TeX tokens: a control word (`\frac`), a control symbol (`\{`, `\\`, `\ `), or one character.
  static func tokenize(_ math: String) -> [String] {
    var tokens: [String] = []
    var characters = Array(math)[...]
    while let first = characters.popFirst() {
      guard first == "\\", let next = characters.first else {
        tokens.append(String(first))
        continue
      }
      if next.isLetter {
        let letters = characters.prefix { $0.isLetter }
        characters = characters.dropFirst(letters.count)
        tokens.append("\\" + String(letters))
      } else {
        characters = characters.dropFirst()
        tokens.append("\\" + String(next))
      }
    }
    return tokens
  }

  /// True when `word` stands alone in `text` (not inside `\infty` or `\sin`).
  private static func containsWord(_ text: String, _ word: String) -> Bool {
    var rest = text[...]
    while let range = rest.range(of: word) {
      let before = range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : " "
      let after = range.upperBound < text.endIndex ? text[range.upperBound] : " "
      if !before.isLetter && before != "\\" && !after.isLetter { return true }
      rest = text[range.upperBound...]
    }
    return false
  }
}
