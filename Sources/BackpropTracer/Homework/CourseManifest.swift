/// The manifest of a folder written by a command (`course.json` of `assign`): which command
/// wrote it and the files it holds, so that a later run may replace the folder as a whole and
/// `grade` and `export` may read it.
package struct CourseManifest: Equatable, Sendable {
  /// The command that wrote the folder: `backprop-trace assign`.
  package let generator: String
  /// The fixture's title (empty when the manifest has none).
  package let title: String
  /// Every file of the folder, relative to it.
  package let files: [String]

  /// The text of a manifest: `generator`, then the `settings` (key and JSON value, in order),
  /// then the `files`.
  package static func text(generator: String, settings: [(String, String)] = [], files: [String]) -> String {
    let lines =
      ["\"generator\": \(JSONRenderer.quoted(generator))"] + settings.map { "\(JSONRenderer.quoted($0.0)): \($0.1)" }
      + ["\"files\": [\n" + files.map { "    " + JSONRenderer.quoted($0) }.joined(separator: ",\n") + "\n  ]"]
    return "{\n" + lines.map { "  " + $0 }.joined(separator: ",\n") + "\n}\n"
  }

  /// Reads a manifest.
  /// - Throws: `CourseError` when the text is not a JSON object with a `generator` string and a
  ///   `files` list of strings.
  package static func parse(_ bytes: [UInt8], file: String) throws(CourseError) -> CourseManifest {
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
