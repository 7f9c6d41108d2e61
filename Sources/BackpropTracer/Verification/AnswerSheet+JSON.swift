extension AnswerSheet {
  /// A JSON object of answers: `{"net_h1": 0.3775, "out_h1": "0.59327"}`.
  ///
  /// A number keeps its digits as written, so `0.40` has two decimals. The parser rejects a key
  /// given twice, with its position.
  static func parseJSON(_ bytes: [UInt8], file: String) throws(AnswerSheetError) -> AnswerSheet {
    let document: JSONValue
    do {
      document = try JSONParser.parse(bytes)
    } catch {
      throw AnswerSheetError(file: file, line: error.position.line, column: error.position.column, message: error.message)
    }
    guard case let .object(members) = document.kind else {
      throw AnswerSheetError(
        file: file, line: document.position.line, column: document.position.column,
        message: "expected an object of \"key\": value pairs, found \(document.typeDescription)")
    }
    var collector = AnswerCollector(file: file)
    for member in members {
      let position = member.value.position
      let text: String
      switch member.value.kind {
      case let .number(number): text = number
      case let .string(string): text = string
      default:
        throw AnswerSheetError(
          file: file, line: position.line, column: position.column,
          message: "\(member.key.terminalSafe): expected a number, found \(member.value.typeDescription)")
      }
      try collector.add(key: member.key, value: text, line: position.line, column: position.column)
    }
    return AnswerSheet(file: file, format: .json, answers: collector.answers)
  }
}
