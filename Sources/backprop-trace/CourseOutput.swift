import BackpropTracer
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every file `assign`, `grade` and `export` write goes through here: a single file written
/// atomically, or a whole folder written all or nothing.
enum CourseOutput {
  /// Writes `text` to `path` atomically (`FileAccess.write`).
  static func writeFile(_ text: String, to path: String) throws(CommandFailure) {
    try FileAccess.write(text, to: path)
  }

  /// Writes `files` (paths relative to `folder`) as the folder `folder`, all or nothing: into a
  /// hidden folder beside it first, then renamed into place, so a failure leaves no partial
  /// folder.
  ///
  /// `folder` may be new, empty, or an earlier output of the same command: a folder whose
  /// `manifest` names `generator` and lists every file the folder holds. That folder is
  /// replaced as a whole. Any other folder is refused (exit status 2), so nothing a person put
  /// there is ever removed.
  static func writeFolder(
    _ files: [(name: String, contents: String)], to folder: String, manifest: String, generator: String, command: String
  ) throws(CommandFailure) {
    let folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: folder, isDirectory: &isDirectory)
    if exists {
      guard isDirectory.boolValue else { throw unusable("\(folder.terminalSafePath): exists and is not a folder") }
      try checkReplaceable(folder, manifest: manifest, generator: generator, command: command)
    }
    let (parent, name) = split(folder)
    let beside = parent.isEmpty ? "" : parent.hasSuffix("/") ? parent : parent + "/"
    var ancestor = parent
    while !ancestor.isEmpty, ancestor != "/", !manager.fileExists(atPath: ancestor) { ancestor = split(ancestor).parent }
    if !ancestor.isEmpty, !CourseFolder.isFolder(ancestor) {
      throw unusable("\(folder.terminalSafePath): cannot be written, since \(ancestor.terminalSafePath) is a file, not a folder; nothing was changed")
    }
    do {
      if !parent.isEmpty { try manager.createDirectory(atPath: parent, withIntermediateDirectories: true) }
    } catch {
      throw unusable("\(folder.terminalSafePath): cannot create the folder around it (\(reason(error))); nothing was changed")
    }
    let staged = beside + ".\(name).partial-\(getpid())"
    try? manager.removeItem(atPath: staged)
    do {
      try manager.createDirectory(atPath: staged, withIntermediateDirectories: false)
      for file in files {
        let path = staged + "/" + file.name
        try manager.createDirectory(atPath: split(path).parent, withIntermediateDirectories: true)
        try Data(file.contents.utf8).write(to: URL(fileURLWithPath: path), options: .withoutOverwriting)
      }
    } catch {
      try? manager.removeItem(atPath: staged)
      throw unusable("\(folder.terminalSafePath): cannot be written (\(reason(error))); nothing was changed")
    }
    let previous = beside + ".\(name).previous-\(getpid())"
    if exists, rename(folder, previous) != 0 {
      let cause = String(cString: strerror(errno))
      try? manager.removeItem(atPath: staged)
      throw unusable("\(folder.terminalSafePath): cannot be replaced (\(cause)); nothing was changed")
    }
    guard rename(staged, folder) == 0 else {
      let cause = String(cString: strerror(errno))
      if exists { _ = rename(previous, folder) }
      try? manager.removeItem(atPath: staged)
      throw unusable("\(folder.terminalSafePath): cannot be written (\(cause)); nothing was changed")
    }
    if exists { try? manager.removeItem(atPath: previous) }
  }

  /// Refuses a folder that is neither empty nor an earlier output of `command` holding only the
  /// files its manifest lists.
  private static func checkReplaceable(_ folder: String, manifest: String, generator: String, command: String) throws(CommandFailure) {
    let manager = FileManager.default
    guard let entries = try? manager.subpathsOfDirectory(atPath: folder) else {
      throw unusable("\(folder.terminalSafePath): cannot list the folder")
    }
    guard !entries.isEmpty else { return }
    let refusal = "\(folder.terminalSafePath): the folder exists and is not an earlier output of '\(command)'"
    guard let bytes = manager.contents(atPath: folder + "/" + manifest),
      let written = try? CourseManifest.parse(Array(bytes), file: manifest), written.generator == generator
    else { throw unusable("\(refusal) (it has no \(manifest) of '\(command)'); choose a new folder, or empty this one") }
    var known = Set(written.files)
    for file in written.files {
      var path = split(file).parent
      while !path.isEmpty, path != "/" {
        known.insert(path)
        path = split(path).parent
      }
    }
    if let stranger = entries.sorted().first(where: { !known.contains($0) }) {
      throw unusable("\(refusal) alone: it also holds \(stranger.terminalSafePath), which '\(command)' did not write; move it, or choose a new folder")
    }
  }

  /// The folder part of `path` ("" for a bare name, "/" at the root) and its last component.
  /// (Foundation's `NSString.deletingLastPathComponent` traps on a one-character path.)
  static func split(_ path: String) -> (parent: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return ("", path) }
    let parent = String(path[..<slash])
    return (parent.isEmpty ? "/" : parent, String(path[path.index(after: slash)...]))
  }

  private static func unusable(_ message: String) -> CommandFailure {
    CommandFailure(message: message, code: .unusableInput)
  }

  /// The operating system's reason in a Foundation error, without Foundation's wording.
  private static func reason(_ error: Error) -> String {
    let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let code = underlying?.code, underlying?.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(code))) }
    return (error as NSError).localizedDescription
  }
}
