import Foundation

/// Runs a script of JavaScript that ends by calling `print(text)` once, in Node.js when it is on
/// the PATH, else in headless Chromium (as `.ci/html-check.py` finds it); nil when neither is
/// installed. Tests that need it are enabled only where `isAvailable`.
enum JavaScriptRunner {
  /// An engine: Node.js or a headless Chromium, by path.
  private enum Engine {
    case node(String)
    case chromium(String)
  }

  private static let engine: Engine? = {
    if let node = executable("node") { return .node(node) }
    let names = [ProcessInfo.processInfo.environment["CHROMIUM"] ?? "", "chromium-headless-shell", "chromium", "chromium-browser", "google-chrome"]
    for name in names where !name.isEmpty {
      if let path = executable(name) { return .chromium(path) }
    }
    return nil
  }()

  /// True when a JavaScript engine is installed.
  static var isAvailable: Bool { engine != nil }

  /// What `script` printed.
  static func run(_ script: String) throws -> String {
    guard let engine else { throw Unavailable() }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("js-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    switch engine {
    case let .node(path):
      let file = folder.appendingPathComponent("script.js")
      try Data(("var print = function (text) { process.stdout.write(String(text)); };\n" + script).utf8).write(to: file)
      return try output(of: path, [file.path])
    case let .chromium(path):
      let file = folder.appendingPathComponent("page.html")
      let page = "<!DOCTYPE html><html><body><pre id=\"out\"></pre><script>\nvar print = function (text) { document.getElementById(\"out\").textContent = String(text); };\n"
        + script + "\n</script></body></html>"
      try Data(page.utf8).write(to: file)
      var arguments = ["--no-sandbox", "--disable-gpu", "--user-data-dir=" + folder.appendingPathComponent("profile").path, "--dump-dom", file.absoluteString]
      if !path.hasSuffix("headless-shell") { arguments.insert("--headless", at: 0) }
      let dom = try output(of: path, arguments)
      guard let start = dom.range(of: "<pre id=\"out\">"), let end = dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex) else {
        return ""
      }
      return String(dom[start.upperBound..<end.lowerBound]).replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&amp;", with: "&")
    }
  }

  struct Unavailable: Error {}

  private static func output(of executable: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  private static func executable(_ name: String) -> String? {
    if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
  }
}
