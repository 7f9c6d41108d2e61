#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few system calls the tool's file access needs, with errors as `errno` values: no
/// Foundation `FileHandle` (whose `write(_:)` traps on a failed write) and no `try!`.
enum POSIX {
  /// The operating system's sentence for an `errno` value: "No space left on device".
  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

  /// Writes every byte of `text` to `descriptor`, resuming after partial writes and signals;
  /// nil on success, else the `errno` of the failed write.
  static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
    var text = text
    return text.withUTF8 { writeAll($0, to: descriptor) }
  }

  /// Writes every byte of `bytes` to `descriptor`: `writeAll(_:to:)` for text made as bytes.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
    bytes.withUnsafeBufferPointer { writeAll($0, to: descriptor) }
  }

  private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if written == 0 { return EIO }
      offset += written
    }
    return nil
  }

  /// `read(2)`.
  static func read(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.read(descriptor, buffer, count)
    #else
      Darwin.read(descriptor, buffer, count)
    #endif
  }

  private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
      Glibc.write(descriptor, bytes, count)
    #else
      Darwin.write(descriptor, bytes, count)
    #endif
  }

  /// What a path names, following symbolic links (`stat`) or not (`lstat`); nil when nothing
  /// is there (or it cannot be examined).
  static func status(_ path: String, followingLinks: Bool = true) -> stat? {
    var result = stat()
    let code = followingLinks ? stat(path, &result) : lstat(path, &result)
    return code == 0 ? result : nil
  }

  /// The kind of file a `stat` describes.
  enum Kind {
    case regular, directory, symbolicLink, other
  }

  static func kind(_ status: stat) -> Kind {
    switch status.st_mode & S_IFMT {
    case S_IFREG: return .regular
    case S_IFDIR: return .directory
    case S_IFLNK: return .symbolicLink
    default: return .other
    }
  }

  /// The target of a symbolic link as stored (relative targets are relative to the link's folder).
  static func linkTarget(_ path: String) -> String? {
    var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
    let count = readlink(path, &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// True unless `pid` is known to have ended (a process of another user counts as running).
  static func isRunning(_ pid: Int32) -> Bool {
    kill(pid, 0) == 0 || errno != ESRCH
  }
}

/// A path's folder (with its trailing slash, "" for a bare name) and last component.
func splitPath(_ path: String) -> (folder: String, name: String) {
  guard let slash = path.lastIndex(of: "/") else { return ("", path) }
  return (String(path[...slash]), String(path[path.index(after: slash)...]))
}
