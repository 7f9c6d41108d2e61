extension VerificationReport {
  /// Feedback as Markdown, one section per sheet: the score, a table of answers with verdicts,
  /// the first wrong step and the likely mistake; with several sheets, a summary table first.
  public var markdown: String {
    var document = Document()
    document.add(.heading(level: 1, text: "Answers checked against \(fixture)"))
    if sheets.count > 1 {
      let rows = sheets.map { sheet -> [[Document.Inline]] in
        [[.code(sheet.file)], [.text("\(sheet.correctCount) of \(sheet.total)")], [.text(String(sheet.followThroughCount))],
         [.text(sheet.diagnosis?.variant.name ?? "none")]]
      }
      document.add(.table(header: ["Sheet", "Correct", "Follow-through", "Likely mistake"], rows: rows))
    }
    for sheet in sheets { addSection(sheet, to: &document) }
    return MarkdownRenderer.write(document, imageBase: nil)
  }

  private func addSection(_ sheet: Verification, to document: inout Document) {
    document.add(.heading(level: 2, text: sheet.file))
    document.add(.paragraph([.text("Score: " + sheet.scoreText + ".")]))
    var header = ["Quantity", "Your answer", "Verdict"]
    if revealsExpected { header.append("Correct value") }
    let rows = sheet.answers.map { judged -> [[Document.Inline]] in
      var row: [[Document.Inline]] = [[.code(judged.key)], judged.answer.map { [.code($0.printed.text)] } ?? [.text("—")], verdict(judged)]
      if revealsExpected { row.append(judged.expected.map { [.code(judged.detailFormat.plain($0))] } ?? []) }
      return row
    }
    document.add(.table(header: header, rows: rows))
    if let first = sheet.firstWrong {
      document.add(.paragraph([.text("The first step that went wrong: "), .code(first.key), .text(".")]))
    }
    if let diagnosis = sheet.diagnosis {
      let explained = codeList(diagnosis.explained.map(\.rawValue))
      document.add(.paragraph([.text("Likely mistake: the \(diagnosis.variant.summary). It gives your ")] + explained + [.text(".")]))
      if !diagnosis.unexplained.isEmpty {
        document.add(.paragraph([.text("It does not explain ")] + codeList(diagnosis.unexplained.map(\.rawValue)) + [.text(".")]))
      }
    }
  }

  private func verdict(_ judged: JudgedAnswer) -> [Document.Inline] {
    switch judged.verdict {
    case .correct(.truncated): return [.text("correct (digits cut off rather than rounded)")]
    case .correct: return [.text("correct")]
    case let .consistent(dependsOn, _):
      return [.text("follow-through: consistent with your value\(dependsOn.count > 1 ? "s" : "") of ")]
        + codeList(dependsOn.map(\.rawValue))
    case .wrong:
      return [.text("wrong")] + (revealsExpected ? judged.signedDifference().map { [.text(" (off by "), .code($0), .text(")")] } ?? [] : [])
    case let .unknownKey(suggestion):
      return [.text("not a key of this network")] + (suggestion.map { [.text("; did you mean "), .code($0), .text("?")] } ?? [])
    case .missing: return [.text("missing")]
    }
  }

  /// Keys in code font, separated by commas (a text piece cannot start with a space: the
  /// Markdown writer drops leading spaces).
  private func codeList(_ keys: [String]) -> [Document.Inline] {
    keys.enumerated().flatMap { index, key -> [Document.Inline] in
      (index == 0 ? [] : [.text(", ")]) + [.code(key)]
    }
  }
}
