import BackpropTracer
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading inputs and writing outputs, with errors that name the file.
enum FileAccess {
  /// The bytes of a file; a missing file, a folder or an unreadable file is unusable input.
  static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CommandFailure(message: "\(path.terminalSafePath): no such file", code: .unusableInput)
    }
    guard !isDirectory.boolValue else {
      throw CommandFailure(message: "\(path.terminalSafePath): is a folder, not a file", code: .unusableInput)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure(message: "\(path.terminalSafePath): cannot be read (check its permissions)", code: .unusableInput)
    }
    return Array(data)
  }

  /// Delivers a rendered lecture: its text (the first file) to standard output when no `file` is
  /// named, and nothing else; otherwise the text to `file` and its figures beside it, figures
  /// first and text last, all or nothing (see `write(_:)`).
  static func deliver(
    _ files: [(name: String, contents: String)], to file: String?, output: inout some CommandOutput
  ) throws(CommandFailure) {
    guard let file, let text = files.first else {
      output.write(files.first?.contents ?? "")
      return
    }
    try write(files.dropFirst().map { ($0.name, $0.contents) } + [(file, text.contents)])
  }

  /// Writes `text` to `path` atomically (see `write(_:)`).
  static func write(_ text: String, to path: String) throws(CommandFailure) {
    try write([(path, text)])
  }

  /// Writes several files as one: each to a temporary file beside it first, then every one
  /// renamed over its target, so a failure never leaves a half-written file.
  ///
  /// A failure while writing the temporary files changes nothing (the temporary files are
  /// removed; exit status 2: the place cannot be written). A rename that fails after others
  /// succeeded leaves some files new and some old: exit status 3, since writing worked a moment
  /// before and the tool cannot tell why.
  static func write(_ files: [(path: String, contents: String)]) throws(CommandFailure) {
    var staged: [(temporary: String, path: String)] = []
    func removeStaged() { for file in staged { unlink(file.temporary) } }
    for file in files {
      let temporary = temporaryName(beside: file.path)
      if let reason = writeNew(file.contents, to: temporary) {
        removeStaged()
        throw CommandFailure(message: "\(file.path.terminalSafePath): cannot be written (\(reason)); no file was changed", code: .unusableInput)
      }
      staged.append((temporary, file.path))
    }
    for (index, file) in staged.enumerated() where rename(file.temporary, file.path) != 0 {
      let reason = String(cString: strerror(errno))
      for rest in staged[index...] { unlink(rest.temporary) }
      guard index > 0 else {
        throw CommandFailure(message: "\(file.path.terminalSafePath): cannot be written (\(reason)); no file was changed", code: .unusableInput)
      }
      throw CommandFailure(
        message: "internal error: \(file.path.terminalSafePath) could not replace the previous file (\(reason)) after \(index) of"
          + " \(staged.count) files were written, so the output is partly updated; please report this, with the command you ran",
        code: .internalError)
    }
  }

  /// A name in the same folder as `path` (so the rename stays on one file system), hidden.
  private static func temporaryName(beside path: String) -> String {
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { String(path[...$0]) } ?? ""
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    return folder + "." + name + ".partial-\(getpid())"
  }

  /// Writes `text` to a new file at `path`; nil on success, else the operating system's reason
  /// (and no file is left behind).
  private static func writeNew(_ text: String, to path: String) -> String? {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { return String(cString: strerror(errno)) }
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let count = bytes.withUnsafeBytes { buffer in
        #if canImport(Glibc)
          Glibc.write(descriptor, buffer.baseAddress, buffer.count)
        #else
          Darwin.write(descriptor, buffer.baseAddress, buffer.count)
        #endif
      }
      guard count > 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        unlink(path)
        return reason
      }
      bytes = bytes.dropFirst(count)
    }
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      unlink(path)
      return String(cString: strerror(errno))
    }
    return nil
  }
}
