import BackpropTracer

/// `backprop-trace trace FIXTURE [--format markdown|latex|json] [--notation NAME] … [--output FILE]
/// [--variant NAME]`
enum TraceCommand {
  static let options = [
    OptionSpec(name: "format", takesValue: true), OptionSpec(name: "decimals", takesValue: true),
    OptionSpec(name: "steps", takesValue: true), OptionSpec(name: "output", takesValue: true),
    OptionSpec(name: "variant", takesValue: true), OptionSpec(name: "gradcheck", takesValue: false),
    OptionSpec(name: "quiet", takesValue: false),
  ] + LectureOptions.specs

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, options: options, command: "trace")
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw usage("'trace' takes exactly one fixture file, found \(parsed.positionals.count)")
    }
    let format = try parsed.choice("format", from: ["markdown", "latex", "json"], default: "markdown")
    let steps = try parsed.integer("steps", in: 1...Fixture.maximumSteps, default: nil)
    let fixture = try Commands.loadFixture(path)
    if parsed.flag("gradcheck") {
      try emit(try GraphCommand.gradientCheckReport(fixture), to: parsed.value("output"), output: &output)
      return .success
    }
    let options = try LectureOptions.parse(parsed, fixture: fixture, format: format)
    if let note = LectureOptions.largeNetworkNote(parsed, fixture: fixture, format: format) { output.writeError(note) }
    let variant = try VerifyCommand.variant(named: parsed.value("variant"))
    let progress = ProgressLine.observer(quiet: parsed.flag("quiet"), parameters: fixture.network.parameters.count)
    let traced: Trace
    do {
      defer { progress?.0.finish() }
      traced = try Commands.trace(fixture, steps: steps, observer: progress?.1)
    }
    let trace = try VerifyCommand.deviating(traced, variant, file: path)
    guard let lectureFormat = LectureFiles.Format(rawValue: format) else {
      try emit(JSONRenderer.render(trace), to: parsed.value("output"), output: &output)
      return .success
    }
    // Figures are files beside the output file; text for standard output comes without them,
    // so the command never writes anywhere the user did not name.
    let file = parsed.value("output")
    let files = LectureFiles.render(
      trace, options: options, format: lectureFormat, base: file.map(LectureOptions.stem(of:)),
      fragment: parsed.flag("fragment"), notice: variant?.notice)
    try FileAccess.deliver(files, to: file, output: &output)
    return .success
  }

  private static func emit(_ text: String, to file: String?, output: inout some CommandOutput) throws(CommandFailure) {
    if let file { try FileAccess.write(text, to: file) } else { output.write(text) }
  }
}
