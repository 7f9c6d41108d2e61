import BackpropTracer

/// `backprop-trace trace FIXTURE [options]`: one training step (or more) of a fixture's network,
/// printed as a derivation or as JSON.
enum TraceCommand {
  static let spec = CommandSpec(
    name: "trace", operands: "FIXTURE",
    summary: "Run the forward pass, the backward pass and the update on a fixture's network and print every value as a step-by-step derivation (Markdown or LaTeX) or as JSON.",
    description: """
      Traces one training step of the fixture's network on its example (and more steps with \
      --steps), recording every net input, output, error term, chain-rule factor, delta, gradient \
      and updated parameter.
      """,
    options: [
      .choice(
        "format", ["markdown", "latex", "json", "html"],
        help: """
          Markdown with LaTeX math (default) and an SVG figure of the network written beside it \
          (FILE.svg with --output, none on standard output; FILE-loss.svg for a loss curve when \
          --steps > 1); a standalone LaTeX document (pdflatex; amsmath, amssymb, TikZ); every \
          value under its stable key as JSON, at full precision; or one self-contained web page \
          (MathML, inline figure and script) that steps through the values and lets a student try \
          each one first (every value is derived: --detail and --only do not apply).
          """)
    ] + LectureOptions.specs + [
      .value(
        "steps", "N",
        help: """
          Steps to run (default: the fixture's "steps", else 1). The first step is derived in full; \
          the error over the data set is recorded after every epoch (every step with the fixture's \
          "recordError": "everyStep"). A run longer than a second shows its step, loss and rate on \
          one updating line of stderr (when stderr is a terminal).
          """),
      .flag("quiet", help: "No progress line."),
      .outputFile,
      .flag(
        "gradcheck",
        help: """
          Instead of the derivation, print each parameter's gradient beside a central difference of \
          the error (h = 1e-6) and their relative error.
          """),
      .value(
        "variant", "NAME",
        help: """
          Compute the step with a deliberate deviation (a common mistake or an undocumented \
          convention); the output says so at the top. NAME is one of:
          """ + Variant.allCases.map { "\n  \($0.name): the \($0.summary)" }.joined()),
    ],
    exitStatuses: [.status(.success, "the derivation (or the gradient check) was written"), .usual(.unusableInput), .usual(.internalError)])

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw usage("'trace' takes exactly one fixture file, found \(parsed.positionals.count)")
    }
    let format = parsed.choice("format", default: "markdown")
    let steps = try parsed.integer("steps", in: 1...Fixture.maximumSteps, default: nil)
    let target = try OutputTarget(parsed.value("output"), inputs: [path])
    let fixture = try Commands.loadFixture(path)
    if parsed.flag("gradcheck") {
      try target.deliver(try GraphCommand.gradientCheckReport(fixture), output: &output)
      return .success
    }
    if format == "html" { try checkPage(parsed, fixture: fixture) }
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
    if format == "html" {
      try target.deliver(
        HTMLRenderer.render(trace, options: options, judge: fixture.judge, notice: variant?.notice), output: &output)
      return .success
    }
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

  /// A web page derives every value, one step each: `--detail` and `--only` do not apply, and a
  /// network above `LectureOptions.fullDetailLimit` parameters is refused (its page would hold
  /// hundreds of thousands of steps).
  private static func checkPage(_ parsed: Arguments, fixture: Fixture) throws(CommandFailure) {
    for option in ["detail", "only"] where parsed.value(option) != nil {
      throw usage("--\(option) does not apply to --format html, which derives every value; use --format markdown or latex")
    }
    let count = fixture.network.parameters.count
    guard count <= LectureOptions.fullDetailLimit else {
      throw usage(
        "--format html: the network has \(count) parameters, more than \(LectureOptions.fullDetailLimit) a page steps through; use --format markdown --detail summary")
    }
  }
}
