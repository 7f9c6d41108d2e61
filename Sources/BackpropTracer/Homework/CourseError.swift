/// A course file (a roster, a folder written by `assign`) that cannot be used, located by file
/// and, when it helps, by line.
public struct CourseError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file, as named by the caller.
  public let file: String
  /// The 1-based line of the problem, or nil for the whole file.
  public let line: Int?
  /// What is wrong, in one sentence.
  public let message: String

  /// Creates an error.
  public init(file: String, line: Int? = nil, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  /// `file:line: message`, or `file: message`.
  public var description: String {
    file.terminalSafePath + (line.map { ":\($0)" } ?? "") + ": " + message
  }
}
