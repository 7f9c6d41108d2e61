import BackpropTracer
import Foundation

/// `backprop-trace verify FIXTURE ANSWERS... [--format text|markdown|json] [--hide-expected]
/// [--output FILE]`: judges students' answers against the fixture's trace.
enum VerifyCommand {
  static let options = [
    OptionSpec(name: "format", takesValue: true), OptionSpec(name: "hide-expected", takesValue: false),
    OptionSpec(name: "output", takesValue: true),
  ]

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, options: options, command: "verify")
    guard parsed.positionals.count >= 2, let fixturePath = parsed.positionals.first else {
      throw usage("'verify' takes a fixture file and at least one answers file, found \(parsed.positionals.count) files")
    }
    let format = try parsed.choice("format", from: ["text", "markdown", "json"], default: "text")
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
