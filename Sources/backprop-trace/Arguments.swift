import BackpropTracer

/// The options a command accepts: each name (without `--`) and whether it takes a value.
struct OptionSpec {
  let name: String
  let takesValue: Bool
}

/// Command-line arguments split into positionals and `--name value` / `--name=value` options.
///
/// Errors are usage errors (exit status 2) with a one-line message; an unknown option gets the
/// nearest known one suggested.
struct Arguments {
  private(set) var positionals: [String] = []
  private var values: [String: String] = [:]
  private var flags: Set<String> = []

  init(_ arguments: [String], options: [OptionSpec], command: String) throws(CommandFailure) {
    var index = 0
    var onlyPositionals = false
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      guard !onlyPositionals, argument.hasPrefix("-"), argument != "-" else {
        positionals.append(argument)
        continue
      }
      if argument == "--" {
        onlyPositionals = true
        continue
      }
      let body = argument.drop { $0 == "-" }
      let parts = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = String(parts[0])
      guard let spec = options.first(where: { $0.name == name }) else {
        let guess = nearestName(to: name, among: options.map(\.name))
        throw usage("unknown option \(argument.terminalSafe) for '\(command)'" + (guess.map { "; did you mean --\($0)?" } ?? ""))
      }
      guard values[name] == nil, !flags.contains(name) else {
        throw usage("--\(name) is given twice")
      }
      if !spec.takesValue {
        guard parts.count == 1 else { throw usage("--\(name) takes no value") }
        flags.insert(name)
      } else if parts.count == 2 {
        values[name] = String(parts[1])
      } else {
        guard index < arguments.count else { throw usage("--\(name) needs a value") }
        values[name] = arguments[index]
        index += 1
      }
    }
  }

  /// The value of an option, if given.
  func value(_ name: String) -> String? { values[name] }

  /// Whether a flag was given.
  func flag(_ name: String) -> Bool { flags.contains(name) }

  /// A whole-number option in `range`, or `defaultValue` when absent.
  func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int?) throws(CommandFailure) -> Int? {
    guard let text = values[name] else { return defaultValue }
    guard let number = Int(text), range.contains(number) else {
      throw usage("--\(name) takes a whole number from \(range.lowerBound) to \(range.upperBound), found '\(text.terminalSafe)'")
    }
    return number
  }

  /// One of `choices`, or `defaultValue` when absent.
  func choice(_ name: String, from choices: [String], default defaultValue: String) throws(CommandFailure) -> String {
    guard let text = values[name] else { return defaultValue }
    guard choices.contains(text) else {
      throw usage("--\(name) takes one of \(choices.joined(separator: ", ")), found '\(text.terminalSafe)'")
    }
    return text
  }
}

/// A usage error: exit status 2, with a pointer to the help.
func usage(_ message: String) -> CommandFailure {
  CommandFailure(message: message + " (see 'backprop-trace --help')", code: .unusableInput)
}
