extension VerificationReport {
  /// A plain-text report for the terminal: per sheet, a line per answer, the score, the first
  /// wrong step and the likely mistake; for several sheets, a summary table at the end.
  public var text: String {
    var output = sheets.map(sheetText).joined(separator: "\n")
    if sheets.count > 1 { output += "\n" + summaryTable }
    return output
  }

  private func sheetText(_ sheet: Verification) -> String {
    let keyWidth = sheet.answers.map(\.key.terminalSafe.count).max() ?? 0
    let valueWidth = sheet.answers.map { $0.answer?.printed.text.count ?? 0 }.max() ?? 0
    var lines = ["\(sheet.file) against \(fixture)"]
    for judged in sheet.answers {
      let key = judged.key.terminalSafe.padded(to: keyWidth)
      let value = (judged.answer?.printed.text ?? "").padded(to: valueWidth)
      let (label, detail) = describe(judged)
      lines.append("  \(label.padded(to: 15)) \(key)  \(value)" + (detail.isEmpty ? "" : "  " + detail))
    }
    lines.append("  score: \(sheet.scoreText)")
    if let first = sheet.firstWrong, let line = first.answer?.line {
      lines.append("  first wrong step: \(first.key) (line \(line))")
    }
    if let diagnosis = sheet.diagnosis {
      lines.append("  likely mistake: \(diagnosis.mistakeText); it gives your \(listed(diagnosis.explained.map(\.rawValue)))")
      if !diagnosis.unexplained.isEmpty {
        lines.append("  not explained by it: \(listed(diagnosis.unexplained.map(\.rawValue)))")
      }
    }
    return lines.map { $0.trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
  }

  /// The verdict's label and a detail sentence for one answer.
  private func describe(_ judged: JudgedAnswer) -> (String, String) {
    let format = judged.detailFormat
    let truth = revealsExpected ? judged.expected.map(format.plain) : nil
    switch judged.verdict {
    case .correct(.truncated):
      return ("correct (cut)", "digits cut off rather than rounded; accepted")
    case .correct:
      return ("correct", "")
    case let .consistent(dependsOn, recomputed):
      let values = listed(dependsOn.map(\.rawValue))
      let shown = revealsExpected ? ": they give \(format.plain(recomputed)) (true value \(truth ?? ""))" : ""
      return ("follow-through", "consistent with your value\(dependsOn.count > 1 ? "s" : "") of \(values)\(shown)")
    case .wrong:
      guard let truth, let difference = judged.signedDifference() else { return ("WRONG", "") }
      return ("WRONG", "expected \(truth) (difference \(difference))")
    case let .unknownKey(suggestion):
      return ("UNKNOWN KEY", "not a key of this network" + (suggestion.map { "; did you mean \($0)?" } ?? ""))
    case .missing:
      return ("MISSING", truth.map { "expected \($0)" } ?? "the assignment asks for it")
    }
  }

  /// One row per sheet: file, score, follow-through, wrong, missing, unknown, likely mistake.
  private var summaryTable: String {
    let header = ["sheet", "correct", "follow-through", "wrong", "missing", "unknown", "likely mistake"]
    let rows = sheets.map { sheet -> [String] in
      func count(_ test: (AnswerVerdict) -> Bool) -> String { String(sheet.answers.filter { test($0.verdict) }.count) }
      return [
        sheet.file.terminalSafePath, "\(sheet.correctCount)/\(sheet.total)", String(sheet.followThroughCount),
        count { $0 == .wrong }, count { $0 == .missing },
        count { if case .unknownKey = $0 { return true } else { return false } },
        sheet.diagnosis?.variant.name ?? "-",
      ]
    }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    let lines = ([header] + rows).map { row in
      zip(row, widths).map { $0.padded(to: $1) }.joined(separator: "  ").trimmingTrailingSpaces
    }
    return "summary of \(sheets.count) sheets against \(fixture)\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
  }
}

extension String {
  /// The text followed by spaces up to `width` characters.
  func padded(to width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }

  /// The text without spaces at its end.
  var trimmingTrailingSpaces: String {
    var text = Substring(self)
    while text.last == " " { text = text.dropLast() }
    return String(text)
  }
}
