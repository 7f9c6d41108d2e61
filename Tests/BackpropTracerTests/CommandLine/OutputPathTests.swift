import Foundation
import Testing

@testable import backprop_trace

/// Hostile `--output` paths: an input, a folder, an empty name, a device, a FIFO, a symbolic
/// link, a figure's name taken by someone else's file. Each is refused with status 2 and nothing
/// written, or written through without replacing what is there.
@Suite("Output paths")
struct OutputPathTests {
  /// A fresh folder holding a copy of the 2-2-2 fixture (`s.json`) and of the sample answers
  /// (`answers.txt`).
  private func workspace() throws -> URL {
    let folder = try ExitCodeTests.folder()
    try FileManager.default.copyItem(atPath: mazur, toPath: folder.appendingPathComponent("s.json").path)
    try FileManager.default.copyItem(atPath: ExitCodeTests.answers, toPath: folder.appendingPathComponent("answers.txt").path)
    return folder
  }

  private func names(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  private func bytes(_ url: URL) -> Data? { FileManager.default.contents(atPath: url.path) }

  @Test("An input named as the output, by its path, a hard link or a symbolic link, is refused and kept")
  func inputsAreKept() throws {
    let folder = try workspace()
    let fixture = folder.appendingPathComponent("s.json"), answers = folder.appendingPathComponent("answers.txt")
    let (fixtureBytes, answerBytes) = (bytes(fixture), bytes(answers))
    try FileManager.default.linkItem(at: fixture, to: folder.appendingPathComponent("hard.json"))
    try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("soft.json").path, withDestinationPath: "s.json")
    let commands: [([String], String)] = [
      (["trace", fixture.path, "--output"], fixture.path), (["graph", fixture.path, "--output"], folder.appendingPathComponent("hard.json").path),
      (["trace", fixture.path, "--format", "json", "--output"], folder.appendingPathComponent("soft.json").path),
      (["verify", fixture.path, answers.path, "--output"], answers.path), (["quiz", fixture.path, "--report"], fixture.path),
    ]
    for (command, target) in commands {
      let run = runTool(command + [target])
      #expect(run.code == 2, "\(command)")
      #expect(run.error.hasPrefix("error: \(target): is "), "\(run.error)")
      #expect(run.error.hasSuffix("an input of this command; writing the output there would destroy it (choose another --output); no file was changed\n"), "\(run.error)")
    }
    #expect(bytes(fixture) == fixtureBytes && bytes(answers) == answerBytes)
    #expect(names(in: folder) == ["answers.txt", "hard.json", "s.json", "soft.json"])
  }

  @Test("An empty path, a folder or a folder name ending in / is refused before any work, nothing written", arguments: ["", "sub", "sub/", "new/"])
  func notAFile(output: String) throws {
    let folder = try workspace()
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
    let path = output.isEmpty ? "" : folder.path + "/" + output
    for command in [["trace", mazur], ["graph", mazur], ["verify", mazur, ExitCodeTests.answers]] {
      let run = runTool(command + ["--output", path])
      #expect(run.code == 2, "\(command) \(output)")
      #expect(run.error.hasSuffix("; no file was changed\n"), "\(run.error)")
    }
    #expect(names(in: folder) == ["answers.txt", "s.json", "sub"])
    #expect(names(in: folder.appendingPathComponent("sub")).isEmpty)
    #expect(runTool(["walkthroughs", "--output", ""]).code == 2)
  }

  @Test("--output /dev/stdout prints the text, /dev/null swallows it, both stay devices; /dev/full fails with status 2")
  func devices() throws {
    let printed = runTool(["trace", mazur, "--output", "/dev/stdout"])
    #expect(printed.code == 0)
    #expect(printed.output == runTool(["trace", mazur]).output)
    for command in [["trace", mazur], ["graph", mazur], ["verify", mazur, ExitCodeTests.answers], ["trace", mazur, "--format", "latex"]] {
      let run = runTool(command + ["--output", "/dev/null"])
      #expect(run.code <= 1, "\(command): \(run.error)")
      #expect(run.output.isEmpty && run.error.isEmpty)
    }
    var status = stat()
    #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR, "/dev/null is still a device")
    #expect(!FileManager.default.fileExists(atPath: "/dev/null.svg"), "no figure beside a device")
    let full = runTool(["trace", mazur, "--output", "/dev/full"])
    #expect(full.code == 2)
    #expect(full.error == "error: /dev/full: cannot be written (No space left on device)\n")
  }

  @Test("A FIFO is written through when something reads it, and refused when nothing does")
  func fifo() throws {
    let folder = try workspace()
    let fifo = folder.appendingPathComponent("pipe").path
    #expect(mkfifo(fifo, 0o600) == 0)
    let lonely = runTool(["trace", mazur, "--output", fifo])
    #expect(lonely.code == 2)
    #expect(lonely.error == "error: \(fifo): cannot be written (nothing reads from it)\n")
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }
    let written = runTool(["trace", mazur, "--format", "json", "--output", fifo])
    #expect(written.code == 0, "\(written.error)")
    var received = [UInt8](repeating: 0, count: 65_536)
    let count = read(reader, &received, received.count)
    #expect(count > 0 && String(decoding: received[..<max(count, 0)], as: UTF8.self).hasPrefix("{"))
    var status = stat()
    #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
  }

  @Test("A symbolic link is written through: its target gets the text (and its figure beside it), the link stays")
  func symbolicLink() throws {
    let folder = try workspace()
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: false)
    let link = folder.appendingPathComponent("lecture.md")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "real/notes.md")
    let run = runTool(["trace", mazur, "--output", link.path])
    #expect(run.code == 0, "\(run.error)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == "real/notes.md")
    #expect(names(in: folder.appendingPathComponent("real")) == ["notes.md", "notes.svg"])
    #expect(try String(contentsOf: link, encoding: .utf8).contains("![The network with each neuron's output (forward, black) and its delta (backward, red), and each weight before and after the update](notes.svg)"))
  }

  @Test("A figure is written where nothing is or over a figure of this tool, never over another file")
  func figureOwnership() throws {
    let folder = try workspace()
    let output = folder.appendingPathComponent("lecture.md"), figure = folder.appendingPathComponent("lecture.svg")
    #expect(runTool(["trace", mazur, "--output", output.path]).code == 0)
    let drawn = try #require(bytes(figure))
    #expect(String(decoding: drawn.prefix(300), as: UTF8.self).contains("<!-- generated by backprop-trace -->"))
    #expect(runTool(["trace", mazur, "--output", output.path, "--decimals", "3"]).code == 0, "its own figure is replaced")
    try Data("<svg>a drawing of mine</svg>\n".utf8).write(to: figure)
    try Data("previous".utf8).write(to: output)
    let refused = runTool(["trace", mazur, "--output", output.path])
    #expect(refused.code == 2)
    #expect(refused.error == "error: \(figure.path): exists and was not written by backprop-trace, and the figure of \(output.path) goes there (move it, or choose another --output); no file was changed\n")
    #expect(try String(contentsOf: figure, encoding: .utf8) == "<svg>a drawing of mine</svg>\n")
    #expect(try String(contentsOf: output, encoding: .utf8) == "previous")
    let same = runTool(["trace", mazur, "--output", figure.path])
    #expect(same.code == 2)
    #expect(same.error.contains("would receive two files, the text and its figure (name the output .md)"))
  }

  @Test("Leftover temporary files of ended runs are removed; those of running processes are kept")
  func stalePartials() throws {
    let folder = try workspace()
    let ended = Process()
    ended.executableURL = URL(fileURLWithPath: "/bin/true")
    try ended.run()
    ended.waitUntilExit()
    let stale = [".lecture.md.partial-\(ended.processIdentifier)", ".lecture.svg.partial-\(ended.processIdentifier)"]
    let live = ".lecture.md.partial-1", unrelated = ".notes.md.partial-\(ended.processIdentifier)"
    for name in stale + [live, unrelated] { try Data("half".utf8).write(to: folder.appendingPathComponent(name)) }
    #expect(runTool(["trace", mazur, "--output", folder.appendingPathComponent("lecture.md").path]).code == 0)
    let left = names(in: folder)
    #expect(left.filter { $0.contains(".partial-") }.sorted() == [live, unrelated].sorted(), "\(left)")
  }
}
