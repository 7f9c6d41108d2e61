extension AnswerSheet {
  /// The largest answers file read, in bytes (10 MB): far more than any homework needs.
  package static let maximumBytes = 10_000_000
  /// The longest line of a text or CSV answers file, and the longest key or value of a JSON one,
  /// in bytes.
  package static let maximumLineLength = 1_000
  /// The most answers one file may hold.
  package static let maximumAnswers = 100_000

  /// The error for a file of `size` bytes, over `maximumBytes`.
  package static func tooLarge(file: String, size: Int) -> AnswerSheetError {
    AnswerSheetError(
      file: file, line: 1,
      message: "the file has \(grouped(size)) bytes or more; an answers file may have at most \(grouped(maximumBytes)) bytes (10 MB)")
  }

  /// The error for a line, key or value of `length` bytes, over `maximumLineLength`.
  static func tooLong(_ what: String, file: String, line: Int, column: Int? = nil, length: Int) -> AnswerSheetError {
    AnswerSheetError(
      file: file, line: line, column: column,
      message: "\(what) is \(grouped(length)) bytes long; an answers file's lines, keys and values may be at most \(grouped(maximumLineLength)) bytes")
  }

  /// The error for the answer after the `maximumAnswers`th.
  static func tooManyAnswers(file: String, line: Int) -> AnswerSheetError {
    AnswerSheetError(file: file, line: line, message: "more than \(grouped(maximumAnswers)) answers; an answers file may hold at most \(grouped(maximumAnswers))")
  }

  /// 1234567 as "1,234,567".
  package static func grouped(_ number: Int) -> String {
    let digits = Array(String(number))
    return String(digits.enumerated().flatMap { index, digit in
      index > 0 && (digits.count - index) % 3 == 0 ? [",", digit] : [digit]
    })
  }
}
