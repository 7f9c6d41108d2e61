extension VerificationReport {
  /// The report as JSON for gradebooks: the fixture, then per sheet the file, format, score,
  /// first wrong step, likely mistake and every answer with its verdict. Without
  /// `revealsExpected`, no true value, difference or recomputed value is included.
  ///
  /// Verdicts are `correct`, `correct-truncated`, `follow-through`, `wrong`, `unknown-key` and
  /// `missing`. Numbers are written in full; the answers as the student wrote them (strings).
  public var json: String {
    var output = "{\n  \"fixture\": \(JSONRenderer.quoted(fixture)),\n  \"sheets\": ["
    output += sheets.map { "\n" + sheetJSON($0) }.joined(separator: ",")
    return output + "\n  ]\n}\n"
  }

  private func sheetJSON(_ sheet: Verification) -> String {
    let diagnosis = sheet.diagnosis.map { diagnosis in
      "{\"mistake\": \(JSONRenderer.quoted(diagnosis.variant.name)), \"explains\": \(keys(diagnosis.explained)), \"unexplained\": \(keys(diagnosis.unexplained))}"
    }
    var lines = [
      "\"file\": \(JSONRenderer.quoted(sheet.file))",
      "\"score\": {\"correct\": \(sheet.correctCount), \"followThrough\": \(sheet.followThroughCount), \"total\": \(sheet.total)}",
      "\"firstWrong\": \(sheet.firstWrong.map { JSONRenderer.quoted($0.key) } ?? "null")",
      "\"diagnosis\": \(diagnosis ?? "null")",
    ]
    lines.append("\"answers\": [\n" + sheet.answers.map { "        " + answerJSON($0) }.joined(separator: ",\n") + "\n      ]")
    return "    {\n" + lines.map { "      " + $0 }.joined(separator: ",\n") + "\n    }"
  }

  private func answerJSON(_ judged: JudgedAnswer) -> String {
    var fields = ["\"key\": \(JSONRenderer.quoted(judged.key))"]
    if let answer = judged.answer {
      fields += ["\"line\": \(answer.line)", "\"answer\": \(JSONRenderer.quoted(answer.printed.text))"]
    }
    switch judged.verdict {
    case .correct(.truncated): fields.append("\"verdict\": \"correct-truncated\"")
    case .correct: fields.append("\"verdict\": \"correct\"")
    case let .consistent(dependsOn, recomputed):
      fields += ["\"verdict\": \"follow-through\"", "\"dependsOn\": \(keys(dependsOn))"]
      if revealsExpected { fields.append("\"recomputed\": \(JSONRenderer.number(recomputed))") }
    case .wrong: fields.append("\"verdict\": \"wrong\"")
    case let .unknownKey(suggestion):
      fields += ["\"verdict\": \"unknown-key\"", "\"suggestion\": \(suggestion.map(JSONRenderer.quoted) ?? "null")"]
    case .missing: fields.append("\"verdict\": \"missing\"")
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
