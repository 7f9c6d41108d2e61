/// A course file (a roster, a folder written by `assign`) that cannot be used, located by file
/// and, when it helps, by line.
package struct CourseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file, as named by the caller.
  package let file: String
  /// The 1-based line of the problem, or nil for the whole file.
  package let line: Int?
  /// What is wrong, in one sentence.
  package let message: String

  /// Creates an error.
  package init(file: String, line: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, or `file: message`.
  package var description: String {
    file.terminalSafePath + (line.map { ":\($0)" } ?? "") + ": " + message
  }
}
