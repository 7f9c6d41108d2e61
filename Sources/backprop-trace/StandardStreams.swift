#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and standard error of the process: every byte the tool prints goes through
/// here, so a failed write is handled in one place.
///
/// A write to standard output that fails ends the process: with status 0 and no message when
/// the reader went away (EPIPE, as in `trace F | head`), otherwise with one line on standard
/// error and status 2 (`trace F > /dev/full`, standard output closed). A failed write to standard
/// error is ignored: there is nowhere left to say so.
struct StandardStreams: CommandOutput {
  /// Values kept until the process exits, which frees them all at once.
  private var kept: [Any] = []

  /// Readies the process's descriptors before any command runs: SIGPIPE ignored (a closed reader
  /// is then an EPIPE error, not a signal), and a standard descriptor that was closed (`>&-`)
  /// opened read-only on /dev/null, so no file the tool opens later takes its number and a write
  /// to it still fails (EBADF) instead of landing in that file.
  static func prepare() {
    signal(SIGPIPE, SIG_IGN)
    for descriptor: Int32 in 0...2 where fcntl(descriptor, F_GETFD) == -1 {
      let opened = open("/dev/null", O_RDONLY)
      if opened >= 0, opened != descriptor {
        dup2(opened, descriptor)
        close(opened)
      }
    }
  }

  mutating func write(_ text: String) {
    guard let code = POSIX.writeAll(text, to: 1) else { return }
    if code == EPIPE { exit(ExitCode.success.rawValue) }
    _ = POSIX.writeAll("error: standard output cannot be written (\(POSIX.reason(code))); the output is incomplete\n", to: 2)
    exit(ExitCode.unusableInput.rawValue)
  }

  mutating func writeError(_ text: String) {
    _ = POSIX.writeAll(text, to: 2)
  }

  /// Keeps `value` until the process exits: freeing a large trace object by object (a
  /// 784-50-10 step's layout is 161,249 entries with their keys and derivations) costs time
  /// that a process about to exit can skip.
  mutating func keepToTheEnd(_ value: Any) {
    kept.append(value)
  }
}
