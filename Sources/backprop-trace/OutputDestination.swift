#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where an output path leads, decided before anything is rendered or written.
enum OutputDestination: Equatable {
  /// Standard output: no `--output`, or `/dev/stdout` and its aliases.
  case standardOutput
  /// Another open descriptor named by a path (`/dev/stderr`, `/dev/fd/3`): written directly.
  case descriptor(Int32)
  /// A device, FIFO or socket (`/dev/null`): opened and written through, never replaced.
  case device(String)
  /// A regular file, or nothing yet, at this path with symbolic links resolved: replaced as a
  /// whole (written beside it, then renamed over it), so the link itself stays.
  case file(String)

  /// The most symbolic links followed from one path (as the kernel's ELOOP limit).
  static let maximumLinks = 40

  /// The destination of `--output PATH` (nil: standard output). An empty path, a folder or a
  /// path that cannot be resolved is refused with exit status 2.
  static func of(_ path: String?) throws(CommandFailure) -> OutputDestination {
    guard let path else { return .standardOutput }
    func refuse(_ problem: String) -> CommandFailure {
      CommandFailure(message: "\(path.terminalSafePath): \(problem); no file was changed", code: .unusableInput)
    }
    if path.isEmpty {
      throw CommandFailure(message: "--output needs a file name, found an empty one; no file was changed", code: .unusableInput)
    }
    if let descriptor = descriptorNamed(by: path) {
      guard fcntl(descriptor, F_GETFD) != -1 else { throw refuse("names descriptor \(descriptor), which is not open") }
      return descriptor == 1 ? .standardOutput : .descriptor(descriptor)
    }
    var resolved = path
    for _ in 0...maximumLinks {
      guard let status = POSIX.status(resolved, followingLinks: false) else {
        if path.hasSuffix("/") { throw refuse("is a folder name (it ends in /); --output names a file") }
        return .file(resolved)
      }
      switch POSIX.kind(status) {
      case .regular: return .file(resolved)
      case .directory: throw refuse("is a folder; --output names a file")
      case .other: return .device(resolved)
      case .symbolicLink:
        guard let target = POSIX.linkTarget(resolved) else { throw refuse("is a symbolic link that cannot be read") }
        resolved = target.hasPrefix("/") ? target : splitPath(resolved).folder + target
      }
    }
    throw refuse("has more than \(maximumLinks) levels of symbolic links")
  }

  /// The descriptor a path such as `/dev/stdout`, `/dev/fd/3` or `/proc/self/fd/3` names, or nil.
  private static func descriptorNamed(by path: String) -> Int32? {
    switch path {
    case "/dev/stdin": return 0
    case "/dev/stdout": return 1
    case "/dev/stderr": return 2
    default:
      for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
        return Int32(path.dropFirst(prefix.count))
      }
      return nil
    }
  }

  /// The path written through or replaced, or nil for a descriptor.
  var path: String? {
    switch self {
    case .standardOutput, .descriptor: return nil
    case let .device(path), let .file(path): return path
    }
  }
}
