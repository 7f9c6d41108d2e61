import Foundation
import Testing

@testable import BackpropTracer
@testable import backprop_trace

/// The excerpts of the README's "Running a course" are what the commands write: each block after
/// a `<!-- course-excerpt: NAME -->` line is compared with the output it shows.
@Suite("README: Running a course")
struct CourseReadmeTests {
  /// Every excerpt of the README by name, as lines (the command line `$ …` left out).
  static func excerpts() throws -> [String: [String]] {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let lines = readme.components(separatedBy: "\n")
    var excerpts: [String: [String]] = [:]
    for (index, line) in lines.enumerated() where line.hasPrefix("<!-- course-excerpt: ") {
      let name = String(line.dropFirst("<!-- course-excerpt: ".count).dropLast(" -->".count))
      let fence = String(lines[index + 1].prefix { $0 == "`" })
      let body = lines[(index + 2)...].prefix { $0 != fence }
      excerpts[name] = body.filter { !$0.hasPrefix("$ ") }
    }
    return excerpts
  }

  /// True when the chunks of `excerpt` between `...` lines appear in `output`, in order, each as
  /// consecutive lines; an excerpt line ending in `…` stands for any line it begins.
  static func shows(_ excerpt: [String], in output: [String]) -> Bool {
    var start = 0
    for chunk in excerpt.split(separator: "...", omittingEmptySubsequences: true) {
      let matches = { (position: Int) in
        position + chunk.count <= output.count
          && zip(chunk, output[position...]).allSatisfy { line, shown in
            line.hasSuffix("…") ? shown.hasPrefix(line.dropLast()) : line == shown
          }
      }
      guard let found = (start..<max(start, output.count)).first(where: matches) else { return false }
      start = found + chunk.count
    }
    return true
  }

  @Test("Every excerpt of Running a course is what assign, grade and export write")
  func excerptsAreCurrent() throws {
    let folder = CourseTestSupport.temporaryFolder("readme")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let course = Repository.fixtures.appendingPathComponent("course").path
    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
    func shown(_ text: String) -> [String] {
      text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: Repository.root.path + "/", with: "")
        .replacingOccurrences(of: folder.path + "/", with: "").components(separatedBy: "\n")
    }
    // The CSV files' byte-order mark is invisible, and the README says it is there.
    func file(_ name: String) throws -> [String] {
      shown(String(try String(contentsOfFile: path(name), encoding: .utf8).trimmingPrefix(CSVWriter.byteOrderMark)))
    }
    let assign = runTool(["assign", mazur, "--roster", course + "/roster.csv", "--output", path("course"), "--seed", "2024"])
    let grade = runTool([
      "grade", path("course"), course + "/submissions", "--gradebook", path("grades.csv"), "--feedback", path("feedback"),
    ])
    #expect(grade.code == 2)
    _ = runTool([
      "grade", path("course"), course + "/submissions", "--gradebook", path("canvas.csv"), "--gradebook-format", "canvas",
      "--canvas-assignment", "Homework 2 (4711)",
    ])
    #expect(runTool(["export", path("course"), "--format", "moodle-xml", "--output", path("quiz.xml")]).code == 0)
    let outputs: [String: [String]] = [
      "assign": shown(assign.output), "index": try file("course/index.csv"), "variant": try file("course/variants/ada.json"),
      "sheet": try file("course/sheets/ada.md"), "key": try file("course/keys/ada.json"), "grade": shown(grade.output),
      "gradebook": try file("grades.csv"), "canvas": try file("canvas.csv"), "feedback": try file("feedback/grace.md"),
      "moodle": try file("quiz.xml"),
    ]
    let excerpts = try Self.excerpts()
    #expect(Set(excerpts.keys) == Set(outputs.keys))
    for (name, excerpt) in excerpts {
      #expect(!excerpt.isEmpty && Self.shows(excerpt, in: outputs[name] ?? []), "README excerpt \(name) differs from the output")
    }
  }

  @Test("The excerpt check finds a changed line")
  func checkCanFail() {
    #expect(Self.shows(["a", "...", "c…", "d"], in: ["a", "b", "cat", "d"]))
    #expect(!Self.shows(["a", "...", "c…", "e"], in: ["a", "b", "cat", "d"]))
    #expect(!Self.shows(["b", "a"], in: ["a", "b"]))
  }
}
