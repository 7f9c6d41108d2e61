import Foundation
import Testing

@testable import BackpropTracer
@testable import backprop_trace

/// `assign`, `grade` and `export` end to end, in a temporary folder.
@Suite("Running a course")
struct CourseCommandTests {
  /// A temporary folder with a roster of `count` students, removed by `clean()`.
  struct Workspace {
    let root: URL
    init(students count: Int, name: String = "course") throws {
      root = CourseTestSupport.temporaryFolder(name)
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      let rows = (1...count).map { "s\($0 < 10 ? "0" : "")\($0),\"Student, \($0)\",A\n" }.joined()
      try write("id,Student,Section\n" + rows, to: "roster.csv")
    }
    func path(_ name: String) -> String { root.appendingPathComponent(name).path }
    func write(_ text: String, to name: String) throws { try Data(text.utf8).write(to: root.appendingPathComponent(name)) }
    func read(_ name: String) throws -> String { try String(contentsOf: root.appendingPathComponent(name), encoding: .utf8) }
    func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: path(name)) }
    /// Every entry of the workspace's top folder, hidden ones included.
    var entries: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted() }
    func clean() { try? FileManager.default.removeItem(at: root) }

    func assign(_ extra: [String] = [], output: String = "course") -> (code: Int32, output: String, error: String) {
      let seed = extra.contains("--seed") ? [] : ["--seed", "2024"]
      return runTool(["assign", mazur, "--roster", path("roster.csv"), "--output", path(output)] + seed + extra)
    }

    /// Every file of a folder, by relative path.
    func files(of folder: String) throws -> [String: Data] {
      let base = root.appendingPathComponent(folder)
      var files: [String: Data] = [:]
      for name in try FileManager.default.subpathsOfDirectory(atPath: base.path) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path, isDirectory: &isDirectory), !isDirectory.boolValue { files[name] = try Data(contentsOf: base.appendingPathComponent(name)) }
      }
      return files
    }
  }

  @Test("The whole loop on 30 students: keys score 100%, a copied sheet is flagged and scores low, 30 rows, Moodle XML parses")
  func wholeLoop() throws {
    let workspace = try Workspace(students: 30)
    defer { workspace.clean() }
    let assigned = workspace.assign()
    #expect(assigned.code == 0, "\(assigned.error)")
    #expect(assigned.output.hasPrefix("assigned \(mazur) to 30 students: seed 2024, params, inputs, targets varied within ±50% with 2 decimals\n"))
    #expect(assigned.error.isEmpty)
    try FileManager.default.createDirectory(atPath: workspace.path("subs"), withIntermediateDirectories: true)
    // Keys handed in as each answers format: JSON, text, CSV, under any extension.
    for number in 1...28 {
      let id = "s\(number < 10 ? "0" : "")\(number)"
      let key = try workspace.read("course/keys/\(id).json")
      let sheet = try AnswerSheet.parse(Array(key.utf8), file: id)
      switch number % 3 {
      case 0: try workspace.write(key, to: "subs/\(id).json")
      case 1: try workspace.write(sheet.answers.map { "\($0.key) = \($0.printed.text)\n" }.joined(), to: "subs/\(id).txt")
      default: try workspace.write("key,value\n" + sheet.answers.map { "\($0.key),\($0.printed.text)\n" }.joined(), to: "subs/\(id)")
      }
    }
    try workspace.write(try workspace.read("course/keys/s05.json"), to: "subs/s29.json")  // copied from s05
    let graded = runTool([
      "grade", workspace.path("course"), workspace.path("subs"), "--gradebook", workspace.path("grades.csv"), "--feedback",
      workspace.path("feedback"),
    ])
    #expect(graded.code == 0, "\(graded.error)")
    #expect(graded.output.contains("30 students: 29 graded, 1 missing, 0 unreadable\n"))
    #expect(graded.output.contains("flagged: s29's sheet fits s05's variant (34 answers correct for it) better than its own (0)\n"))
    let table = try CSVTable.parse(Array(try workspace.read("grades.csv").utf8), file: "grades.csv")
    #expect(table.rows.count == 30)
    let column = { (name: String) in try #require(table.column(name)) }
    let (id, status, score, matches) = (try column("id"), try column("status"), try column("score"), try column("matches_variant_of"))
    for row in table.rows.prefix(28) {
      #expect(row.fields[status] == "graded" && row.fields[score] == "100", "\(row.fields)")
      #expect(row.fields[matches].isEmpty)
    }
    #expect(table.rows[28].fields[id] == "s29" && table.rows[28].fields[matches] == "s05")
    #expect((Double(table.rows[28].fields[score]) ?? 100) < 50)
    #expect(table.rows[29].fields[status] == "missing")
    #expect(try workspace.files(of: "feedback").keys.count == 31)  // 30 and the manifest
    // Moodle XML: a category per student, 34 questions each, every one with a tolerance.
    let exported = runTool(["export", workspace.path("course"), "--format", "moodle-xml"])
    #expect(exported.code == 0)
    let questions = try MoodleQuizTests.questions(of: exported.output)
    #expect(questions.count == 30 * 34)
    let quiz = try #require(XMLTree.parse(exported.output))
    let categories = quiz.children.filter { $0.attributes["type"] == "category" }.compactMap { $0.child("category")?.child("text")?.text }
    #expect(categories.count == 30)
    #expect(categories.first == "$course$/top/Backpropagation step by step: the 2-2-2 sigmoid network/s01")
  }

  @Test("The same seed writes the same folder, byte for byte; another seed another one")
  func reproducible() throws {
    let workspace = try Workspace(students: 5)
    defer { workspace.clean() }
    #expect(workspace.assign(output: "a").code == 0)
    #expect(workspace.assign(output: "b").code == 0)
    let a = try workspace.files(of: "a"), b = try workspace.files(of: "b")
    #expect(a.count == 5 * 6 + 2)
    #expect(a == b)
    #expect(runTool(["assign", mazur, "--roster", workspace.path("roster.csv"), "--output", workspace.path("c"), "--seed", "2025"]).code == 0)
    #expect(try workspace.files(of: "c")["variants/s01.json"] != a["variants/s01.json"])
  }

  @Test("A folder is replaced only when assign wrote it; anything else is refused and left alone")
  func folderPolicy() throws {
    let workspace = try Workspace(students: 3)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    #expect(workspace.assign().code == 0)  // an earlier output: replaced
    try workspace.write("mine", to: "course/notes.txt")
    let extra = workspace.assign()
    #expect(extra.code == 2)
    #expect(extra.error == "error: \(workspace.path("course")): the folder exists and is not an earlier output of 'assign' alone: it also holds notes.txt, which 'assign' did not write; move it, or choose a new folder\n")
    #expect(try workspace.read("course/notes.txt") == "mine")
    try FileManager.default.createDirectory(atPath: workspace.path("other"), withIntermediateDirectories: true)
    try workspace.write("x", to: "other/a.txt")
    let foreign = workspace.assign(output: "other")
    #expect(foreign.code == 2)
    #expect(foreign.error == "error: \(workspace.path("other")): the folder exists and is not an earlier output of 'assign' (it has no course.json of 'assign'); choose a new folder, or empty this one\n")
    try FileManager.default.createDirectory(atPath: workspace.path("empty"), withIntermediateDirectories: true)
    #expect(workspace.assign(output: "empty").code == 0)
    #expect(workspace.exists("empty/course.json"))
    #expect(workspace.entries == ["course", "empty", "other", "roster.csv"])
  }

  @Test("Bad rosters, duplicate ids and bad options get one line, exit 2 and no folder", arguments: [
    ("id,name\ns1,Ann\ns1,Bob\n", [String](), "ROSTER:3: the id \"s1\" is already on line 2"),
    ("id,name\ns1,Ann\ns 2,Bob\n", [], "ROSTER:3: the id \"s 2\" may hold only ASCII letters, digits, '-', '_' and '.'"),
    ("name\nAnn\n", [], "ROSTER:1: the header has no \"id\" column (found \"name\")"),
    ("id\ns1\n", ["--spread", "0"], "--spread takes a percentage above 0 and at most 100, such as 50 or 50%, found '0' (see 'backprop-trace --help')"),
    ("id\ns1\n", ["--vary", "param"], "--vary takes params, inputs and targets, separated by commas, found 'param'; did you mean 'params'? (see 'backprop-trace --help')"),
    ("id\ns1\n", ["--seed", "-1"], "--seed takes a whole number from 0 to 18446744073709551615, found '-1' (see 'backprop-trace --help')"),
  ])
  func refused(roster: String, options: [String], message: String) throws {
    let workspace = try Workspace(students: 1)
    defer { workspace.clean() }
    try workspace.write(roster, to: "roster.csv")
    let run = workspace.assign(options)
    #expect(run.code == 2)
    #expect(run.error == "error: " + message.replacing("ROSTER", with: workspace.path("roster.csv")) + "\n")
    #expect(run.output.isEmpty)
    #expect(workspace.entries == ["roster.csv"])
  }

  @Test("A folder that cannot be written leaves nothing behind")
  func unwritable() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    let run = workspace.assign(output: "roster.csv/course")
    #expect(run.code == 2)
    #expect(run.error == "error: \(workspace.path("roster.csv/course")): cannot be written, since \(workspace.path("roster.csv")) is a file, not a folder; nothing was changed\n")
    #expect(workspace.entries == ["roster.csv"])
  }

  @Test("An unreadable submission gets one line and exit 2; the gradebook still has every student")
  func unreadableSubmission() throws {
    let workspace = try Workspace(students: 4)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    try FileManager.default.createDirectory(atPath: workspace.path("subs"), withIntermediateDirectories: true)
    try workspace.write(try workspace.read("course/keys/s01.json"), to: "subs/s01.json")
    try workspace.write("net_h1 = 0.3x\n", to: "subs/s02.txt")
    try workspace.write("net_h1 = 0.38\n", to: "subs/s03.txt")
    try workspace.write("net_h1 = 0.38\n", to: "subs/s03.csv")
    try workspace.write("net_h1 = 0.38\n", to: "subs/nobody.txt")
    let run = runTool(["grade", workspace.path("course"), workspace.path("subs"), "--gradebook", workspace.path("grades.csv")])
    #expect(run.code == 2)
    #expect(run.error == """
      error: \(workspace.path("subs"))/s02.txt:1: net_h1: "0.3x" is not a number
      error: \(workspace.path("subs")): 2 files for s03 (s03.csv, s03.txt); keep one

      """)
    #expect(run.output.contains("not on the roster, not graded: nobody.txt\n"))
    let rows = try workspace.read("grades.csv").split(separator: "\r\n")
    #expect(rows.count == 5)
    #expect(rows[2].hasPrefix("s02,\"Student, 2\",A,unreadable,"))
    #expect(rows[4].hasPrefix("s04,\"Student, 4\",A,missing,"))
  }

  @Test("Outputs inside the folders grade reads, and a Canvas CSV from export, are refused")
  func refusedOutputs() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    try FileManager.default.createDirectory(atPath: workspace.path("subs"), withIntermediateDirectories: true)
    let inside = runTool(["grade", workspace.path("course"), workspace.path("subs"), "--gradebook", workspace.path("course/index.csv")])
    #expect(inside.code == 2)
    #expect(inside.error == "error: --gradebook \(workspace.path("course/index.csv")) is inside \(workspace.path("course")), which is read; write it elsewhere (see 'backprop-trace --help')\n")
    let onto = runTool(["export", workspace.path("course"), "--output", workspace.path("course/course.json")])
    #expect(onto.code == 2 && onto.error.hasPrefix("error: --output \(workspace.path("course/course.json")) is inside"))
    let overInput = runTool(["export", mazur, "--output", mazur])
    #expect(overInput.code == 2)
    #expect(try workspace.files(of: "course").count == 2 * 6 + 2)
    try workspace.write("id\ns01\n", to: "course/roster.csv")
    let rosterInside = runTool(["assign", mazur, "--roster", workspace.path("course/roster.csv"), "--output", workspace.path("course"), "--seed", "1"])
    #expect(rosterInside.error == "error: \(workspace.path("course/roster.csv")) is inside \(workspace.path("course")), which would be replaced; move it, or choose another --output\n")
    #expect(try workspace.read("course/index.csv").hasPrefix("id,variant,"))
    let canvas = runTool(["export", mazur, "--format", "canvas-csv"])
    #expect(canvas.code == 2)
    #expect(canvas.error.hasPrefix("error: a Canvas CSV is a gradebook: write it with 'grade DIR SUBMISSIONS"))
    let notCourse = runTool(["grade", workspace.path("subs"), workspace.path("subs")])
    #expect(notCourse.error == "error: \(workspace.path("subs")): not a folder written by 'assign' (it has no course.json)\n")
  }

  @Test("Paths split into folder and name, a one-character name included", arguments: [
    ("c", "", "c"), ("a/b", "a", "b"), ("/x", "/", "x"), ("course/keys/s1.json", "course/keys", "s1.json"),
  ])
  func split(path: String, parent: String, name: String) {
    #expect(CourseOutput.split(path) == (parent, name))
  }

  @Test("help lists the course commands")
  func help() {
    #expect(runTool(["help"]).output.contains("  backprop-trace assign FIXTURE --roster ROSTER.csv --output DIR"))
    #expect(runTool(["help", "grade"]).output.hasPrefix("USAGE\n  backprop-trace grade DIR SUBMISSIONS"))
    #expect(runTool(["export", "--help"]).output.contains("Moodle XML"))
  }
}
