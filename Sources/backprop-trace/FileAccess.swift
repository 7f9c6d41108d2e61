import BackpropTracer

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs, with errors that name the file and a size limit checked before the bytes
/// are read.
enum FileAccess {
  /// The bytes of a file of at most `limit` bytes; a missing file, a folder, an unreadable or a
  /// larger file is unusable input. Devices and pipes (`/dev/stdin`) are read up to the limit.
  static func read(_ path: String, limit: Int = Fixture.maximumFileBytes) throws(CommandFailure) -> [UInt8] {
    func failure(_ problem: String) -> CommandFailure {
      CommandFailure(message: "\(path.terminalSafePath): \(problem)", code: .unusableInput)
    }
    guard let status = POSIX.status(path) else {
      throw failure(errno == ENOENT || errno == ENOTDIR ? "no such file" : "cannot be read (\(POSIX.reason(errno)))")
    }
    guard POSIX.kind(status) != .directory else { throw failure("is a folder, not a file") }
    let tooLarge = "is larger than \(limit) bytes, the most the tool reads from one file"
    if POSIX.kind(status) == .regular, Int(status.st_size) > limit {
      throw failure("\(tooLarge) (it has \(Int(status.st_size)))")
    }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw failure("cannot be read (\(POSIX.reason(errno)); check its permissions)") }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(POSIX.kind(status) == .regular ? Int(status.st_size) : 65_536)
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let count = chunk.withUnsafeMutableBytes { POSIX.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw failure("cannot be read (\(POSIX.reason(errno)))")
      }
      if count == 0 { return bytes }
      guard bytes.count + count <= limit else { throw failure(tooLarge) }
      bytes += chunk[..<count]
    }
  }

  /// The identity (device and inode) of each of `paths` that is a regular file, for refusing to
  /// write over an input.
  static func identities(of paths: [String]) -> [(path: String, device: UInt64, inode: UInt64)] {
    paths.compactMap { path in
      guard let status = POSIX.status(path), POSIX.kind(status) == .regular else { return nil }
      return (path, UInt64(status.st_dev), UInt64(status.st_ino))
    }
  }
}
