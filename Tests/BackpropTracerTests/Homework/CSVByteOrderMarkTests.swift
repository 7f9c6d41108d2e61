import Foundation
import Testing

@testable import BackpropTracer
@testable import backprop_trace

/// The CSV files the tool writes begin with a UTF-8 byte-order mark (Excel then reads the names
/// as UTF-8); every reader of the tool accepts one.
@Suite("CSV byte-order mark")
struct CSVByteOrderMarkTests {
  static let mark: [UInt8] = [0xEF, 0xBB, 0xBF]

  @Test("index.csv and both gradebooks begin with the mark, once, and hold the names in UTF-8")
  func writtenWithMark() throws {
    let workspace = try CourseCommandTests.Workspace(students: 2)
    defer { workspace.clean() }
    try workspace.write("id,Student\ns01,\"Gödel, Kurt\"\ns02,Noether\n", to: "roster.csv")
    #expect(workspace.assign().code == 0)
    try FileManager.default.createDirectory(atPath: workspace.path("subs"), withIntermediateDirectories: true)
    #expect(runTool(["grade", workspace.path("course"), workspace.path("subs"), "--gradebook", workspace.path("grades.csv")]).code == 0)
    #expect(runTool(["grade", workspace.path("course"), workspace.path("subs"), "--gradebook", workspace.path("canvas.csv"), "--gradebook-format", "canvas"]).code == 0)
    for file in ["course/index.csv", "grades.csv", "canvas.csv"] {
      let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: workspace.path(file))))
      #expect(Array(bytes.prefix(3)) == Self.mark, "\(file)")
      #expect(Array(bytes.dropFirst(3).prefix(3)) != Self.mark, "\(file): one mark")
      let text = try #require(String(validating: bytes.dropFirst(3), as: UTF8.self))
      #expect(text.contains("\"Gödel, Kurt\""), "\(file)")
      #expect(text.hasPrefix(file == "canvas.csv" ? "Student,ID," : "id,"), "\(file)")
    }
  }

  @Test("A roster, an index and an answers file in each form are read with a mark")
  func readWithMark() throws {
    let roster = try Roster.parse(Self.mark + Array("id,name\r\ns1,Ann\r\n".utf8), file: "roster.csv")
    #expect(roster.header == ["id", "name"] && roster.students.map(\.id) == ["s1"])
    let index = try CourseIndex.parse(Array(CSVWriter.table(header: ["id", "variant"], rows: [["s1", "variants/s1.json"]]).utf8), file: "index.csv")
    #expect(index.entries.map(\.id) == ["s1"])
    for text in ["net_h1 = 0.3775\n", "{\"net_h1\": 0.3775}\n", "net_h1,0.3775\n", "key,value\nnet_h1,0.3775\n"] {
      let sheet = try AnswerSheet.parse(Self.mark + Array(text.utf8), file: "answers")
      #expect(sheet.answers.map(\.key) == ["net_h1"], "\(text)")
    }
  }
}
