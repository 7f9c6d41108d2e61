import BackpropTracer

/// Where a command writes: standard output and standard error, replaceable in tests.
protocol CommandOutput {
  mutating func write(_ text: String)
  mutating func writeError(_ text: String)
  /// Takes a value the command is done with, to be freed when the output is (by default,
  /// right away).
  mutating func keepToTheEnd(_ value: Any)
}

extension CommandOutput {
  mutating func keepToTheEnd(_ value: Any) {}
}

/// The tool's commands: parse, run, and map every outcome to an exit status.
enum Commands {
  /// Every command but `help`, in the order the overview lists them; `dispatch` runs each.
  static let all = [
    TraceCommand.spec, CheckCommand.spec, VerifyCommand.spec, QuizCommand.spec, GraphCommand.spec, AssignCommand.spec,
    GradeCommand.spec, ExportCommand.spec, WalkthroughsCommand.spec,
  ]

  /// Runs the tool on `arguments` (without the program name) and returns the exit status;
  /// `quiz` reads standard input.
  static func run(_ arguments: [String], output: inout some CommandOutput) -> ExitCode {
    var input = StandardInput()
    return run(arguments, input: &input, output: &output)
  }

  /// Runs the tool on `arguments`, reading the lines of `quiz` from `input`.
  static func run(_ arguments: [String], input: inout some CommandInput, output: inout some CommandOutput) -> ExitCode {
    do {
      return try dispatch(arguments, input: &input, output: &output)
    } catch {
      output.writeError("error: \(error.message)\n")
      return error.code
    }
  }

  private static func dispatch(
    _ arguments: [String], input: inout some CommandInput, output: inout some CommandOutput
  ) throws(CommandFailure) -> ExitCode {
    guard let command = arguments.first else {
      output.writeError(Help.bare)
      return .unusableInput
    }
    let rest = Array(arguments.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      output.write(try Help.text(for: command))
      return .success
    }
    switch command {
    case "--help", "-h", "help":
      output.write(try rest.first.map(Help.text(for:)) ?? Help.overview)
      return .success
    case "trace":
      return try TraceCommand.run(rest, output: &output)
    case "check":
      return try CheckCommand.run(rest, output: &output)
    case "walkthroughs":
      return try WalkthroughsCommand.run(rest, output: &output)
    case "verify":
      return try VerifyCommand.run(rest, output: &output)
    case "quiz":
      return try QuizCommand.run(rest, input: &input, output: &output)
    case "graph":
      return try GraphCommand.run(rest, output: &output)
    case "assign":
      return try AssignCommand.run(rest, output: &output)
    case "grade":
      return try GradeCommand.run(rest, output: &output)
    case "export":
      return try ExportCommand.run(rest, output: &output)
    default:
      let guess = nearestName(to: command, among: Help.commands.map(\.name))
      throw usage("unknown command '\(command.terminalSafe)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
    }
  }

  /// Loads a fixture file, turning its problems into exit status 2.
  static func loadFixture(_ path: String) throws(CommandFailure) -> Fixture {
    let bytes = try FileAccess.read(path)
    do {
      return try Fixture.load(bytes, file: path)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
  }

  /// Traces a fixture, turning a value that overflowed into exit status 2.
  static func trace(_ fixture: Fixture, steps: Int?, observer: TrainingObserver? = nil) throws(CommandFailure) -> Trace {
    if let problem = fixture.sizeProblem(steps: steps) {
      throw CommandFailure(message: "\(fixture.file.terminalSafePath): \(problem)", code: .unusableInput)
    }
    do {
      return try fixture.trace(steps: steps, observer: observer)
    } catch {
      throw CommandFailure(message: "\(fixture.file): \(error.description)", code: .unusableInput)
    }
  }
}
