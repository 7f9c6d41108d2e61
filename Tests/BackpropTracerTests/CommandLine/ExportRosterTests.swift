import Foundation
import Testing

@testable import backprop_trace

/// `export DIR --roster ROSTER.csv`: the Moodle questions of some students of a course.
@Suite("export --roster")
struct ExportRosterTests {
  typealias Workspace = CourseCommandTests.Workspace

  /// The category paths of a Moodle XML text, in order.
  static func categories(_ xml: String) -> [String] {
    xml.components(separatedBy: "<category>\n      <text>").dropFirst().map { String($0.prefix { $0 != "<" }) }
  }

  /// The questions of the category of `id`: the text after its category up to the next one.
  static func questions(of id: String, in xml: String) -> String {
    let after = xml.components(separatedBy: "/\(id)</text>").dropFirst().first ?? ""
    let upToNext = after.components(separatedBy: "<question type=\"category\">")[0].components(separatedBy: "</quiz>")[0]
    return upToNext.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test("A roster picks its students' variants, in its order, read as assign reads a roster")
  func picksStudents() throws {
    let workspace = try Workspace(students: 4)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    // A spreadsheet's CSV: a byte-order mark, semicolons, CRLF, another column.
    try workspace.write("\u{FEFF}Name;ID\r\nThree;s03\r\nOne;s01\r\n", to: "section.csv")
    let run = runTool(["export", workspace.path("course"), "--roster", workspace.path("section.csv"), "--output", workspace.path("quiz.xml")])
    #expect(run.code == 0, "\(run.error)")
    let xml = try workspace.read("quiz.xml")
    let title = "Backpropagation step by step: the 2-2-2 sigmoid network"
    #expect(Self.categories(xml) == ["$course$/top/\(title)/s03", "$course$/top/\(title)/s01"])
    let questions = xml.components(separatedBy: "<question type=\"numerical\">").count - 1
    #expect(run.output == "wrote \(questions) questions in 2 categories to \(workspace.path("quiz.xml"))\n")
    // The same questions as the whole course's export has for those students.
    let whole = runTool(["export", workspace.path("course")])
    #expect(Self.categories(whole.output).count == 4)
    #expect(Self.questions(of: "s01", in: xml).hasPrefix("</category>"))
    #expect(Self.questions(of: "s01", in: xml) == Self.questions(of: "s01", in: whole.output))
    #expect(Self.questions(of: "s03", in: xml) == Self.questions(of: "s03", in: whole.output))
  }

  @Test("An id the course does not have is refused with its line, and nothing is written")
  func unknownStudent() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    try workspace.write("id\ns01\nzoe\n", to: "late.csv")
    let run = runTool(["export", workspace.path("course"), "--roster", workspace.path("late.csv"), "--output", workspace.path("quiz.xml")])
    #expect(run.code == 2)
    #expect(run.error == "error: \(workspace.path("late.csv")):3: zoe is not a student of \(workspace.path("course")) (it has no variant in its index.csv); add the student with 'assign', or leave the row out\n")
    #expect(!workspace.exists("quiz.xml"))
    try workspace.write("id\ns01\ns01\n", to: "twice.csv")
    let twice = runTool(["export", workspace.path("course"), "--roster", workspace.path("twice.csv")])
    #expect(twice.error == "error: \(workspace.path("twice.csv")):3: the id \"s01\" is already on line 2\n")
  }

  @Test("With a fixture, --roster is refused with the two commands that do it")
  func fixtureRefused() throws {
    let run = runTool(["export", mazur, "--roster", "roster.csv"])
    #expect(run.code == 2)
    #expect(run.error.hasPrefix("error: --roster picks students of a folder written by 'assign': give each student a variant with 'assign \(mazur) --roster roster.csv --output DIR', then 'export DIR --roster roster.csv'"))
    #expect(run.output.isEmpty)
  }

  @Test("--output may not be the roster")
  func outputOverRoster() throws {
    let workspace = try Workspace(students: 2)
    defer { workspace.clean() }
    #expect(workspace.assign().code == 0)
    let run = runTool(["export", workspace.path("course"), "--roster", workspace.path("roster.csv"), "--output", workspace.path("roster.csv")])
    #expect(run.code == 2)
    #expect(try workspace.read("roster.csv").hasPrefix("id,Student,Section\n"))
  }
}
