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
    let target = try OutputTarget(parsed.value("output"), inputs: [path])
    let fixture = try Commands.loadFixture(path)
    if parsed.flag("gradcheck") {
      try target.deliver(try GraphCommand.gradientCheckReport(fixture), output: &output)
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
      try target.deliver(JSONRenderer.render(trace), output: &output)
      return .success
    }
    // Figures are files beside the output file; text for standard output (or a device) comes
    // without them, so the command never writes anywhere the user did not name.
    let files = LectureFiles.render(
      trace, options: options, format: lectureFormat, base: target.figureBase,
      fragment: parsed.flag("fragment"), notice: variant?.notice)
    try target.deliver(files, output: &output)
    return .success
  }
}
