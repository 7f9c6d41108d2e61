import Foundation

/// pdflatex run on a LaTeX text in a folder of its own, for the tests that compile what they
/// render (when pdflatex is installed; `.ci/run` installs it).
enum PDFLaTeX {
  /// Where pdflatex is, or nil when it is not installed.
  static var path: String? {
    let path = "/usr/bin/pdflatex"
    return FileManager.default.isExecutableFile(atPath: path) ? path : nil
  }

  /// What one compilation left: its exit status, its log and whether a file named `probe` was
  /// made beside the document (what a shell escape would do).
  struct Result {
    var status: Int32
    var log: String
    var probeExists: Bool

    /// The pages of the PDF, from the log's "Output written on t.pdf (N pages, …)".
    var pages: Int? {
      guard let range = log.range(of: "Output written on t.pdf (") else { return nil }
      return Int(log[range.upperBound...].prefix { $0.isNumber })
    }
  }

  /// Compiles `text` as `t.tex` with `-halt-on-error -no-shell-escape`, `runs` times (a table
  /// of contents needs two), in a temporary folder it then removes.
  static func compile(_ text: String, runs: Int = 1, probe: String = "pwned") throws -> Result {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "backprop-latex-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(text.utf8).write(to: folder.appendingPathComponent("t.tex"))
    var status: Int32 = 0
    for _ in 0..<runs {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: path ?? "/usr/bin/pdflatex")
      process.arguments = ["-halt-on-error", "-no-shell-escape", "-interaction=nonstopmode", "t.tex"]
      process.currentDirectoryURL = folder
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      status = process.terminationStatus
      if status != 0 { break }
    }
    let log = (try? String(contentsOf: folder.appendingPathComponent("t.log"), encoding: .isoLatin1)) ?? ""
    return Result(
      status: status, log: log, probeExists: FileManager.default.fileExists(atPath: folder.appendingPathComponent(probe).path))
  }
}
