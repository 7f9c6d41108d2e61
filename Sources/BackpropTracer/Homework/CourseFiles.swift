/// The folder `assign` writes, as (path, contents) pairs in a fixed order:
///
/// - `variants/ID.json`: the student's fixture (the original with the student's numbers);
/// - `sheets/ID.md` (with its figure `sheets/ID.svg`) and `sheets/ID.tex`: the problem sheet;
/// - `keys/ID.json` (an answers file that scores 100%) and `keys/ID.md`: the answer key;
/// - `index.csv`: a row per student (id, the four files, the roster's other columns);
/// - `course.json`: how the folder was made (fixture, seed, spread, parts) and every file in it.
package enum CourseFiles {
  /// The manifest's name.
  package static let manifestName = "course.json"
  /// The index's name.
  package static let indexName = "index.csv"
  /// The `generator` a manifest of `assign` names.
  package static let generator = "backprop-trace assign"
  /// The columns the index starts with, before the roster's other columns.
  package static let indexColumns = ["id", "variant", "sheet_markdown", "sheet_latex", "key_json", "key_markdown"]

  /// Every file of the course folder.
  package static func render(
    _ course: CourseVariants, roster: Roster, plan: AssignmentPlan, fixtureName: String
  ) -> [(name: String, contents: String)] {
    var files: [(name: String, contents: String)] = []
    var rows: [[String]] = []
    for variant in course.variants {
      let id = variant.student.id
      files.append(("variants/\(id).json", variant.json))
      files += ProblemSheet.files(of: variant)
      files += AnswerKey.files(of: variant)
      let paths = ["variants/\(id).json", "sheets/\(id).md", "sheets/\(id).tex", "keys/\(id).json", "keys/\(id).md"]
      rows.append([id] + paths + roster.otherFields(of: variant.student))
    }
    files.append((indexName, CSVWriter.table(header: indexColumns + roster.otherColumns, rows: rows)))
    let title = course.variants.first?.trace.title ?? ""
    files.append((manifestName, manifest(course, plan: plan, fixtureName: fixtureName, title: title, files: files.map(\.name) + [manifestName])))
    return files
  }

  /// The manifest: what made the folder and the files it holds.
  private static func manifest(
    _ course: CourseVariants, plan: AssignmentPlan, fixtureName: String, title: String, files: [String]
  ) -> String {
    let parts = VariedPart.allCases.filter(plan.parts.contains).map { JSONRenderer.quoted($0.rawValue) }
    let settings = [
      ("fixture", JSONRenderer.quoted(fixtureName)), ("title", JSONRenderer.quoted(title)), ("seed", "\(plan.seed)"),
      ("spread", JSONRenderer.quoted(percent(plan.spread))), ("vary", "[\(parts.joined(separator: ", "))]"),
      ("decimals", "\(course.decimals)"), ("students", "\(course.variants.count)"), ("redrawn", "\(course.redrawCount)"),
    ]
    return CourseManifest.text(generator: generator, settings: settings, files: files)
  }
}
