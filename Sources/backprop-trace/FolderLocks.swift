#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Exclusive `flock` locks on folders, taken in sorted order (so two runs never wait on each
/// other in a circle) and held until `release()` or the end of the process. A folder that
/// cannot be opened is not locked.
struct FolderLocks {
  private let descriptors: [Int32]

  init(_ folders: [String]) {
    descriptors = Set(folders.map { $0.isEmpty ? "." : $0 }).sorted().compactMap { folder in
      let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
      guard descriptor >= 0 else { return nil }
      while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
      return descriptor
    }
  }

  func release() {
    for descriptor in descriptors { close(descriptor) }
  }
}
