import BackpropTracer
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Every file `assign`, `grade` and `export` write goes through here: a single file through the
/// tool's output layer (`OutputFiles`: atomic, never over an input), or a whole folder written
/// all or nothing.
enum CourseOutput {
  /// Writes `text` to `path` through `OutputFiles`, never over one of `inputs`.
  static func writeFile(_ text: String, to path: String, inputs: [String]) throws(CommandFailure) {
    try refuseInside(path, folders: inputs.filter(CourseFolder.isFolder), option: path)
    try OutputFiles.write([OutputFile(path: path, contents: text, role: .named)], inputs: inputs.filter { !CourseFolder.isFolder($0) })
  }

  /// Refuses `path` at or inside one of `folders`: an output inside a folder the command reads,
  /// or (`replaced`) an input inside a folder it replaces.
  static func refuseInside(_ path: String, folders: [String], option: String, replaced: Bool = false) throws(CommandFailure) {
    let target = URL(fileURLWithPath: path).standardizedFileURL.path
    for folder in folders {
      let input = URL(fileURLWithPath: folder).standardizedFileURL.path
      if target == input || target.hasPrefix(input + "/") {
        throw CommandFailure(
          message: "\(option.terminalSafePath) is inside \(folder.terminalSafePath), which "
            + (replaced ? "would be replaced; move it, or choose another --output" : "is read; write it elsewhere (see 'backprop-trace --help')"),
          code: .unusableInput)
      }
    }
  }

  /// Writes `files` (paths relative to `folder`) as the folder `folder`, all or nothing: into a
  /// hidden folder beside it first, then renamed into place, so a failure leaves no partial
  /// folder.
  ///
  /// `folder` may be new, empty, or an earlier output of the same command: a folder whose
  /// `manifest` names `generator` and lists every file the folder holds. That folder is
  /// replaced as a whole. Any other folder is refused (exit status 2), so nothing a person put
  /// there is ever removed.
  ///
  /// What a killed run of `folder` left beside it is cleared first, under the folder lock (see
  /// `clearLeftovers`); the result says what was cleared, a sentence each, for the command to
  /// print.
  @discardableResult
  static func writeFolder(
    _ files: [(name: String, contents: String)], to folder: String, manifest: String, generator: String, command: String,
    inputs: [String]
  ) throws(CommandFailure) -> [String] {
    let folder = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    for input in inputs { try refuseInside(input, folders: [folder], option: input, replaced: true) }
    let manager = FileManager.default
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
    // Runs writing beside one another wait for each other (the output layer's folder locks).
    let locks = FolderLocks([parent])
    defer { locks.release() }
    let cleared = clearLeftovers(of: folder)
    var isDirectory: ObjCBool = false
    let exists = manager.fileExists(atPath: folder, isDirectory: &isDirectory)
    if exists {
      guard isDirectory.boolValue else { throw unusable("\(folder.terminalSafePath): exists and is not a folder") }
      try checkReplaceable(folder, manifest: manifest, generator: generator, command: command)
    }
    let staged = beside + ".\(name).\(Leftover.partial.rawValue)-\(getpid())"
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
    let previous = beside + ".\(name).\(Leftover.previous.rawValue)-\(getpid())"
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
    return cleared
  }

  /// The hidden folders a run writing `folder` keeps beside it: the new folder being written,
  /// and the earlier one moved aside for the moment of the swap.
  private enum Leftover: String, CaseIterable {
    case partial, previous
  }

  /// Clears what runs writing `folder` left beside it when they were killed (their process has
  /// ended; those of running processes, and this one's, are left alone): a half-written
  /// `.NAME.partial-PID` is removed; a `.NAME.previous-PID`, the earlier folder moved aside, is
  /// put back when `folder` is missing (the run died between the two renames), else removed.
  /// Returns a sentence per leftover cleared. Called under the lock of the folder around
  /// `folder`, so no other run of the tool is writing there.
  private static func clearLeftovers(of folder: String) -> [String] {
    let (parent, name) = split(folder)
    let beside = parent.isEmpty ? "" : parent.hasSuffix("/") ? parent : parent + "/"
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent)) ?? []
    var cleared: [String] = []
    for entry in entries.sorted() {
      guard let (kind, pid) = leftover(entry, of: name), pid != getpid(), !POSIX.isRunning(pid) else { continue }
      let path = beside + entry
      let ended = "left by a run that was stopped (process \(pid) has ended)"
      if kind == .previous, POSIX.status(folder, followingLinks: false) == nil, rename(path, folder) == 0 {
        cleared.append("put back \(folder.terminalSafePath) from \(path.terminalSafePath), \(ended)")
      } else if (try? FileManager.default.removeItem(atPath: path)) != nil {
        cleared.append("removed \(path.terminalSafePath), \(ended)")
      } else {
        cleared.append("could not remove \(path.terminalSafePath), \(ended); remove it by hand")
      }
    }
    return cleared
  }

  /// The kind and process of `entry` when it is a leftover of the folder `name`
  /// (`.NAME.partial-PID` or `.NAME.previous-PID`), else nil.
  private static func leftover(_ entry: String, of name: String) -> (Leftover, Int32)? {
    for kind in Leftover.allCases {
      let prefix = ".\(name).\(kind.rawValue)-"
      if entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count)), pid > 0 { return (kind, pid) }
    }
    return nil
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
