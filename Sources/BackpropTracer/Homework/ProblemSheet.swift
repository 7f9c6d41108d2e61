/// A student's problem sheet: the network with the student's given values and the questions of
/// the fixture's `"assignment"`, in order, with no computed value, as Markdown (with the
/// network's SVG figure beside it) and as a standalone LaTeX document with room to answer.
package enum ProblemSheet {
  /// The sheet's files: `base.md`, its figure `base.svg` and `base.tex`.
  package static func files(of variant: StudentVariant, notation: NotationPreset? = nil) -> [(name: String, contents: String)] {
    files(of: variant, base: "sheets/" + variant.student.id, notation: notation)
  }

  /// The sheet's files under `base`.
  static func files(of variant: StudentVariant, base: String, notation: NotationPreset?) -> [(name: String, contents: String)] {
    let walkthrough = Walkthrough(trace: variant.trace, options: RenderOptions(notation: notation ?? variant.fixture.defaultNotation))
    let questions = variant.fixture.assignment.compactMap { key in
      variant.trace.layout.position(of: key).map { (key: key, symbol: walkthrough.writer.symbol(at: $0)) }
    }
    var document = Document()
    document.add(.heading(level: 1, text: "Problem sheet: " + variant.trace.title))
    document.add(.paragraph([.text("Student: "), .code(variant.student.id)]))
    document.add(.paragraph([.text(instructions(variant))]))
    walkthrough.addGivenValues(to: &document)
    let latex = LaTeXRenderer.write(document)
    document.add(.heading(level: 2, text: "Questions"))
    document.add(.paragraph([.text("Compute these values, in this order.")]))
    let rows: [[[Document.Inline]]] = questions.enumerated().map { number, question in
      [[.text("\(number + 1)")], [.math(question.symbol)], [.code(question.key.rawValue)]]
    }
    document.add(.table(header: ["#", "Quantity", "Key"], rows: rows))
    var files = LectureFiles.files(of: document, format: .markdown, base: base)
    files[0].contents += answersTemplate(variant.student.id, keys: questions.map(\.key))
    files.append((base + ".tex", withQuestions(latex, questions)))
    return files
  }

  /// How to answer: the precision the judge asks for and the answers file to hand in.
  private static func instructions(_ variant: StudentVariant) -> String {
    let judge = variant.fixture.judge
    let digits = judge.minimumSignificantDigits
    var text = "Compute each value asked for below from the values given here, and give it with at least \(digits) significant digit\(digits == 1 ? "" : "s")"
    if judge.defaultTolerance != nil || !judge.tolerances.isEmpty {
      text += " (some values are graded within a tolerance)"
    }
    return text + ". Hand in a text file named \(variant.student.id).txt with one line per answer, the key, an equals sign and your value, in any order; leave out a line you do not answer."
  }

  /// The Markdown template of the answers file: one `key = ` line per question.
  private static func answersTemplate(_ id: String, keys: [TraceKey]) -> String {
    "\nYour answers file, `\(Escaping.markdownCode(id)).txt` (fill in each value):\n\n```text\n"
      + keys.map { "\($0.rawValue) = \n" }.joined() + "```\n"
  }

  /// The LaTeX document `latex` with the questions added at its end, each with a line to write
  /// the answer on.
  private static func withQuestions(_ latex: String, _ questions: [(key: TraceKey, symbol: String)]) -> String {
    let end = "\n\\end{document}\n"
    precondition(latex.hasSuffix(end), "a standalone LaTeX document ends with \\end{document}")
    var text = String(latex.dropLast(end.count)) + "\n\\subsection*{Questions}\nCompute these values, in this order.\n\n"
    text += "\\begin{enumerate}\n\\setlength{\\itemsep}{1.2em}\n"
    for question in questions {
      text += "\\item $\(question.symbol)$ \\quad (key \\texttt{\(Escaping.latex(question.key.rawValue))}) \\hfill \\rule{6cm}{0.4pt}\n"
    }
    return text + "\\end{enumerate}\n" + end
  }
}
