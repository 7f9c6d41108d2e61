/// The manifest of a folder written by a command (`course.json` of `assign`): which command
/// wrote it and the files it holds, so that a later run may replace the folder as a whole and
/// `grade` and `export` may read it.
public struct CourseManifest: Equatable, Sendable {
  /// The command that wrote the folder: `backprop-trace assign`.
  public let generator: String
  /// The fixture's title (empty when the manifest has none).
  public let title: String
  /// Every file of the folder, relative to it.
  public let files: [String]

  /// The text of a manifest: `generator`, then the `settings` (key and JSON value, in order),
  /// then the `files`.
  public static func text(generator: String, settings: [(String, String)] = [], files: [String]) -> String {
    let lines =
      ["\"generator\": \(JSONRenderer.quoted(generator))"] + settings.map { "\(JSONRenderer.quoted($0.0)): \($0.1)" }
      + ["\"files\": [\n" + files.map { "    " + JSONRenderer.quoted($0) }.joined(separator: ",\n") + "\n  ]"]
    return "{\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
  }

  /// Reads a manifest.
  /// - Throws: `CourseError` when the text is not a JSON object with a `generator` string and a
  ///   `files` list of strings.
  public static func parse(_ bytes: [UInt8], file: String) throws(CourseError) -> CourseManifest {
    let root: JSONValue
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw CourseError(file: file, line: error.position.line, message: "not valid JSON: \(error.message)")
    }
    guard case let .object(members) = root.kind,
      case let .string(generator)? = members.first(where: { $0.key == "generator" })?.value.kind,
      case let .array(list)? = members.first(where: { $0.key == "files" })?.value.kind
    else {
      throw CourseError(file: file, message: "not a manifest of backprop-trace (expected \"generator\" and \"files\")")
    }
    var files: [String] = []
    for element in list {
      guard case let .string(name) = element.kind else { throw CourseError(file: file, message: "\"files\" lists something other than a name") }
      files.append(name)
    }
    var title = ""
    if case let .string(text)? = members.first(where: { $0.key == "title" })?.value.kind { title = text }
    return CourseManifest(generator: generator, title: title, files: files)
  }
}

/// The students of a course folder, as `index.csv` lists them.
public struct CourseIndex: Equatable, Sendable {
  /// One student's row: the id, the variant's path (relative to the folder) and the roster's
  /// other fields.
  public struct Entry: Equatable, Sendable {
    public let id: String
    public let variant: String
    public let line: Int
    public let otherFields: [String]
  }

  /// The roster's other columns, in order.
  public let otherColumns: [String]
  /// The students, in order.
  public let entries: [Entry]

  /// Reads an index.
  /// - Throws: `CourseError` for a malformed CSV, a missing `id` or `variant` column, an id that
  ///   is not valid or is given twice, or a variant path outside `variants/`.
  public static func parse(_ bytes: [UInt8], file: String) throws(CourseError) -> CourseIndex {
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
  public func value(_ name: String, of entry: Entry) -> String? {
    otherColumns.firstIndex { $0.lowercased() == name.lowercased() }.map { entry.otherFields[$0] }
  }
}
