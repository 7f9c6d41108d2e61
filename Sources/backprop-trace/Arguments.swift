import BackpropTracer

/// Command-line arguments split into positionals and `--name value` / `--name=value` options,
/// read against the command's declared options (`CommandSpec`).
///
/// Errors are usage errors (exit status 2) with a one-line message: an unknown option gets the
/// nearest known one suggested, a renamed one its new name; a value outside an option's fixed
/// choices, two options of one exclusive group and a required option left out are refused here.
struct Arguments {
  private(set) var positionals: [String] = []
  private var values: [String: String] = [:]
  private var flags: Set<String> = []

  init(_ arguments: [String], command: CommandSpec) throws(CommandFailure) {
    var index = 0
    var onlyPositionals = false
    var given: [OptionSpec] = []
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
      guard let spec = command.option(name) else { throw Self.unknown(argument, name: name, command: command) }
      guard values[name] == nil, !flags.contains(name) else {
        throw usage("--\(name) is given twice")
      }
      given.append(spec)
      if !spec.takesValue {
        guard parts.count == 1 else { throw usage("--\(name) takes no value") }
        flags.insert(name)
        continue
      }
      let value: String
      if parts.count == 2 {
        value = String(parts[1])
      } else {
        guard index < arguments.count else { throw usage("--\(name) needs a value") }
        value = arguments[index]
        index += 1
      }
      try Self.check(value, of: spec)
      values[name] = value
    }
    try Self.checkGroups(given)
    for spec in command.options where spec.isRequired && values[spec.name] == nil {
      throw usage("'\(command.name)' needs \(spec.label)")
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

  /// The value of an option with fixed choices (checked while parsing), or `defaultValue` when
  /// absent.
  func choice(_ name: String, default defaultValue: String) -> String { values[name] ?? defaultValue }

  /// The error for an option the command does not declare: renamed, or unknown with a guess.
  private static func unknown(_ argument: String, name: String, command: CommandSpec) -> CommandFailure {
    if let renamed = command.renamed.first(where: { $0.name == name }) {
      let label = command.option(renamed.newName)?.label ?? "--" + renamed.newName
      return usage("'\(command.name) --\(name)' is renamed --\(renamed.newName): give \(label)\(renamed.note)")
    }
    let guess = nearestName(to: name, among: command.options.map(\.name))
    return usage("unknown option \(argument.terminalSafe) for '\(command.name)'" + (guess.map { "; did you mean --\($0)?" } ?? ""))
  }

  /// Refuses a value outside the option's fixed choices, suggesting the nearest.
  private static func check(_ value: String, of spec: OptionSpec) throws(CommandFailure) {
    guard !spec.choices.isEmpty, !spec.choices.contains(value) else { return }
    if let refusal = spec.refusals[value] { throw usage(refusal) }
    let guess = nearestName(to: value, among: spec.choices).map { "; did you mean '\($0)'?" } ?? ""
    throw usage("--\(spec.name) takes one of \(spec.choices.joined(separator: ", ")), found '\(value.terminalSafe)'\(guess)")
  }

  /// Refuses two given options of one exclusive group.
  private static func checkGroups(_ given: [OptionSpec]) throws(CommandFailure) {
    for (index, first) in given.enumerated() {
      guard let group = first.group, let second = given[(index + 1)...].first(where: { $0.group == group }) else { continue }
      throw usage("--\(first.name) and --\(second.name) exclude each other; give one")
    }
  }
}

/// A usage error: exit status 2, with a pointer to the help.
func usage(_ message: String) -> CommandFailure {
  CommandFailure(message: message + " (see 'backprop-trace --help')", code: .unusableInput)
}
