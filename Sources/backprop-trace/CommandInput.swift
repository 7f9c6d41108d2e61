#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

import BackpropTracer

/// Where an interactive command reads the student's lines: standard input, replaceable in tests.
protocol CommandInput {
  /// The next line without its line break, or nil at the end of input (Ctrl-D). A line longer
  /// than `Quiz.maximumLineLength` bytes may come back cut after one byte more (the rest unread),
  /// so that a line that never ends (`/dev/zero`) is never held whole.
  mutating func readLine() -> String?
  /// True when a person types the lines in a terminal (which shows them); false when they are
  /// piped in, so the command echoes each line to keep its output readable as a transcript.
  var isTerminal: Bool { get }
}

/// The process's standard input, or another open file (tests read `/dev/zero`).
struct StandardInput: CommandInput {
  /// The file to read; nil for standard input.
  var file: UnsafeMutablePointer<FILE>?

  mutating func readLine() -> String? {
    var bytes: [UInt8] = []
    while bytes.count <= Quiz.maximumLineLength {
      let byte = file.map { getc($0) } ?? getchar()
      if byte == EOF, bytes.isEmpty { return nil }  // the end of input, or an input that cannot be read
      if byte == EOF || byte == 0x0A { break }
      bytes.append(UInt8(truncatingIfNeeded: byte))
    }
    if bytes.last == 0x0D { bytes.removeLast() }
    return String(decoding: bytes, as: UTF8.self)
  }

  var isTerminal: Bool { isatty(file.map { fileno($0) } ?? 0) == 1 }
}
