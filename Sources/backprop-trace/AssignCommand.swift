import BackpropTracer
import Foundation

/// `backprop-trace assign FIXTURE --roster ROSTER.csv --output DIR [options]`: a variant, a
/// problem sheet and an answer key per student.
enum AssignCommand {
  static let spec = CommandSpec(
    name: "assign", operands: "FIXTURE",
    summary: "Make a variant of a homework, a problem sheet and an answer key per student.",
    description: """
      Gives each student of the roster a variant of the fixture: its weights and biases (params), \
      inputs and targets replaced by "nice" numbers (the fixture's own number of decimals, 2 for \
      whole numbers) within ±P% of the original, with the original's sign, never 0, targets inside \
      the output activation's range (a softmax's or step's are kept). Each variant comes from the \
      seed and the student's id alone, differs from every other student's, and is a sensible \
      exercise: no |net| above 4, no dead ReLU layer (a draw that is not is redrawn, and the count \
      is printed). The fixture must list its questions under "assignment".

      DIR gets variants/ID.json (the student's fixture), sheets/ID.md with sheets/ID.svg and \
      sheets/ID.tex (the problem sheet: the network, the given values and the questions, with no \
      computed value), keys/ID.json (the answers; an answers file that scores 100%) and keys/ID.md \
      (values and worked steps), index.csv (a row per student with the roster's other columns) and \
      course.json. The folder is written all or nothing; DIR must be new, empty, or an earlier \
      output of 'assign' (which is replaced whole).

      ROSTER is a CSV file with a header and an "id" column (other columns are kept); an id is 1 to \
      64 ASCII letters, digits, '-', '_' and '.', unique even ignoring case.
      """,
    options: [
      .value("roster", "ROSTER.csv", required: true, help: "The students."),
      .value("output", "DIR", required: true, help: "The folder to write."),
      .value(
        "seed", "S",
        help: "A whole number; the same seed gives the same folder, byte for byte (default: one chosen at random and printed)."),
      .value("vary", "params,inputs,targets", help: "What varies: some of params, inputs and targets, comma-separated (default: all three)."),
      .value("spread", "P", help: "How far a value may move, in percent, above 0 and at most 100 (default 50)."),
    ],
    exitStatuses: [
      .status(.success, "the folder was written"),
      .status(.unusableInput, "the fixture, the roster or an option is unusable, or DIR cannot be written (nothing is changed)"),
      .usual(.internalError),
    ])

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.count == 1, let fixturePath = parsed.positionals.first else {
      throw usage("'assign' takes exactly one fixture file, found \(parsed.positionals.count)")
    }
    let (rosterPath, folder) = (parsed.value("roster") ?? "", parsed.value("output") ?? "")
    let chosenSeed = try seed(parsed.value("seed"))
    let plan = AssignmentPlan(
      seed: chosenSeed ?? UInt64.random(in: 0...UInt64.max), spread: try spread(parsed.value("spread")),
      parts: try parts(parsed.value("vary")))
    let bytes = try FileAccess.read(fixturePath)
    let fixture: Fixture
    do {
      fixture = try Fixture.load(bytes, file: fixturePath)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
    let course: CourseVariants
    let roster: Roster
    let rosterBytes = try FileAccess.read(rosterPath)
    do throws(CourseError) {
      roster = try Roster.parse(rosterBytes, file: rosterPath)
      course = try CourseVariants(fixture: fixture, bytes: bytes, roster: roster, plan: plan)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
    let name = fixturePath.split(separator: "/").last.map(String.init) ?? fixturePath
    let files = CourseFiles.render(course, roster: roster, plan: plan, fixtureName: name)
    let cleared = try CourseOutput.writeFolder(
      files, to: folder, manifest: CourseFiles.manifestName, generator: CourseFiles.generator, command: "assign",
      inputs: [fixturePath, rosterPath])
    output.write(summary(course, plan: plan, seedChosen: chosenSeed == nil, fixture: fixturePath, folder: folder, fileCount: files.count))
    output.write(cleared.map { $0 + "\n" }.joined())
    return .success
  }

  /// What was made: the students, the seed, the redraws, the values kept, the files.
  private static func summary(
    _ course: CourseVariants, plan: AssignmentPlan, seedChosen: Bool, fixture: String, folder: String, fileCount: Int
  ) -> String {
    let parts = VariedPart.allCases.filter(plan.parts.contains).map(\.rawValue).joined(separator: ", ")
    let spread = NumberFormat(decimals: 2).plain(plan.spread * 100)
    var text = "assigned \(fixture.terminalSafePath) to \(course.variants.count) students: seed \(plan.seed)"
    if seedChosen { text += " (chosen at random; --seed \(plan.seed) makes the same folder again)" }
    text += ", \(parts) varied within ±\(spread)% with \(course.precisionDescription)\n"
    if course.redrawCount == 0 {
      text += "  no draw redrawn: every first draw was a sensible exercise\n"
    } else {
      let reasons = course.redraws.map { "\($0.count) with \($0.reason)" }.joined(separator: ", ")
      text += "  redrew \(course.redrawCount) draw\(course.redrawCount == 1 ? "" : "s"): \(reasons)\n"
    }
    if !course.keptValues.isEmpty {
      text += "  kept as written (no other value with \(course.precisionDescription) within ±\(spread)%): \(course.keptValues.joined(separator: ", "))\n"
    }
    return text + "wrote \(fileCount) files to \(folder.terminalSafePath): variants/, sheets/, keys/, index.csv, course.json\n"
  }

  /// `--seed`: a whole number from 0 to 2⁶⁴ − 1, or nil when absent.
  private static func seed(_ text: String?) throws(CommandFailure) -> UInt64? {
    guard let text else { return nil }
    guard let seed = UInt64(text) else {
      throw usage("--seed takes a whole number from 0 to \(UInt64.max), found '\(text.terminalSafe)'")
    }
    return seed
  }

  /// `--spread`: a percentage above 0 and at most 100 (`50` or `50%`), as a fraction; 0.5 when
  /// absent.
  private static func spread(_ text: String?) throws(CommandFailure) -> Double {
    guard let text else { return 0.5 }
    let number = text.hasSuffix("%") ? String(text.dropLast()) : text
    guard let value = Double(number), value > 0, value <= 100 else {
      throw usage("--spread takes a percentage above 0 and at most 100, such as 50 or 50%, found '\(text.terminalSafe)'")
    }
    return value / 100
  }

  /// `--vary`: a comma-separated list of params, inputs and targets; all three when absent.
  private static func parts(_ text: String?) throws(CommandFailure) -> Set<VariedPart> {
    guard let text else { return Set(VariedPart.allCases) }
    var parts: Set<VariedPart> = []
    for name in text.split(separator: ",", omittingEmptySubsequences: false).map({ String($0).trimmingCharacters(in: .whitespaces) }) {
      guard let part = VariedPart(rawValue: name) else {
        let known = VariedPart.allCases.map(\.rawValue)
        let guess = nearestName(to: name, among: known)
        throw usage("--vary takes params, inputs and targets, separated by commas, found '\(name.terminalSafe)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
      }
      parts.insert(part)
    }
    return parts
  }
}
