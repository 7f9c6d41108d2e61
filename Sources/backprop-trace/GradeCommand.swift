import BackpropTracer
import Foundation

/// `backprop-trace grade DIR SUBMISSIONS [options]`: each student's answers judged against the
/// student's own variant.
enum GradeCommand {
  static let spec = CommandSpec(
    name: "grade", operands: "DIR SUBMISSIONS",
    summary: "Judge each student's answers against their own variant: a gradebook, feedback.",
    description: """
      Judges each student's answers file against the student's own variant in DIR (a folder \
      written by 'assign') with the same rule as 'verify': correct, follow-through, too coarse, \
      wrong, missing, the likely mistake. SUBMISSIONS is a folder of answers files named by student \
      id, with any extension (s01.txt, s01.json, s01.csv), in any of the three answers formats. A \
      student without a file is "missing"; a file that cannot be read (or two files for one \
      student) is "unreadable", with the reason. A sheet whose answers are correct for another \
      student's variant more often than for its own (at least half of them) is flagged with that \
      student's id. Prints a table, a line per student.
      """,
    options: [
      .value(
        "gradebook", "FILE.csv",
        help: """
          Write the gradebook: a row per roster entry with the roster's columns, status, score \
          (percent of the assignment's keys), the counts of each verdict, the likely mistake, the \
          flagged match and a note. UTF-8 with a byte-order mark, so that Excel reads names \
          right.
          """),
      .choice(
        "gradebook-format", ["csv", "canvas"],
        help: """
          csv (default, as above), or Canvas's import format: Student, ID, SIS User ID, SIS Login \
          ID, Section and one assignment column.
          """),
      .value(
        "canvas-assignment", "NAME",
        help: "The assignment column's header: \"Name (ID)\" for an existing Canvas assignment (default: the fixture's title)."),
      .value(
        "feedback", "DIR",
        help: "Write a Markdown feedback file per student, DIR/ID.md (all or nothing; DIR must be new, empty or an earlier feedback folder)."),
      .flag("hide-expected", help: "Feedback without the true values."),
      .value(
        "follow-through-credit", "F",
        help: "The credit of a follow-through answer in the score, from 0 (default: only correct answers count) to 1."),
    ],
    exitStatuses: [
      .status(.success, "every submission could be read"),
      .status(
        .unusableInput,
        "a submission could not be read (the gradebook and feedback are still written), or DIR or an option is unusable"),
      .usual(.internalError),
    ])

  /// The manifest of a feedback folder.
  static let feedbackManifest = "feedback.json"
  static let feedbackGenerator = "backprop-trace grade"

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.count == 2 else {
      throw usage("'grade' takes a folder written by 'assign' and a folder of submissions, found \(parsed.positionals.count) names")
    }
    let (folder, submissionsFolder) = (parsed.positionals[0], parsed.positionals[1])
    let format = parsed.choice("gradebook-format", default: "csv")
    let credit = try followThroughCredit(parsed.value("follow-through-credit"))
    let course = try CourseFolder.load(folder)
    let (submissions, strangers) = try read(submissionsFolder, ids: course.variants.map(\.student.id), output: &output)
    let gradebook = Gradebook(
      variants: course.variants, otherFields: course.index.entries.map(\.otherFields), otherColumns: course.index.otherColumns,
      submissions: submissions, followThroughCredit: credit)
    var text = "graded the students of \(folder.terminalSafePath) against \(submissionsFolder.terminalSafePath)\n" + gradebook.summary
    if !strangers.isEmpty {
      text += "not on the roster, not graded: \(strangers.map(\.terminalSafePath).joined(separator: ", "))\n"
    }
    if let file = parsed.value("gradebook") {
      try CourseOutput.refuseInside(file, folders: [folder, submissionsFolder], option: "--gradebook \(file)")
      let title = course.manifest.title.isEmpty ? "Homework" : course.manifest.title
      let csv = format == "canvas" ? gradebook.canvasCSV(assignment: parsed.value("canvas-assignment") ?? title) : gradebook.csv
      try CourseOutput.writeFile(csv, to: file, inputs: [folder, submissionsFolder])
      text += "wrote the gradebook (\(format == "canvas" ? "Canvas import" : "CSV"), \(gradebook.entries.count) rows) to \(file.terminalSafePath)\n"
    }
    if let feedback = parsed.value("feedback") {
      try CourseOutput.refuseInside(feedback, folders: [folder, submissionsFolder], option: "--feedback \(feedback)")
      var files = gradebook.feedbackFiles(revealsExpected: !parsed.flag("hide-expected"))
      files.append((feedbackManifest, CourseManifest.text(generator: feedbackGenerator, files: files.map(\.name) + [feedbackManifest])))
      let cleared = try CourseOutput.writeFolder(
        files, to: feedback, manifest: feedbackManifest, generator: feedbackGenerator, command: "grade",
        inputs: [folder, submissionsFolder])
      text += "wrote \(files.count - 1) feedback files to \(feedback.terminalSafePath)\n" + cleared.map { $0 + "\n" }.joined()
    }
    output.write(text)
    return gradebook.hasUnreadable ? .unusableInput : .success
  }

  /// Each student's submission, by id, and the files that belong to no student. A file belongs
  /// to the student whose id is its name, or its name without the last extension (`s01`,
  /// `s01.txt`, `j.doe.json`); folders, and hidden files of no student, are skipped. Two files for one student,
  /// or a file that cannot be read as answers, make the submission unreadable (its error also
  /// goes to standard error).
  private static func read(
    _ folder: String, ids: [String], output: inout some CommandOutput
  ) throws(CommandFailure) -> ([String: Gradebook.Submission], [String]) {
    guard CourseFolder.isFolder(folder), let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      throw CommandFailure(message: "\(folder.terminalSafePath): no such folder of submissions", code: .unusableInput)
    }
    let known = Set(ids)
    var files: [String: [String]] = [:]
    var strangers: [String] = []
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    for name in names.sorted() where !CourseFolder.isFolder(base + name) {
      let stem = name.contains(".") ? String(name[..<(name.lastIndex(of: ".") ?? name.endIndex)]) : name
      if known.contains(name) {
        files[name, default: []].append(name)
      } else if known.contains(stem) {
        files[stem, default: []].append(name)
      } else if !name.hasPrefix(".") {
        strangers.append(name)
      }
    }
    var submissions: [String: Gradebook.Submission] = [:]
    for id in ids {
      guard let names = files[id] else { continue }
      guard names.count == 1, let name = names.first else {
        let reason = "\(names.count) files for \(id) (\(names.joined(separator: ", "))); keep one"
        output.writeError("error: \(folder.terminalSafePath): \(reason)\n")
        submissions[id] = .unreadable(reason)
        continue
      }
      do {
        submissions[id] = .sheet(try VerifyCommand.loadSheet(base + name))
      } catch {
        output.writeError("error: \(error.message)\n")
        submissions[id] = .unreadable(error.message)
      }
    }
    return (submissions, strangers)
  }

  /// `--follow-through-credit`: a number from 0 to 1; 0 when absent.
  private static func followThroughCredit(_ text: String?) throws(CommandFailure) -> Double {
    guard let text else { return 0 }
    guard let value = Double(text), value >= 0, value <= 1 else {
      throw usage("--follow-through-credit takes a number from 0 (none) to 1 (full credit), found '\(text.terminalSafe)'")
    }
    return value
  }

}
