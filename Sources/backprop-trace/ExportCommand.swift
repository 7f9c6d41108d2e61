import BackpropTracer

/// `backprop-trace export FIXTURE|DIR --format moodle-xml [--output FILE]`: the assignment as a
/// Moodle question bank, for the fixture or for every student's variant of a course folder.
enum ExportCommand {
  static let options = [OptionSpec(name: "format", takesValue: true), OptionSpec(name: "output", takesValue: true)]

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, options: options, command: "export")
    guard parsed.positionals.count == 1, let source = parsed.positionals.first else {
      throw usage("'export' takes one fixture file or one folder written by 'assign', found \(parsed.positionals.count)")
    }
    if parsed.value("format") == "canvas-csv" {
      throw usage("a Canvas CSV is a gradebook: write it with 'grade DIR SUBMISSIONS --gradebook FILE.csv --gradebook-format canvas'")
    }
    _ = try parsed.choice("format", from: ["moodle-xml"], default: "moodle-xml")
    let isCourse = CourseFolder.isFolder(source)
    if let file = parsed.value("output"), isCourse {
      try CourseOutput.refuseInside(file, folders: [source], option: "--output \(file)")
    }
    let target = try OutputTarget(parsed.value("output"), inputs: isCourse ? [] : [source])
    let categories: [MoodleQuiz.Category]
    if isCourse {
      let course = try CourseFolder.load(source)
      categories = course.variants.map { MoodleQuiz.Category(names: [$0.trace.title, $0.student.id], variant: $0) }
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
}
