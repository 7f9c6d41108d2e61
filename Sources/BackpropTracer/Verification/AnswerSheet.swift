/// One number a student wrote down, under the key of the quantity it answers.
package struct Answer: Equatable, Sendable {
  /// The key as written (it may not be a key of the trace: the verifier says so).
  package let key: String
  /// The number as written, with its precision.
  package let printed: PrintedNumber
  /// The line of the answers file it is on (1-based).
  package let line: Int

  /// Creates an answer.
  package init(key: String, printed: PrintedNumber, line: Int) {
    self.key = key
    self.printed = printed
    self.line = line
  }
}

/// A student's answers file, read: its answers in the order written.
///
/// Three forms are recognised from the text itself, whatever the file is called:
/// - a JSON object, `{"net_h1": 0.3775, "out_h1": "0.59327"}` (numbers or strings of numbers);
/// - CSV, `net_h1,0.3775` per line, with an optional header row such as `key,value`;
/// - text, `net_h1 = 0.3775` per line.
/// In CSV and text, `#` starts a comment, blank lines are skipped, spaces around keys and
/// values are ignored, and a trailing comma is tolerated. A Unicode minus (−) reads as `-`.
package struct AnswerSheet: Equatable, Sendable {
  /// The form an answers file was written in.
  package enum Format: String, Equatable, Sendable {
    case text, csv, json
  }

  /// The file, as named by the caller.
  package let file: String
  /// The form the file was recognised as.
  package let format: Format
  /// The answers, in the order written; no key appears twice.
  package let answers: [Answer]

  /// Creates a sheet from validated answers.
  package init(file: String, format: Format, answers: [Answer]) {
    self.file = file
    self.format = format
    self.answers = answers
  }
}

/// An answers file that cannot be read, located by line (and column, for JSON).
package struct AnswerSheetError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file, as named by the caller.
  package let file: String
  /// The 1-based line of the problem.
  package let line: Int
  /// The 1-based column, when known (JSON).
  package let column: Int?
  /// What is wrong, in one sentence.
  package let message: String

  /// Creates an error.
  package init(file: String, line: Int, column: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line: message`, or `file:line:column: message`.
  package var description: String {
    "\(file):\(line)" + (column.map { ":\($0)" } ?? "") + ": " + message
  }
}
