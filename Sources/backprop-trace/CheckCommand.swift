import BackpropTracer

/// `backprop-trace check FIXTURE...`: every printed value of every fixture, a line each.
enum CheckCommand {
  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, options: [], command: "check")
    guard !parsed.positionals.isEmpty else { throw usage("'check' needs at least one fixture file") }
    // Load and trace everything first: unusable input anywhere is exit status 2.
    let reports = try parsed.positionals.map { (path) throws(CommandFailure) in
      if let report = try GraphCommand.checkReport(path) { return report }
      let fixture = try Commands.loadFixture(path)
      return CheckReport(fixture: fixture, trace: try Commands.trace(fixture, steps: nil))
    }
    for report in reports { output.write(report.text) }
    return reports.allSatisfy(\.allMatch) ? .success : .mismatch
  }
}
