extension VerificationReport {
  /// A plain-text report for the terminal: per sheet, a line per answer, the answers under
  /// unknown keys apart, the score, the first wrong step, the likely mistake and the slips; an
  /// unreadable sheet gets its one-line reason; for several sheets, a summary table at the end.
  package var text: String {
    var output = entries.map { entry -> String in
      switch entry {
      case let .judged(sheet): return sheetText(sheet)
      case let .unreadable(file, reason): return "\(file.terminalSafePath) against \(fixture): unreadable, not judged: \(reason)\n"
      }
    }.joined(separator: "\n")
    if entries.count > 1 { output += "\n" + summaryTable }
    return output
  }

  private func sheetText(_ sheet: Verification) -> String {
    let keyWidth = sheet.answers.map(\.key.terminalSafe.count).max() ?? 0
    let valueWidth = sheet.answers.map { $0.answer?.printed.text.count ?? 0 }.max() ?? 0
    var lines = ["\(sheet.file.terminalSafePath) against \(fixture)"]
    for judged in sheet.answers {
      let key = judged.key.terminalSafe.padded(to: keyWidth)
      let value = (judged.answer?.printed.text ?? "").padded(to: valueWidth)
      let (label, detail) = describe(judged)
      lines.append("  \(label.padded(to: 15)) \(key)  \(value)" + (detail.isEmpty ? "" : "  " + detail))
    }
    if !sheet.unknownKeys.isEmpty {
      lines.append("  not keys of this network, not scored:")
      let width = sheet.unknownKeys.map(\.key.terminalSafe.count).max() ?? 0
      for judged in sheet.unknownKeys {
        guard let answer = judged.answer, case let .unknownKey(suggestion) = judged.verdict else { continue }
        let hint = suggestion.map { "did you mean \($0)? " } ?? ""
        lines.append("    \(judged.key.terminalSafe.padded(to: width))  \(answer.printed.text)  \(hint)(line \(answer.line))")
      }
    }
    lines.append("  score: \(sheet.scoreText)")
    if let first = sheet.firstWrong, let line = first.answer?.line {
      lines.append("  first wrong step: \(first.key) (line \(line))")
    }
    if let convention = sheet.convention { lines.append("  convention: \(convention.explanation)") }
    if let diagnosis = sheet.diagnosis {
      lines.append("  likely mistake: \(diagnosis.mistakeText); it gives your \(listed(diagnosis.explained.map(\.rawValue)))")
      if let unexplained = diagnosis.unexplainedText {
        lines.append("  \(unexplained): \(listed(diagnosis.unexplained.map(\.rawValue)))")
      }
    }
    for judged in sheet.answers {
      guard let slip = judged.slipText(revealing: revealsExpected), let line = judged.answer?.line else { continue }
      lines.append("  slip in \(judged.key) (line \(line)): \(slip)")
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
      let values = dependsOn.isEmpty ? "your earlier answers" : "your value\(dependsOn.count > 1 ? "s" : "") of \(listed(dependsOn.map(\.rawValue)))"
      let shown = revealsExpected ? ": they give \(format.plain(recomputed)) (true value \(truth ?? ""))" : ""
      return ("follow-through", "consistent with \(values)\(shown)")
    case .tooCoarse:
      return ("TOO COARSE", (judged.tooCoarseAdvice ?? "") + (truth.map { " (expected \($0))" } ?? ""))
    case .wrong:
      guard let truth, let difference = judged.signedDifference() else { return ("WRONG", "") }
      return ("WRONG", "expected \(truth) (difference \(difference))")
    case let .unknownKey(suggestion):
      return ("UNKNOWN KEY", "not a key of this network" + (suggestion.map { "; did you mean \($0)?" } ?? ""))
    case .missing:
      return ("MISSING", truth.map { "expected \($0)" } ?? "the assignment asks for it")
    }
  }

  /// One row per sheet: file, score, follow-through, too coarse, wrong, missing, unknown keys,
  /// likely mistake; an unreadable sheet says so.
  private var summaryTable: String {
    let header = ["sheet", "correct", "follow-through", "too coarse", "wrong", "missing", "unknown", "likely mistake"]
    let rows = entries.map { entry -> [String] in
      guard case let .judged(sheet) = entry else {
        return [entry.file.terminalSafePath, "unreadable"] + Array(repeating: "-", count: header.count - 2)
      }
      return [
        sheet.file.terminalSafePath, "\(sheet.correctCount)/\(sheet.total)", String(sheet.followThroughCount),
        String(sheet.tooCoarseCount), String(sheet.wrongCount), String(sheet.missingCount), String(sheet.unknownKeys.count),
        sheet.diagnosis?.variant.name ?? "-",
      ]
    }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
    let lines = ([header] + rows).map { row in
      zip(row, widths).map { $0.padded(to: $1) }.joined(separator: "  ").trimmingTrailingSpaces
    }
    return "summary of \(entries.count) sheets against \(fixture)\n" + lines.map { "  " + $0 }.joined(separator: "\n") + "\n"
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
