import BackpropTracer

/// `backprop-trace check FIXTURE...`: every printed value of every fixture, a line each.
enum CheckCommand {
  static let spec = CommandSpec(
    name: "check", operands: "FIXTURE...",
    summary: "Compare each value a fixture says its book printed with the computed one, at the book's printed precision; a line per value.",
    description: """
      For each fixture, traces its example and compares every value under "expected" with the \
      computed one. A printed value matches when the computed value, rounded or truncated to the \
      printed number of decimals, gives the printed digits; truncations are reported as such, and \
      values listed under the fixture's "errata" as known slips of the book (they pass when the \
      recorded correction is reproduced). A graph fixture's printed values are checked alike.
      """,
    options: [],
    exitStatuses: [
      .status(.success, "every printed value of every fixture is reproduced"),
      .status(.mismatch, "a printed value is not reproduced"),
      .status(.unusableInput, "a fixture is unusable (the message says where); nothing is printed"),
      .usual(.internalError),
    ])

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
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
