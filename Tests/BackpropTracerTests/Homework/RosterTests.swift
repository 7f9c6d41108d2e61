import Testing

@testable import BackpropTracer

/// Rosters as spreadsheets write them are read; anything else is refused with its line.
@Suite("Rosters")
struct RosterTests {
  private func parse(_ text: String) throws(CourseError) -> Roster {
    try Roster.parse(Array(text.utf8), file: "roster.csv")
  }

  @Test("A roster keeps its other columns, quoted fields, any case of id, a BOM, CRLF and semicolons")
  func reads() throws {
    let roster = try parse("\u{FEFF}Name;ID;Section\r\n\"Doe; Jane\";s-01;A\r\n\r\n\"Bob \"\"B\"\"\";b.2;\"x\ny\"\r\n")
    #expect(roster.header == ["Name", "ID", "Section"])
    #expect(roster.students.map(\.id) == ["s-01", "b.2"])
    #expect(roster.students.map(\.line) == [2, 4])
    #expect(roster.otherColumns == ["Name", "Section"])
    #expect(roster.otherFields(of: roster.students[1]) == ["Bob \"B\"", "x\ny"])
  }

  @Test("A Canvas export's Points Possible row is skipped and spaces around an id are ignored")
  func canvasExport() throws {
    let roster = try parse("Student,ID,SIS User ID,Section\n    Points Possible,,,\n\"Doe, Jane\", 1234 ,u1,A\n")
    #expect(roster.students.map(\.id) == ["1234"])
  }

  @Test("A bad roster is refused with its file, line and reason", arguments: [
    ("name\nAnn\n", "roster.csv:1: the header has no \"id\" column (found \"name\")"),
    ("id,ID\na,b\n", "roster.csv:1: the header has 2 \"id\" columns; keep one"),
    ("id,name\ns1,Ann\ns 2,Bob\n", "roster.csv:3: the id \"s 2\" may hold only ASCII letters, digits, '-', '_' and '.'"),
    ("id\ns1\nanna/../x\n", "roster.csv:3: the id \"anna/../x\" may hold only ASCII letters, digits, '-', '_' and '.'"),
    ("id\nsé\n", "roster.csv:2: the id \"s\\u{e9}\" may hold only ASCII letters, digits, '-', '_' and '.'"),
    ("id,name\n,Ann\n", "roster.csv:2: the id is empty"),
    ("id\n" + String(repeating: "x", count: 65) + "\n", "roster.csv:2: the id \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" has 65 characters; an id has at most 64"),
    ("id,name\ns1,Ann\ns2,Bob\ns1,Eve\n", "roster.csv:4: the id \"s1\" is already on line 2"),
    ("id\nAnn\nann\n", "roster.csv:3: the id \"ann\" differs from \"Ann\" on line 2 only in case (their files would be one file on macOS and Windows)"),
    ("id,name\ns1\n", "roster.csv:2: expected 2 fields as in the header, found 1"),
    ("id,name\ns1,\"Ann\n", "roster.csv:2: a quoted field is not closed (a \" is missing)"),
    ("id,name\ns1,\"Ann\"x\n", "roster.csv:2: text after the closing quote of a field (write a quote inside a field as \"\")"),
    ("id,name\n", "roster.csv:2: no students: the roster has a header and no rows"),
    ("", "roster.csv:1: the file is empty: expected a header row"),
  ])
  func refused(text: String, message: String) {
    #expect(throws: CourseError.self) { try parse(text) }
    do {
      _ = try parse(text)
    } catch {
      #expect(error.description == message)
    }
  }

  @Test("A file that is not UTF-8 is refused")
  func notText() {
    #expect(throws: CourseError(file: "roster.csv", message: "not a text file in UTF-8 (save the spreadsheet as \"CSV UTF-8\")")) {
      try Roster.parse([0x69, 0x64, 0x0A, 0xFF, 0xFE], file: "roster.csv")
    }
  }

  @Test("Every table CSVWriter writes reads back the same (generated fields, seed printed)", arguments: [UInt64(1), 2, 3, 4, 5])
  func roundTrip(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let alphabet = Array("ab ,;\"\n\r\tzé\u{1F600}'-=")
    func field() -> String { String((0..<Int.random(in: 0...6, using: &random)).map { _ in alphabet.randomElement(using: &random) ?? "a" }) }
    let width = Int.random(in: 1...4, using: &random)
    let header = (0..<width).map { "c\($0)" }
    // A record of one empty field is a blank line, which readers skip: give every row a letter.
    let rows = (0..<Int.random(in: 1...8, using: &random)).map { _ in ["r"] + (1..<width).map { _ in field() } }
    let table = try CSVTable.parse(Array(CSVWriter.table(header: header, rows: rows.map { Array($0.prefix(width)) }).utf8), file: "t.csv")
    #expect(table.header == header, "seed \(seed)")
    #expect(table.rows.map(\.fields) == rows.map { Array($0.prefix(width)) }, "seed \(seed)")
  }
}
