/// One option of a command, declared once: the parser (`Arguments`), the usage line and the
/// option list of the help (`Help`) all read it.
struct OptionSpec: Sendable {
  /// The name without `--`.
  let name: String
  /// The value's name in the help (`FILE`, `N`), or nil for a flag, which takes no value.
  let valueName: String?
  /// The values allowed, when they are fixed: the parser refuses any other, and the help shows
  /// them (`markdown|latex|json`) unless a value name is given.
  let choices: [String]
  /// Values refused with a message of their own (a value that belongs to another command), by value.
  let refusals: [String: String]
  /// What the option does, one paragraph per line (wrapped to the help's width); a line that
  /// starts with spaces keeps them, as a list item.
  let help: String
  /// Options sharing a group exclude each other: the usage shows them as `[--a N | --b N]` and
  /// the parser refuses two of them.
  let group: String?
  /// A required option: the usage shows it without brackets and the parser refuses its absence.
  let isRequired: Bool

  /// An option that takes no value.
  static func flag(_ name: String, group: String? = nil, help: String) -> OptionSpec {
    OptionSpec(name: name, valueName: nil, choices: [], refusals: [:], help: help, group: group, isRequired: false)
  }

  /// An option that takes a value named `valueName` in the help.
  static func value(
    _ name: String, _ valueName: String, group: String? = nil, required: Bool = false, help: String
  ) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, choices: [], refusals: [:], help: help, group: group, isRequired: required)
  }

  /// An option that takes one of `choices`, shown as `a|b|c` unless `valueName` is given; the
  /// values of `refusing` get their own message.
  static func choice(
    _ name: String, _ choices: [String], valueName: String? = nil, group: String? = nil,
    refusing refusals: [String: String] = [:], help: String
  ) -> OptionSpec {
    OptionSpec(name: name, valueName: valueName, choices: choices, refusals: refusals, help: help, group: group, isRequired: false)
  }

  /// Whether the option takes a value.
  var takesValue: Bool { valueName != nil || !choices.isEmpty }

  /// The option as the help writes it: `--name`, `--name FILE` or `--name a|b|c`.
  var label: String {
    guard takesValue else { return "--" + name }
    return "--\(name) " + (valueName ?? choices.joined(separator: "|"))
  }
}

/// An option a command no longer takes under that name: giving it is a usage error that names
/// the new one, so an old script stops with a clear message rather than doing something else.
struct RenamedOption: Sendable {
  /// The old name, without `--`.
  let name: String
  /// The new name, without `--`.
  let newName: String
  /// Said after "renamed to --NEW": why, or what the old name means elsewhere.
  let note: String
}

/// A command as the parser and the help know it: its operands, options and exit statuses.
struct CommandSpec: Sendable {
  /// The command's name (`trace`).
  let name: String
  /// What follows the name before the options: `FIXTURE`, `FIXTURE ANSWERS...`.
  let operands: String
  /// One or two sentences for the overview's COMMANDS.
  let summary: String
  /// The paragraphs of `help NAME` between the usage and the options, one per line.
  let description: String
  /// The options, in the order the usage and the help list them.
  let options: [OptionSpec]
  /// Old option names refused with a message that names the new one.
  var renamed: [RenamedOption] = []
  /// What each exit status means for this command, in the order of the statuses.
  let exitStatuses: [ExitStatus]

  /// The option called `name`, if the command has one.
  func option(_ name: String) -> OptionSpec? { options.first { $0.name == name } }

  /// The usage on one line: `backprop-trace NAME OPERANDS [--option VALUE] …`.
  var usage: String { usageParts.joined(separator: " ") }

  /// The parts of the usage that a line break may separate: the program, the name, each
  /// operand, and each option (or group of exclusive options) with its brackets.
  var usageParts: [String] {
    var parts = ["backprop-trace", name] + operands.split(separator: " ").map(String.init)
    var groupsShown: Set<String> = []
    for option in options {
      guard let group = option.group else {
        parts.append(option.isRequired ? option.label : "[\(option.label)]")
        continue
      }
      guard groupsShown.insert(group).inserted else { continue }
      parts.append("[" + options.filter { $0.group == group }.map(\.label).joined(separator: " | ") + "]")
    }
    return parts
  }

}
