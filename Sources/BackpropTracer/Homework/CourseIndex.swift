/// The students of a course folder, as `index.csv` lists them.
package struct CourseIndex: Equatable, Sendable {
  /// One student's row: the id, the variant's path (relative to the folder) and the roster's
  /// other fields.
  package struct Entry: Equatable, Sendable {
    /// The student's id.
    package let id: String
    /// The variant's path, relative to the folder: `variants/ID.json`.
    package let variant: String
    /// The index's line the student is on.
    package let line: Int
    /// The roster's other fields, in the order of `otherColumns`.
    package let otherFields: [String]
  }

  /// The roster's other columns, in order.
  package let otherColumns: [String]
  /// The students, in order.
  package let entries: [Entry]

  /// Reads an index.
  /// - Throws: `CourseError` for a malformed CSV, a missing `id` or `variant` column, an id that
  ///   is not valid or is given twice, or a variant path outside `variants/`.
  package static func parse(_ bytes: [UInt8], file: String) throws(CourseError) -> CourseIndex {
    let table = try CSVTable.parse(bytes, file: file)
    guard let idColumn = table.column("id"), let variantColumn = table.column("variant") else {
      throw CourseError(file: file, line: 1, message: "expected the columns \"id\" and \"variant\" of a folder written by 'assign'")
    }
    let ours = Set(CourseFiles.indexColumns.compactMap { table.column($0) })
    let others = table.header.indices.filter { !ours.contains($0) }
    var seen: Set<String> = []
    var entries: [Entry] = []
    for row in table.rows {
      let id = row.fields[idColumn].trimmingSpaces, variant = row.fields[variantColumn].trimmingSpaces
      if let problem = Roster.idProblem(id) { throw CourseError(file: file, line: row.line, message: problem) }
      guard seen.insert(id.lowercased()).inserted else { throw CourseError(file: file, line: row.line, message: "the id \"\(id)\" is listed twice") }
      guard variant == "variants/\(id).json" else {
        throw CourseError(file: file, line: row.line, message: "expected the variant variants/\(id).json, found \"\(variant.terminalSafe)\"")
      }
      entries.append(Entry(id: id, variant: variant, line: row.line, otherFields: others.map { row.fields[$0] }))
    }
    guard !entries.isEmpty else { throw CourseError(file: file, line: 2, message: "no students") }
    return CourseIndex(otherColumns: others.map { table.header[$0] }, entries: entries)
  }

  /// The value of the roster's column `name` (any case) for `entry`, or nil.
  package func value(_ name: String, of entry: Entry) -> String? {
    otherColumns.firstIndex { $0.lowercased() == name.lowercased() }.map { entry.otherFields[$0] }
  }
}
