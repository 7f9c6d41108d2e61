extension AnswerSheet {
  /// Reads an answers file, recognising its form (see `AnswerSheet`).
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: the name to use in error messages.
  /// - Throws: `AnswerSheetError` for the first problem: an empty file, binary data or text that
  ///   is not UTF-8, a line that is not an answer, a number that cannot be read, a key given
  ///   twice, or a limit passed (`maximumBytes`, `maximumLineLength`, `maximumAnswers`).
  package static func parse(_ bytes: [UInt8], file: String) throws(AnswerSheetError) -> AnswerSheet {
    guard bytes.count <= maximumBytes else { throw tooLarge(file: file, size: bytes.count) }
    let sheet = try parseAnyForm(bytes, file: file)
    guard !sheet.answers.isEmpty else {
      throw AnswerSheetError(file: file, line: 1, message: "no answers in the file")
    }
    return sheet
  }

  private static func parseAnyForm(_ bytes: [UInt8], file: String) throws(AnswerSheetError) -> AnswerSheet {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }  // a byte-order mark
    // JSON may be written on one long line; text and CSV lines are limited before they are read.
    let isJSON = body.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } == UInt8(ascii: "{")
    let lines = try textLines(body, file: file, maximumLength: isJSON ? nil : maximumLineLength)
    guard lines.contains(where: { !$0.trimmingSpaces.isEmpty }) else {
      throw AnswerSheetError(file: file, line: 1, message: "the file is empty")
    }
    if isJSON { return try parseJSON(Array(body), file: file) }
    let meaningful = lines.enumerated().first { !withoutComment($0.element).isEmpty }
    guard let (index, first) = meaningful else {
      throw AnswerSheetError(file: file, line: 1, message: "no answers: the file holds only comments and blank lines")
    }
    if first.contains("=") { return try parseText(lines, file: file) }
    if first.contains(",") { return try parseCSV(lines, file: file) }
    throw AnswerSheetError(
      file: file, line: index + 1,
      message: "expected \"key = value\" or \"key,value\", found \"\(withoutComment(first).terminalSafe)\"")
  }

  /// The file split into lines of text; a NUL or other control character, or bytes that are not
  /// UTF-8, make it binary; a line longer than `maximumLength` bytes (if given) is refused.
  private static func textLines(_ bytes: ArraySlice<UInt8>, file: String, maximumLength: Int?) throws(AnswerSheetError) -> [String] {
    var lines: [String] = []
    for (index, line) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
      let text = line.last == 0x0D ? line.dropLast() : line
      if let maximumLength, text.count > maximumLength {
        throw tooLong("the line", file: file, line: index + 1, length: text.count)
      }
      let isControl = text.contains { $0 < 0x20 && $0 != 0x09 || $0 == 0x7F }
      guard !isControl, let string = String(validating: text, as: UTF8.self) else {
        throw AnswerSheetError(file: file, line: index + 1, message: "binary data: this is not a text file of answers (or not UTF-8)")
      }
      lines.append(string)
    }
    return lines
  }

  /// A line without its `#` comment and surrounding spaces.
  static func withoutComment(_ line: String) -> String {
    String(line.prefix { $0 != "#" }).trimmingSpaces
  }

  /// `key = value` lines.
  private static func parseText(_ lines: [String], file: String) throws(AnswerSheetError) -> AnswerSheet {
    var reader = AnswerCollector(file: file)
    for (index, line) in lines.enumerated() {
      let text = withoutComment(line)
      guard !text.isEmpty else { continue }
      let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      guard parts.count == 2 else {
        throw AnswerSheetError(file: file, line: index + 1, message: "expected \"key = value\", found \"\(text.terminalSafe)\"")
      }
      try reader.add(key: String(parts[0]), value: String(parts[1]), line: index + 1)
    }
    return AnswerSheet(file: file, format: .text, answers: reader.answers)
  }

  /// `key,value` rows, after an optional header row.
  private static func parseCSV(_ lines: [String], file: String) throws(AnswerSheetError) -> AnswerSheet {
    var reader = AnswerCollector(file: file)
    var isFirstRow = true
    for (index, line) in lines.enumerated() {
      let text = withoutComment(line)
      guard !text.isEmpty else { continue }
      var cells = text.split(separator: ",", omittingEmptySubsequences: false).map { unquoted(String($0)) }
      if cells.count == 3, cells[2].isEmpty { cells.removeLast() }  // a trailing comma
      guard cells.count == 2 else {
        throw AnswerSheetError(
          file: file, line: index + 1, message: "expected 2 cells \"key,value\", found \(cells.count): \"\(text.terminalSafe)\"")
      }
      defer { isFirstRow = false }
      if isFirstRow, cells.allSatisfy(isHeaderWord) { continue }
      try reader.add(key: cells[0], value: cells[1], line: index + 1)
    }
    return AnswerSheet(file: file, format: .csv, answers: reader.answers)
  }

  /// A CSV cell without spaces around it and without enclosing double quotes.
  private static func unquoted(_ cell: String) -> String {
    let trimmed = cell.trimmingSpaces
    guard trimmed.count >= 2, trimmed.first == "\"", trimmed.last == "\"" else { return trimmed }
    return String(trimmed.dropFirst().dropLast()).trimmingSpaces
  }

  /// True for a header cell such as `key` or `value`: a word with no digit and no underscore,
  /// which no key (`net_h1`, `w5`) and no number can be.
  private static func isHeaderWord(_ cell: String) -> Bool {
    !cell.isEmpty && !cell.contains { $0.isNumber || $0 == "_" }
  }
}

/// Collects answers, reading each number and rejecting a key given twice.
struct AnswerCollector {
  let file: String
  private(set) var answers: [Answer] = []
  private var lineOfKey: [String: Int] = [:]

  init(file: String) { self.file = file }

  /// Adds `key = value` from `line`; spaces around both and a trailing comma are ignored.
  mutating func add(key rawKey: String, value rawValue: String, line: Int, column: Int? = nil) throws(AnswerSheetError) {
    let key = rawKey.trimmingSpaces
    var value = rawValue.trimmingSpaces
    if value.last == "," { value = String(value.dropLast()).trimmingSpaces }
    value = value.replacingMinusSign
    func failure(_ message: String) -> AnswerSheetError {
      AnswerSheetError(file: file, line: line, column: column, message: message)
    }
    for (what, text) in [("the key", key), ("the value", value)] where text.utf8.count > AnswerSheet.maximumLineLength {
      throw AnswerSheet.tooLong(what, file: file, line: line, column: column, length: text.utf8.count)
    }
    guard answers.count < AnswerSheet.maximumAnswers else { throw AnswerSheet.tooManyAnswers(file: file, line: line) }
    guard !key.isEmpty else { throw failure("missing the key before the value \"\(value.terminalSafe)\"") }
    guard !value.isEmpty else { throw failure("\(key.terminalSafe): missing the value") }
    guard let printed = PrintedNumber(value) else {
      let hint = value.contains(",") ? " (write decimals with a point: 0.5, not 0,5)" : ""
      throw failure("\(key.terminalSafe): \"\(value.terminalSafe)\" is not a number\(hint)")
    }
    if let first = lineOfKey[key] {
      throw failure("\(key.terminalSafe) is given twice (first on line \(first))")
    }
    lineOfKey[key] = line
    answers.append(Answer(key: key, printed: printed, line: line))
  }
}

extension String {
  /// The text with each Unicode minus sign (U+2212), as pasted from typeset text, as `-`.
  fileprivate var replacingMinusSign: String {
    String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{2212}" ? "-" : $0 }))
  }
}
