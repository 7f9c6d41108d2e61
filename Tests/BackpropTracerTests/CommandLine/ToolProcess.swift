import Foundation

/// The built `backprop-trace` run as a separate process through `/bin/sh`, for what an
/// in-process run cannot show: a full disk or a closed descriptor as standard output, a reader
/// that goes away, concurrent and killed runs.
enum ToolProcess {
  /// The executable beside the test bundle (both are products of the same build).
  static let executable: String = {
    let besideTests = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("backprop-trace")
    if FileManager.default.isExecutableFile(atPath: besideTests.path) { return besideTests.path }
    return Repository.root.appendingPathComponent(".build/debug/backprop-trace").path
  }()

  /// Runs `script` with `/bin/sh -c`, the tool's path in `$TOOL` and `arguments` as `$1`, `$2`,
  /// …; returns the exit status and what the script wrote to its standard output and error.
  static func shell(_ script: String, _ arguments: [String] = [], in folder: URL? = nil) throws -> (code: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", script, "sh"] + arguments
    process.environment = ProcessInfo.processInfo.environment.merging(["TOOL": executable]) { $1 }
    if let folder { process.currentDirectoryURL = folder }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
  }

  /// Starts the tool with `arguments` in `folder`, its output discarded (`/dev/null`); wait with
  /// `waitUntilExit()`. (Background jobs of `/bin/sh` are not used: a shell started from the test
  /// runner may never hear of its children ending.)
  static func start(_ arguments: [String], in folder: URL) throws -> Process {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}
