import BackpropTracer
import Foundation

/// Reading inputs and writing outputs, with errors that name the file.
enum FileAccess {
  /// The bytes of a file; a missing file, a folder or an unreadable file is unusable input.
  static func read(_ path: String) throws(CommandFailure) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw CommandFailure(message: "\(path.terminalSafe): no such file", code: .unusableInput)
    }
    guard !isDirectory.boolValue else {
      throw CommandFailure(message: "\(path.terminalSafe): is a folder, not a file", code: .unusableInput)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw CommandFailure(message: "\(path.terminalSafe): cannot be read (check its permissions)", code: .unusableInput)
    }
    return Array(data)
  }

  /// Writes `text` to `path` atomically: to a temporary file beside it, then renamed over it, so
  /// a failure never leaves a half-written file nor destroys the previous one.
  static func write(_ text: String, to path: String) throws(CommandFailure) {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw CommandFailure(message: "\(path.terminalSafe): cannot be written (\(error.localizedDescription))", code: .unusableInput)
    }
  }
}
