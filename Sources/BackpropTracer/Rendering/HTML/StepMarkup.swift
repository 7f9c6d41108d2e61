/// The markup of one step of a page, whatever it derives (an entry of a trace, a node of a
/// graph): `symbol = step₁ = step₂ = … = result` as a MathML table, the result marked so the
/// script can hide it (with a "?" shown in its place), and the TeX of the step in a disclosure.
///
/// The step's element carries its number (in its id) and what the script reads: its key, the
/// value shown at full precision (the one a student's answer is judged against), a plain-text
/// reading of its symbol (announced when it is revealed) and the part of the figure it is about.
struct StepMarkup {
  let number: Int
  let key: String
  let shown: Double
  let spoken: String
  /// `n:NAME` or `p:NAME`: the mark of the figure to show with this step.
  var mark: String?
  /// The symbol as MathML.
  var symbol = ""
  /// The steps between the symbol and the result, each as MathML.
  var steps: [String] = []
  /// The result as MathML.
  var result = ""
  /// The TeX body of an `aligned` environment (`symbol &= … \\ &= …`).
  var tex = ""

  init(number: Int, key: String, shown: Double, spoken: String) {
    self.number = number
    self.key = key
    self.shown = shown
    self.spoken = spoken
  }

  /// Appends the step to `output`.
  func write(to output: inout String) {
    output += "<div class=\"step\" id=\"step-\(number)\" data-key=\"\(Escaping.svg(key))\" "
    output += "data-value=\"\(JSONRenderer.number(shown))\" data-spoken=\"\(Escaping.svg(spoken))\""
    if let mark { output += " data-mark=\"\(Escaping.svg(mark))\"" }
    output += ">\n<math displaystyle=\"true\" class=\"display\"><mtable>"
    for (index, step) in steps.enumerated() {
      output += "<mtr><mtd>\(index == 0 ? symbol : "")</mtd><mtd><mo>=</mo>\(step)</mtd></mtr>"
    }
    output += "<mtr><mtd>\(steps.isEmpty ? symbol : "")</mtd><mtd><mo>=</mo><mrow class=\"value\">\(result)</mrow>"
    output += "<mtext class=\"ask\">?</mtext></mtd></mtr></mtable></math>\n"
    output += "<details class=\"tex\"><summary>TeX</summary><pre>\\begin{aligned}\n\(Self.preformatted(tex))\n\\end{aligned}</pre></details>\n</div>\n"
  }

  /// Text for a `<pre>`: escaped line by line, its line breaks kept.
  static func preformatted(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { Escaping.svg(String($0)) }.joined(separator: "\n")
  }
}
