extension VerificationReport {
  /// Feedback as Markdown, one section per sheet: the score, a table of answers with verdicts
  /// (slips included), the answers under unknown keys apart, the first wrong step and the likely
  /// mistake; an unreadable sheet gets its reason; with several sheets, a summary table first.
  package var markdown: String {
    var document = Document()
    document.add(.heading(level: 1, text: "Answers checked against \(fixture)"))
    if entries.count > 1 {
      let rows = entries.map { entry -> [[Document.Inline]] in
        guard case let .judged(sheet) = entry else { return [[.code(entry.file)], [.text("unreadable")]] + Array(repeating: [.text("—")], count: 4) }
        return [
          [.code(sheet.file)], [.text("\(sheet.correctCount) of \(sheet.total)")], [.text(String(sheet.followThroughCount))],
          [.text(String(sheet.tooCoarseCount))], [.text(String(sheet.wrongCount))], [.text(sheet.diagnosis?.variant.name ?? "none")],
        ]
      }
      document.add(.table(header: ["Sheet", "Correct", "Follow-through", "Too coarse", "Wrong", "Likely mistake"], rows: rows))
    }
    for entry in entries {
      switch entry {
      case let .judged(sheet): addSection(sheet, to: &document)
      case let .unreadable(file, reason):
        document.add(.heading(level: 2, text: file))
        document.add(.paragraph([.text("Not judged: the file cannot be read as answers. "), .code(reason)]))
      }
    }
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
    if !sheet.unknownKeys.isEmpty {
      document.add(.paragraph([.text("Not scored: these keys are not keys of this network.")]))
      let rows = sheet.unknownKeys.map { judged -> [[Document.Inline]] in
        var suggestion: [Document.Inline] = [.text("—")]
        if case let .unknownKey(key?) = judged.verdict { suggestion = [.code(key)] }
        return [[.code(judged.key)], judged.answer.map { [.code($0.printed.text)] } ?? [], suggestion]
      }
      document.add(.table(header: ["Key", "Your answer", "Did you mean"], rows: rows))
    }
    if let first = sheet.firstWrong {
      document.add(.paragraph([.text("The first step that went wrong: "), .code(first.key), .text(".")]))
    }
    if let convention = sheet.convention {
      document.add(.paragraph([.text("Another convention: " + convention.explanation + ".")]))
    }
    if let diagnosis = sheet.diagnosis {
      let explained = codeList(diagnosis.explained.map(\.rawValue))
      document.add(.paragraph([.text("Likely mistake: the \(diagnosis.variant.summary). It gives your ")] + explained + [.text(".")]))
      if let unexplained = diagnosis.unexplainedText {
        document.add(.paragraph([.text(unexplained.prefix(1).uppercased() + unexplained.dropFirst() + ": ")] + codeList(diagnosis.unexplained.map(\.rawValue)) + [.text(".")]))
      }
    }
  }

  private func verdict(_ judged: JudgedAnswer) -> [Document.Inline] {
    let slip = judged.slipText(revealing: revealsExpected).map { [Document.Inline.text("; \($0)")] } ?? []
    switch judged.verdict {
    case .correct(.truncated): return [.text("correct (digits cut off rather than rounded)")]
    case .correct: return [.text("correct")]
    case let .consistent(dependsOn, _):
      guard !dependsOn.isEmpty else { return [.text("follow-through: consistent with your earlier answers")] }
      return [.text("follow-through: consistent with your value\(dependsOn.count > 1 ? "s" : "") of ")]
        + codeList(dependsOn.map(\.rawValue))
    case .tooCoarse: return [.text("too coarse to judge: \(judged.tooCoarseAdvice ?? "")")]
    case .wrong:
      return [.text("wrong")] + (revealsExpected ? judged.signedDifference().map { [.text(" (off by "), .code($0), .text(")")] } ?? [] : []) + slip
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
