/// The tool's exit statuses, printed by `--help`.
enum ExitCode: Int32, CaseIterable {
  /// Everything worked; `check` reproduced every printed value.
  case success = 0
  /// `check` found a printed value that the engine does not reproduce.
  case mismatch = 1
  /// Unusable input: bad usage, a missing or malformed file, a value that overflowed, a request
  /// too large to trace, an output that cannot be written (nothing was changed).
  case unusableInput = 2
  /// A bug in the tool, or output left partly updated; the message asks for a report.
  case internalError = 3

  /// One line of the overview's EXIT STATUS.
  var help: String { "\(rawValue)  \(meaning)" }

  /// What the status means, for any command.
  var meaning: String {
    switch self {
    case .success: return "success (check: every printed value reproduced; verify: every answer correct)"
    case .mismatch: return "check found a printed value that is not reproduced, or verify an answer that is not correct"
    case .unusableInput: return "unusable input: bad usage, a missing or malformed file, a value that overflowed, a request too large, an output that cannot be written (the message says where)"
    case .internalError: return "internal error, such as output left partly updated (please report it, with the fixture and the command)"
    }
  }
}

/// An exit status as one command's help explains it.
struct ExitStatus: Sendable {
  let code: ExitCode
  let meaning: String

  /// `code` with a meaning particular to the command.
  static func status(_ code: ExitCode, _ meaning: String) -> ExitStatus { ExitStatus(code: code, meaning: meaning) }

  /// `code` with the meaning it has for every command.
  static func usual(_ code: ExitCode) -> ExitStatus { ExitStatus(code: code, meaning: code.meaning) }
}

/// A problem that ends the command with a message on standard error and an exit status.
struct CommandFailure: Error {
  /// The message, without the leading `error: `.
  let message: String
  /// The exit status.
  let code: ExitCode
}
