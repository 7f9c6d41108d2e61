import BackpropTracer

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
    let fixture = try Commands.loadFixture(fixturePath)
    let trace = try Commands.trace(fixture, steps: nil)
    // Read every sheet first: an unusable one anywhere is exit status 2, with nothing judged.
    let sheets = try parsed.positionals.dropFirst().map(loadSheet)
    let report = VerificationReport(
      fixture: fixturePath,
      sheets: sheets.map { Verification(sheet: $0, trace: trace, assignment: fixture.assignment) },
      revealsExpected: !parsed.flag("hide-expected"))
    let text = format == "json" ? report.json : format == "markdown" ? report.markdown : report.text
    try OutputTarget(parsed.value("output"), inputs: parsed.positionals).deliver(text, output: &output)
    return report.allCorrect ? .success : .mismatch
  }

  /// Reads an answers file, turning its problems into exit status 2.
  static func loadSheet(_ path: String) throws(CommandFailure) -> AnswerSheet {
    let bytes = try FileAccess.read(path)
    do {
      return try AnswerSheet.parse(bytes, file: path)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
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
