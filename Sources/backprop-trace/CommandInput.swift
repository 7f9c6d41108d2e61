#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an interactive command reads the student's lines: standard input, replaceable in tests.
protocol CommandInput {
  /// The next line without its line break, or nil at the end of input (Ctrl-D).
  mutating func readLine() -> String?
  /// True when a person types the lines in a terminal (which shows them); false when they are
  /// piped in, so the command echoes each line to keep its output readable as a transcript.
  var isTerminal: Bool { get }
}

/// The process's standard input.
struct StandardInput: CommandInput {
  mutating func readLine() -> String? { Swift.readLine(strippingNewline: true) }
  var isTerminal: Bool { isatty(0) == 1 }
}
