import BackpropTracer
import Foundation

/// `backprop-trace verify FIXTURE ANSWERS... [options]`: judges students' answers against the
/// fixture's trace.
enum VerifyCommand {
  static let spec = CommandSpec(
    name: "verify", operands: "FIXTURE ANSWERS...",
    summary: "Judge students' answers (text, CSV or JSON files) against a fixture: right, wrong, consistent with their own earlier answers (follow-through), and the likely mistake.",
    description: """
      Judges each answer of each ANSWERS file against the fixture's trace, at the precision the \
      student wrote it, with at least 2 significant digits (or the exact value; a fixture may set \
      "minimumSignificantDigits" and per-key tolerances): correct (rounded, or with the digits cut \
      off), follow-through (what the student's own earlier answers give), too coarse (too few \
      digits to judge; scores 0), wrong (with the true value and the difference), or missing (keys \
      listed under the fixture's "assignment"). Answers under unknown keys are listed apart with \
      the nearest key and not scored. Then names the common mistake that best explains the wrong \
      answers, with the answers it reproduces, and the slips in single answers (a lost sign, \
      transposed digits, a factor of 2, a power of ten, a neighbouring key's value).

      ANSWERS is recognised from its text: a JSON object {"net_h1": 0.3775, ...}; CSV lines \
      net_h1,0.3775 (an optional header row); or text lines net_h1 = 0.3775 (# comments, blank \
      lines and a trailing comma allowed). Keys are those of 'trace --format json'. Each file is \
      judged on its own: an unusable one gets a one-line error and the others their reports.
      """,
    options: [
      .choice(
        "format", ["text", "markdown", "json"],
        help: """
          A terminal report (default), Markdown feedback for the student, or JSON for a gradebook. \
          Several files give one summary table.
          """),
      .flag("hide-expected", help: "Judge without showing true values or differences."),
      .outputFile,
    ],
    exitStatuses: [
      .status(.success, "every answer is correct"),
      .status(.mismatch, "an answer is not correct (or is missing, or under an unknown key)"),
      .status(.unusableInput, "the fixture or an answers file is unusable (the message gives the line), or an option is"),
      .usual(.internalError),
    ])

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.count >= 2, let fixturePath = parsed.positionals.first else {
      throw usage("'verify' takes a fixture file and at least one answers file, found \(parsed.positionals.count) files")
    }
    let format = parsed.choice("format", default: "text")
    let target = try OutputTarget(parsed.value("output"), inputs: parsed.positionals)
    let fixture = try Commands.loadFixture(fixturePath)
    let trace = try Commands.trace(fixture, steps: nil)
    // Each sheet on its own: an unreadable one gets its one-line error, the others their reports.
    let entries = parsed.positionals.dropFirst().map { path -> VerificationReport.Sheet in
      do throws(CommandFailure) {
        let sheet = try loadSheet(path)
        return .judged(Verification(sheet: sheet, trace: trace, assignment: fixture.assignment, judge: fixture.judge))
      } catch {
        output.writeError("error: \(error.message)\n")
        return .unreadable(file: path, reason: error.message)
      }
    }
    let report = VerificationReport(fixture: fixturePath, entries: entries, revealsExpected: !parsed.flag("hide-expected"))
    if !report.sheets.isEmpty {
      let text = format == "json" ? report.json : format == "markdown" ? report.markdown : report.text
      try target.deliver(text, output: &output)
    }
    if report.hasUnreadable { return .unusableInput }
    return report.allCorrect ? .success : .mismatch
  }

  /// Reads an answers file, turning its problems (a limit passed included) into exit status 2.
  /// At most `AnswerSheet.maximumBytes` + 1 bytes are read, so a huge file or an endless one
  /// (`/dev/zero`) is refused at once.
  static func loadSheet(_ path: String) throws(CommandFailure) -> AnswerSheet {
    let bytes = try readAtMost(AnswerSheet.maximumBytes + 1, from: path)
    do throws(AnswerSheetError) {
      guard bytes.count <= AnswerSheet.maximumBytes else { throw AnswerSheet.tooLarge(file: path, size: bytes.count) }
      return try AnswerSheet.parse(bytes, file: path)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
  }

  /// The first `count` bytes of the file at `path` (all of a shorter one); a missing file, a
  /// folder or an unreadable one gets `FileAccess.read`'s message.
  private static func readAtMost(_ count: Int, from path: String) throws(CommandFailure) -> [UInt8] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
      let handle = FileHandle(forReadingAtPath: path), let data = try? handle.read(upToCount: count)
    else { return try FileAccess.read(path) }
    try? handle.close()
    return Array(data)
  }

  /// The variant named by `--variant`, or nil when the option is absent.
  static func variant(named name: String?) throws(CommandFailure) -> Variant? {
    guard let name else { return nil }
    guard let variant = Variant(rawValue: name) else {
      let guess = nearestName(to: name, among: Variant.allCases.map(\.name))
      throw usage("unknown variant '\(name.terminalSafe)'" + (guess.map { "; did you mean '\($0)'?" } ?? "; run 'backprop-trace help trace' for the list"))
    }
    return variant
  }

  /// `trace` computed with `variant`'s deviation (unchanged when nil); a value that overflowed
  /// is exit status 2.
  static func deviating(_ trace: Trace, _ variant: Variant?, file: String) throws(CommandFailure) -> Trace {
    guard let variant else { return trace }
    do {
      return try trace.deviating(variant)
    } catch {
      throw CommandFailure(message: "\(file) with --variant \(variant.name): \(error.description)", code: .unusableInput)
    }
  }
}
