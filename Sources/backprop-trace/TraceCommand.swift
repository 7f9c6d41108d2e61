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
        "format", ["markdown", "latex", "beamer", "json", "html"],
        help: """
          Markdown with LaTeX math (default) and an SVG figure of the network written beside it \
          (FILE.svg with --output, none on standard output; FILE-loss.svg for a loss curve when \
          --steps > 1); a standalone LaTeX document (pdflatex; amsmath, amssymb, TikZ); a Beamer \
          slide deck (pdflatex), a frame per step revealing formula, substitution and result in \
          turn; every value under its stable key as JSON, at full precision; or one self-contained \
          web page (MathML, inline figure and script) that steps through the values and lets a \
          student try each one first (every value is derived: --detail and --only do not apply).
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
      .choice(
        "view", ["derivation", "matrix"],
        help: """
          derivation (default): the step scalar by scalar; matrix: the same step in matrix form, \
          layer by layer (z = Wa + b, the delta vectors, the gradients as outer products, the \
          updated matrices) with the numbers in bmatrix, in Markdown or LaTeX.
          """),
      .value("matrix-width", "N", help: "With --view matrix: rows and columns shown in full before \\cdots elides them (default 6)."),
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
    if parsed.choice("view", default: "derivation") == "matrix" {
      let width = try parsed.integer("matrix-width", in: 2...1000, default: 6) ?? 6
      guard let lectureFormat = LectureFiles.Format(rawValue: format) else { throw usage("--view matrix writes Markdown or LaTeX, not \(format)") }
      var document = MatrixView(trace: trace, options: options, width: width).document()
      if let notice = variant?.notice { document.blocks.insert(notice, at: min(1, document.blocks.count)) }
      try target.deliver(LectureFiles.files(of: document, format: lectureFormat, base: target.figureBase, fragment: parsed.flag("fragment")), output: &output)
      return .success
    }
    if format == "html" {
      try target.deliver(
        HTMLRenderer.render(trace, options: options, judge: fixture.judge, notice: variant?.notice ?? trace.declaredVariant?.declaredNotice), output: &output)
      return .success
    }
    guard let lectureFormat = LectureFiles.Format(rawValue: format) else {
      try target.deliver(JSONRenderer.renderUTF8(trace), figures: [], output: &output)
      output.keepToTheEnd(trace)
      return .success
    }
    // Figures are files beside the output file; text for standard output (or a device) comes
    // without them, so the command never writes anywhere the user did not name. The text is
    // delivered as the bytes it was written in.
    let files = LectureFiles.renderUTF8(
      trace, options: options, format: lectureFormat, base: target.figureBase,
      fragment: parsed.flag("fragment"), notice: variant?.notice)
    try target.deliver(files.text, figures: files.figures, output: &output)
    output.keepToTheEnd(trace)
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
