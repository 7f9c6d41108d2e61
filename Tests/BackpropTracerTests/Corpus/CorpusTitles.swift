import BackpropTracer

/// Titles and sources a lecturer might write, with every character that means something to
/// Markdown, HTML, TeX or a math renderer: quotes, dollars, backslashes, percent signs,
/// ampersands, hashes, underscores, braces, tildes, carets, pipes, backticks, angle brackets,
/// list and heading markers, and text in other scripts.
enum CorpusTitles {
  static let openings = [
    "Backpropagation", "The \"XOR\" problem", "Homework #3", "A 50% dropout-free net", "R&D: one step",
    "# Not a heading", "1. Not a list", "- not a bullet", "  indented", "Costs $5 and $6", "\\input{/etc/passwd}",
    "Week_2 {draft}", "~approx~ and ^caret^", "Ünïcödé – α, β → γ ≤ δ", "<b>bold?</b> & <i>", "a | b | c",
    "`code` and *stars* and [link](x)", "Han & Kamber's example", "\"quoted\" 'single' `grave`", "中文 网络",
  ]

  static let endings = [
    "", ": worked example", " (seed 000)", " — step by step", " $x$ and $$y$$", " 100% \\ 0%", " #tag _under_",
    " {braces} ~tilde", " with \"quotes\"", " \\textbf{no}", " at 3 < 4 > 2",
  ]

  /// A title: an opening and an ending, occasionally with a line break or a tab inside.
  static func title(using random: inout SplitMix64) -> String {
    let opening = openings.randomElement(using: &random) ?? "Title"
    let ending = endings.randomElement(using: &random) ?? ""
    switch Int.random(in: 0..<12, using: &random) {
    case 0: return opening + "\n" + ending
    case 1: return opening + "\t" + ending
    default: return opening + ending
    }
  }

  /// A source: empty a third of the time, else a sentence with specials.
  static func source(using random: inout SplitMix64) -> String {
    switch Int.random(in: 0..<3, using: &random) {
    case 0: return ""
    case 1: return "Lecture notes, slide 12: \"the chain rule\" (p. 45 & 46), 10% of the grade; see C:\\notes\\bp.pdf"
    default: return title(using: &random) + ", after a textbook $-$ chapter 6_2"
    }
  }
}
