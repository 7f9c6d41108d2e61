import BackpropTracer

/// `backprop-trace export FIXTURE|DIR --format moodle-xml [--roster ROSTER.csv] [--output FILE]`:
/// the assignment as a Moodle question bank, for the fixture or for the students' variants of a
/// course folder (every student's, or the roster's).
enum ExportCommand {
  static let spec = CommandSpec(
    name: "export", operands: "FIXTURE|DIR",
    summary: "Write an assignment (or every variant of a course) as Moodle XML questions.",
    description: """
      Writes the keys of the fixture's "assignment" as Moodle XML (Question bank → Import → Moodle \
      XML format): a category named after the fixture and a numerical question per key, whose text \
      gives the network and its values, whose answer is the true value with a tolerance (the key's \
      tolerance in the fixture, else half a unit of the last of the minimum significant digits: \
      0.0005 for 0.0822 at 2 digits), and whose general feedback is the worked step in $$...$$ \
      (Moodle's TeX and MathJax filters). With DIR, a folder written by 'assign', one category per \
      student's variant, below a category named after the fixture.
      """,
    options: [
      .choice(
        "format", ["moodle-xml"],
        refusing: [
          "canvas-csv": "a Canvas CSV is a gradebook: write it with 'grade DIR SUBMISSIONS --gradebook FILE.csv --gradebook-format canvas'"
        ],
        help: "The only format, and the default (a Canvas CSV is a gradebook: see 'grade')."),
      .value(
        "roster", "ROSTER.csv",
        help: """
          With DIR: only these students, in the roster's order (a section, a make-up group). The \
          roster is read as 'assign' reads it (any CSV with an "id" column); every id must be a \
          student of DIR.
          """),
      .outputFile,
    ],
    exitStatuses: [
      .status(.success, "the questions were written"), .usual(.unusableInput), .usual(.internalError),
    ])

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.count == 1, let source = parsed.positionals.first else {
      throw usage("'export' takes one fixture file or one folder written by 'assign', found \(parsed.positionals.count)")
    }
    let isCourse = CourseFolder.isFolder(source)
    if let roster = parsed.value("roster"), !isCourse {
      throw usage(
        "--roster picks students of a folder written by 'assign': give each student a variant with 'assign \(source.terminalSafePath) --roster \(roster.terminalSafePath) --output DIR', then 'export DIR --roster \(roster.terminalSafePath)'")
    }
    if let file = parsed.value("output"), isCourse {
      try CourseOutput.refuseInside(file, folders: [source], option: "--output \(file)")
    }
    let target = try OutputTarget(parsed.value("output"), inputs: (isCourse ? [] : [source]) + [parsed.value("roster")].compactMap { $0 })
    let categories: [MoodleQuiz.Category]
    if isCourse {
      let course = try CourseFolder.load(source)
      var variants = course.variants
      if let roster = parsed.value("roster") { variants = try rosterVariants(roster, of: course, folder: source) }
      categories = variants.map { MoodleQuiz.Category(names: [$0.trace.title, $0.student.id], variant: $0) }
    } else {
      let fixture = try Commands.loadFixture(source)
      guard !fixture.assignment.isEmpty else {
        throw CommandFailure(
          message: "\(source.terminalSafePath): the fixture has no \"assignment\": list the keys the questions ask for", code: .unusableInput)
      }
      let trace = try Commands.trace(fixture, steps: nil)
      let itself = StudentVariant(student: Roster.Student(id: "", line: 0, fields: []), json: "", fixture: fixture, trace: trace)
      categories = [MoodleQuiz.Category(names: [trace.title], variant: itself)]
    }
    let xml = MoodleQuiz.xml(categories)
    try target.deliver(xml, output: &output)
    guard case .file = target.destination, let file = parsed.value("output") else { return .success }
    let questions = categories.reduce(0) { $0 + $1.variant.fixture.assignment.count }
    output.write("wrote \(questions) questions in \(categories.count) categor\(categories.count == 1 ? "y" : "ies") to \(file.terminalSafePath)\n")
    return .success
  }

  /// The variants of the students of the roster at `path`, in the roster's order; an id that is
  /// not a student of the course is refused with its line.
  private static func rosterVariants(_ path: String, of course: CourseFolder.Course, folder: String) throws(CommandFailure) -> [StudentVariant] {
    let bytes = try FileAccess.read(path)
    let roster: Roster
    do throws(CourseError) {
      roster = try Roster.parse(bytes, file: path)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
    let byID = Dictionary(course.variants.map { ($0.student.id, $0) }, uniquingKeysWith: { first, _ in first })
    return try roster.students.map { (student) throws(CommandFailure) -> StudentVariant in
      guard let variant = byID[student.id] else {
        throw CommandFailure(
          message: "\(path.terminalSafePath):\(student.line): \(student.id) is not a student of \(folder.terminalSafePath) (it has no variant in its \(CourseFiles.indexName)); add the student with 'assign', or leave the row out",
          code: .unusableInput)
      }
      return variant
    }
  }
}
