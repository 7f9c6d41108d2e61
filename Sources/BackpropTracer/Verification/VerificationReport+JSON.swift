extension VerificationReport {
  /// The report as JSON for gradebooks: the fixture, then per sheet the file, score, first wrong
  /// step, likely mistake, every scored answer with its verdict (and slip) and the answers under
  /// unknown keys apart; an unreadable sheet has its file and reason only. Without
  /// `revealsExpected`, no true value, difference, recomputed value or value behind a slip is
  /// included.
  ///
  /// Verdicts are `correct`, `correct-truncated`, `follow-through`, `too-coarse`, `wrong`,
  /// `missing` and (under `unknownKeys`) `unknown-key`. Numbers are written in full; the answers
  /// as the student wrote them (strings).
  package var json: String {
    var output = "{\n  \"fixture\": \(JSONRenderer.quoted(fixture)),\n  \"sheets\": ["
    output += entries.map { entry in
      switch entry {
      case let .judged(sheet): return "\n" + sheetJSON(sheet)
      case let .unreadable(file, reason):
        return "\n    {\"file\": \(JSONRenderer.quoted(file)), \"unreadable\": \(JSONRenderer.quoted(reason))}"
      }
    }.joined(separator: ",")
    return output + "\n  ]\n}\n"
  }

  private func sheetJSON(_ sheet: Verification) -> String {
    let diagnosis = sheet.diagnosis.map { diagnosis in
      "{\"mistake\": \(JSONRenderer.quoted(diagnosis.variant.name)), \"explanation\": \(JSONRenderer.quoted(diagnosis.variant.summary)), "
        + "\"explains\": \(keys(diagnosis.explained)), \"unexplained\": \(keys(diagnosis.unexplained))}"
    }
    let score = [
      ("correct", sheet.correctCount), ("followThrough", sheet.followThroughCount), ("tooCoarse", sheet.tooCoarseCount),
      ("wrong", sheet.wrongCount), ("missing", sheet.missingCount), ("total", sheet.total),
    ].map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ")
    let lines = [
      "\"file\": \(JSONRenderer.quoted(sheet.file))",
      "\"score\": {\(score)}",
      "\"firstWrong\": \(sheet.firstWrong.map { JSONRenderer.quoted($0.key) } ?? "null")",
      "\"diagnosis\": \(diagnosis ?? "null")",
    ] + (sheet.convention.map { convention in
      ["\"convention\": {\"name\": \(JSONRenderer.quoted(convention.name)), \"explanation\": \(JSONRenderer.quoted(convention.explanation))}"]
    } ?? []) + [
      "\"answers\": " + list(sheet.answers),
      "\"unknownKeys\": " + list(sheet.unknownKeys),
    ]
    return "    {\n" + lines.map { "      " + $0 }.joined(separator: ",\n") + "\n    }"
  }

  private func list(_ answers: [JudgedAnswer]) -> String {
    answers.isEmpty ? "[]" : "[\n" + answers.map { "        " + answerJSON($0) }.joined(separator: ",\n") + "\n      ]"
  }

  private func answerJSON(_ judged: JudgedAnswer) -> String {
    var fields = ["\"key\": \(JSONRenderer.quoted(judged.key))"]
    if let answer = judged.answer {
      fields += ["\"line\": \(answer.line)", "\"answer\": \(JSONRenderer.quoted(answer.printed.text))"]
    }
    fields.append("\"verdict\": \(JSONRenderer.quoted(judged.verdict.name))")
    switch judged.verdict {
    case let .consistent(dependsOn, recomputed):
      fields.append("\"dependsOn\": \(keys(dependsOn))")
      if revealsExpected { fields.append("\"recomputed\": \(JSONRenderer.number(recomputed))") }
    case let .tooCoarse(minimum): fields.append("\"minimumSignificantDigits\": \(minimum)")
    case let .unknownKey(suggestion): fields.append("\"suggestion\": \(suggestion.map(JSONRenderer.quoted) ?? "null")")
    case .correct, .wrong, .missing: break
    }
    if let slip = judged.slip, let text = judged.slipText(revealing: revealsExpected) {
      fields.append("\"slip\": {\"kind\": \(JSONRenderer.quoted(slip.slip.kind)), \"explanation\": \(JSONRenderer.quoted(text))}")
    }
    if revealsExpected, let expected = judged.expected {
      fields.append("\"expected\": \(JSONRenderer.number(expected))")
      if let difference = judged.difference { fields.append("\"difference\": \(JSONRenderer.number(difference))") }
    }
    return "{" + fields.joined(separator: ", ") + "}"
  }

  private func keys(_ keys: [TraceKey]) -> String {
    "[" + keys.map { JSONRenderer.quoted($0.rawValue) }.joined(separator: ", ") + "]"
  }
}
