import BackpropTracer
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One file a command writes.
struct OutputFile {
  /// What the file is to the command, which decides what may stand at its path already.
  enum Role: Equatable {
    /// The file the user named (`--output`), or one of a folder's files (`walkthroughs`):
    /// whatever is there is replaced, or written through when it is a device or FIFO.
    case named
    /// A figure beside the named file `of`: written only where nothing is, or over a figure
    /// this tool wrote (its SVG holds `SVGRenderer.marker`).
    case figure(of: String)
  }

  let path: String
  /// The file's text as UTF-8: a large derivation is made as bytes and written as it is, never
  /// turned into a `String` (which would check and copy tens of megabytes).
  let contents: [UInt8]
  let role: Role

  /// A file of `contents` as UTF-8 bytes.
  init(path: String, bytes contents: [UInt8], role: Role) {
    self.path = path
    self.contents = contents
    self.role = role
  }

  /// A file of the text `contents`.
  init(path: String, contents: String, role: Role) {
    self.init(path: path, bytes: Array(contents.utf8), role: role)
  }
}

/// Writes a command's files as one, never over an input and never half.
///
/// Each regular file is written to a hidden temporary file beside it (`.NAME.partial-PID`), then
/// renamed over it; devices and FIFOs are written through. All of it happens under an exclusive
/// lock (`flock`) on each folder written into, so concurrent runs to the same place write their
/// files one run after another (a derivation never ends up beside another run's figure), and a
/// run removes the temporary files of its names that a killed run left behind (when that
/// process has ended).
enum OutputFiles {
  /// Writes `files`, refusing first (exit status 2, nothing changed) a path that is an input
  /// (`inputs`, compared by device and inode), a folder, two files at one place, or a figure's
  /// place taken by a file this tool did not write.
  ///
  /// A failure while writing the temporary files changes nothing; a rename that fails after
  /// others succeeded leaves some files new and some old: exit status 3, since writing worked a
  /// moment before and the tool cannot tell why.
  static func write(_ files: [OutputFile], inputs: [String]) throws(CommandFailure) {
    var targets: [(file: OutputFile, destination: OutputDestination)] = []
    for file in files {
      let destination = try destination(of: file)
      try checkNotAnInput(destination, given: file.path, inputs: inputs)
      targets.append((file, destination))
    }
    var seen: [String: String] = [:]
    for (file, destination) in targets {
      // One place: the same path, or the same existing file by another name.
      let place = destination.path.flatMap { POSIX.status($0) }.map { "\($0.st_dev):\($0.st_ino)" } ?? destination.path ?? file.path
      if let other = seen.updateValue(file.path, forKey: place) {
        throw refusal(file.path, other == file.path ? "would receive two files, the text and its figure (name the output .md)" : "is where \(other.terminalSafePath) is written too")
      }
    }
    let replaced = targets.compactMap { if case let .file(path) = $0.destination { path } else { nil } }
    let locks = FolderLocks(replaced.map { splitPath($0).folder })
    defer { locks.release() }
    for (file, destination) in targets {
      if case let .figure(main) = file.role, case let .file(path) = destination, !isOwnFigureOrAbsent(path) {
        throw refusal(file.path, "exists and was not written by backprop-trace, and the figure of \(main.terminalSafePath) goes there (move it, or choose another --output)")
      }
    }
    removeStalePartials(of: replaced)
    try stageAndReplace(targets.map { ($0.file.path, $0.destination, $0.file.contents) })
  }

  /// Where `file` goes; a figure only to a regular file or a free name.
  private static func destination(of file: OutputFile) throws(CommandFailure) -> OutputDestination {
    guard case let .figure(main) = file.role else { return try OutputDestination.of(file.path) }
    guard case let .file(path)? = try? OutputDestination.of(file.path) else {
      throw refusal(file.path, "is not a regular file, and the figure of \(main.terminalSafePath) goes there")
    }
    return .file(path)
  }

  /// Refuses a destination that is one of `inputs` (the same device and inode).
  static func checkNotAnInput(_ destination: OutputDestination, given: String, inputs: [String]) throws(CommandFailure) {
    guard let path = destination.path, let status = POSIX.status(path) else { return }
    for input in FileAccess.identities(of: inputs) where input.device == UInt64(status.st_dev) && input.inode == UInt64(status.st_ino) {
      let what = input.path == given ? "an input of this command" : "the same file as \(input.path.terminalSafePath), an input of this command"
      throw refusal(given, "is \(what); writing the output there would destroy it (choose another --output)")
    }
  }

  private static func refusal(_ path: String, _ problem: String) -> CommandFailure {
    CommandFailure(message: "\(path.terminalSafePath): \(problem); no file was changed", code: .unusableInput)
  }

  /// True when nothing is at `path`, or a file whose first kilobytes hold the figure marker.
  private static func isOwnFigureOrAbsent(_ path: String) -> Bool {
    guard POSIX.status(path) != nil else { return true }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var head = [UInt8](repeating: 0, count: 4096)
    let count = head.withUnsafeMutableBytes { POSIX.read(descriptor, $0.baseAddress, $0.count) }
    return count > 0 && String(decoding: head[..<count], as: UTF8.self).contains(SVGRenderer.marker)
  }

  /// The hidden temporary file of `path` for this process: `.NAME.partial-PID` beside it.
  static func temporaryName(of path: String, pid: Int32 = getpid()) -> String {
    let (folder, name) = splitPath(path)
    return folder + "." + name + ".partial-\(pid)"
  }

  /// Removes the temporary files of `paths` left by runs that were killed (their process has
  /// ended); those of running processes are left alone.
  private static func removeStalePartials(of paths: [String]) {
    var namesByFolder: [String: Set<String>] = [:]
    for path in paths {
      let (folder, name) = splitPath(path)
      namesByFolder[folder, default: []].insert(name)
    }
    for (folder, names) in namesByFolder {
      let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
      for entry in entries where entry.hasPrefix(".") {
        guard let marker = entry.range(of: ".partial-", options: .backwards),
          names.contains(String(entry[entry.index(after: entry.startIndex)..<marker.lowerBound])),
          let pid = Int32(entry[marker.upperBound...]), pid > 0, pid != getpid(), !POSIX.isRunning(pid)
        else { continue }
        unlink(folder + entry)
      }
    }
  }

  /// Writes every regular file to its temporary file, writes through every device, then renames
  /// the temporary files over their targets.
  private static func stageAndReplace(_ files: [(given: String, destination: OutputDestination, contents: [UInt8])]) throws(CommandFailure) {
    var staged: [(temporary: String, path: String, given: String)] = []
    func removeStaged() { for file in staged { unlink(file.temporary) } }
    for file in files {
      guard case let .file(path) = file.destination else { continue }
      let temporary = temporaryName(of: path)
      if let reason = writeNew(file.contents, to: temporary) {
        removeStaged()
        throw CommandFailure(message: "\(file.given.terminalSafePath): cannot be written (\(reason)); no file was changed", code: .unusableInput)
      }
      staged.append((temporary, path, file.given))
    }
    for file in files {
      let reason: String?
      switch file.destination {
      case .file: continue
      case .standardOutput: reason = POSIX.writeAll(file.contents, to: 1).map(POSIX.reason)
      case let .descriptor(descriptor): reason = POSIX.writeAll(file.contents, to: descriptor).map(POSIX.reason)
      case let .device(path): reason = writeThrough(file.contents, to: path)
      }
      if let reason {
        removeStaged()
        throw CommandFailure(message: "\(file.given.terminalSafePath): cannot be written (\(reason))", code: .unusableInput)
      }
    }
    for (index, file) in staged.enumerated() where rename(file.temporary, file.path) != 0 {
      let reason = POSIX.reason(errno)
      for rest in staged[index...] { unlink(rest.temporary) }
      guard index > 0 else {
        throw CommandFailure(message: "\(file.given.terminalSafePath): cannot be written (\(reason)); no file was changed", code: .unusableInput)
      }
      throw CommandFailure(
        message: "internal error: \(file.given.terminalSafePath) could not replace the previous file (\(reason)) after \(index) of"
          + " \(staged.count) files were written, so the output is partly updated; please report this, with the command you ran",
        code: .internalError)
    }
  }

  /// Writes `text` to a new file at `path`; nil on success, else the operating system's reason
  /// (and no file is left behind). A leftover of this process's own name (an earlier process
  /// with the same number, killed) is replaced: the folder's lock is held.
  private static func writeNew(_ text: [UInt8], to path: String) -> String? {
    var descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    if descriptor < 0, errno == EEXIST, unlink(path) == 0 {
      descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    }
    guard descriptor >= 0 else { return POSIX.reason(errno) }
    if let code = POSIX.writeAll(text, to: descriptor) {
      close(descriptor)
      unlink(path)
      return POSIX.reason(code)
    }
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      let reason = POSIX.reason(errno)
      unlink(path)
      return reason
    }
    return nil
  }

  /// Writes `text` through the device or FIFO at `path` (a FIFO without a reader is an error,
  /// not a wait); nil on success, else the reason.
  private static func writeThrough(_ text: [UInt8], to path: String) -> String? {
    let descriptor = open(path, O_WRONLY | O_NONBLOCK | O_NOCTTY)
    guard descriptor >= 0 else { return errno == ENXIO ? "nothing reads from it" : POSIX.reason(errno) }
    defer { close(descriptor) }
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
    return POSIX.writeAll(text, to: descriptor).map(POSIX.reason)
  }
}
