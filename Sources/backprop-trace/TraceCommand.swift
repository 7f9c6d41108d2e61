import BackpropTracer

/// `backprop-trace trace FIXTURE [--format markdown|json] [--decimals N] [--steps N] [--output FILE]
/// [--variant NAME]`
enum TraceCommand {
  static let options = [
    OptionSpec(name: "format", takesValue: true), OptionSpec(name: "decimals", takesValue: true),
    OptionSpec(name: "steps", takesValue: true), OptionSpec(name: "output", takesValue: true),
    OptionSpec(name: "variant", takesValue: true),
  ]

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, options: options, command: "trace")
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw usage("'trace' takes exactly one fixture file, found \(parsed.positionals.count)")
    }
    let format = try parsed.choice("format", from: ["markdown", "json"], default: "markdown")
    let decimals = try parsed.integer("decimals", in: 0...17, default: NumberFormat.standard.decimals) ?? 9
    let steps = try parsed.integer("steps", in: 1...Fixture.maximumSteps, default: nil)
    let variant = try VerifyCommand.variant(named: parsed.value("variant"))
    let fixture = try Commands.loadFixture(path)
    let trace = try VerifyCommand.deviating(try Commands.trace(fixture, steps: steps), variant, file: path)
    let text =
      format == "json"
      ? JSONRenderer.render(trace)
      : variant?.markdown(trace, format: NumberFormat(decimals: decimals))
        ?? MarkdownRenderer.render(trace, format: NumberFormat(decimals: decimals))
    if let file = parsed.value("output") {
      try FileAccess.write(text, to: file)
    } else {
      output.write(text)
    }
    return .success
  }
}
