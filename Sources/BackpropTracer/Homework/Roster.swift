/// The students of a course, read from a roster CSV: a header row with an `id` column (any case)
/// and one row per student; the other columns (names, e-mail, section) are kept as they are.
///
/// An id is 1 to 64 ASCII letters, digits, `-`, `_` and `.` (surrounding spaces are ignored),
/// so it can name the student's files on every system. Ids are unique, also ignoring case (on
/// macOS and Windows `Ann.md` and `ann.md` are one file). A row of a Canvas gradebook export
/// whose student is "Points Possible" (the row under the header) is skipped.
package struct Roster: Equatable, Sendable {
  /// One student: the id, the line of the roster, and every field of the row (id included).
  package struct Student: Equatable, Sendable {
    /// The student's id.
    package let id: String
    /// The roster's line the student is on.
    package let line: Int
    /// The row's fields, in the order of `Roster.header`.
    package let fields: [String]

    /// Creates a student.
    package init(id: String, line: Int, fields: [String]) {
      self.id = id
      self.line = line
      self.fields = fields
    }
  }

  /// The longest id.
  package static let maximumIDLength = 64
  /// The most students a roster may list.
  package static let maximumStudents = 10_000

  /// The column names, as written.
  package let header: [String]
  /// The position of the `id` column.
  package let idColumn: Int
  /// The students, in the roster's order.
  package let students: [Student]

  /// Creates a roster from checked parts.
  package init(header: [String], idColumn: Int, students: [Student]) {
    self.header = header
    self.idColumn = idColumn
    self.students = students
  }

  /// Reads a roster.
  ///
  /// - Throws: `CourseError` with the line of the first problem: a malformed CSV, no `id`
  ///   column (or two), an id that is empty, too long or has another character, an id given
  ///   twice, no student, too many students.
  package static func parse(_ bytes: [UInt8], file: String) throws(CourseError) -> Roster {
    let table = try CSVTable.parse(bytes, file: file)
    let idColumns = table.header.indices.filter { table.header[$0].lowercased() == "id" }
    guard let idColumn = idColumns.first else {
      let found = table.header.map { "\"\($0.terminalSafe)\"" }.joined(separator: ", ")
      throw CourseError(file: file, line: 1, message: "the header has no \"id\" column (found \(found))")
    }
    guard idColumns.count == 1 else {
      throw CourseError(file: file, line: 1, message: "the header has \(idColumns.count) \"id\" columns; keep one")
    }
    let studentColumn = table.column("Student")
    var students: [Student] = []
    var seen: [String: (id: String, line: Int)] = [:]
    for row in table.rows {
      let id = row.fields[idColumn].trimmingSpaces
      if id.isEmpty, let studentColumn, row.fields[studentColumn].trimmingSpaces == "Points Possible" { continue }
      if let problem = idProblem(id) { throw CourseError(file: file, line: row.line, message: problem) }
      if let earlier = seen[id.lowercased()] {
        let message =
          earlier.id == id
          ? "the id \"\(id)\" is already on line \(earlier.line)"
          : "the id \"\(id)\" differs from \"\(earlier.id)\" on line \(earlier.line) only in case (their files would be one file on macOS and Windows)"
        throw CourseError(file: file, line: row.line, message: message)
      }
      guard students.count < maximumStudents else {
        throw CourseError(file: file, line: row.line, message: "more than \(AnswerSheet.grouped(maximumStudents)) students")
      }
      seen[id.lowercased()] = (id, row.line)
      var fields = row.fields
      fields[idColumn] = id
      students.append(Student(id: id, line: row.line, fields: fields))
    }
    guard !students.isEmpty else { throw CourseError(file: file, line: 2, message: "no students: the roster has a header and no rows") }
    return Roster(header: table.header, idColumn: idColumn, students: students)
  }

  /// Why `id` cannot be a student's id, or nil when it can.
  package static func idProblem(_ id: String) -> String? {
    if id.isEmpty { return "the id is empty" }
    guard id.utf8.count <= maximumIDLength else {
      return "the id \"\(id.terminalSafe)\" has \(id.count) characters; an id has at most \(maximumIDLength)"
    }
    let allowed = id.unicodeScalars.allSatisfy { $0.isASCIIAlphanumeric || $0 == "-" || $0 == "_" || $0 == "." }
    guard allowed else {
      return "the id \"\(id.terminalSafe)\" may hold only ASCII letters, digits, '-', '_' and '.'"
    }
    return nil
  }

  /// The other columns' names: every column but the id, in order.
  package var otherColumns: [String] {
    header.enumerated().filter { $0.offset != idColumn }.map(\.element)
  }

  /// A student's fields of the other columns, in the order of `otherColumns`.
  package func otherFields(of student: Student) -> [String] {
    student.fields.enumerated().filter { $0.offset != idColumn }.map(\.element)
  }
}
