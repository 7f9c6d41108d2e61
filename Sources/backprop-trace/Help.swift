import BackpropTracer

/// The help texts, generated from the commands' declarations (`CommandSpec`): the overview of
/// `backprop-trace help` and the usage, options and exit statuses of `help COMMAND`.
enum Help {
  /// The widest line of the help, in characters.
  static let width = 96
  /// The column where an option's description starts.
  static let descriptionColumn = 26
  /// The column where a command's summary starts in the overview.
  static let summaryColumn = 10

  /// `backprop-trace help [COMMAND]`.
  static let spec = CommandSpec(
    name: "help", operands: "[COMMAND]",
    summary: "Print this overview, or one command's usage, options and exit statuses.",
    description: "Prints the usage of every command, or of COMMAND with every option it takes.",
    options: [],
    exitStatuses: [.status(.success, "the help was printed"), .status(.unusableInput, "COMMAND is not a command")])

  /// Every command, in the order the overview lists them.
  static var commands: [CommandSpec] { Commands.all + [spec] }

  /// The overview: every command's usage and summary, and the exit statuses.
  static var overview: String {
    var lines = ["backprop-trace: trace backpropagation step by step, at the level of single numbers.", ""] + usageSection
    lines += ["", "COMMANDS"]
    for command in commands {
      let name = "  " + command.name
      let column = String(repeating: " ", count: summaryColumn)
      let summary = wrap(command.summary, indent: column)
      if name.count + 2 <= summaryColumn, let first = summary.first {
        lines.append(name + first.dropFirst(name.count))
        lines += summary.dropFirst()
      } else {
        lines += [name] + summary
      }
    }
    lines += ["", "EXIT STATUS"] + ExitCode.allCases.map(ExitStatus.usual).flatMap(statusLines)
    lines += ["", "Run 'backprop-trace help COMMAND' (or 'backprop-trace COMMAND --help') for a command's options."]
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// What the tool prints, to standard error, when run without a command: every usage.
  static var bare: String {
    (usageSection + ["", "Run 'backprop-trace help' for what each command does and its exit statuses."]).joined(separator: "\n") + "\n"
  }

  /// USAGE with every command's usage.
  private static var usageSection: [String] { ["USAGE"] + commands.flatMap(usageLines) }

  /// The help of `command`: usage, description, options, exit statuses.
  static func text(for command: String) throws(CommandFailure) -> String {
    if ["--help", "-h"].contains(command) { return overview }
    guard let spec = commands.first(where: { $0.name == command }) else {
      let guess = nearestName(to: command, among: commands.map(\.name))
      throw usage("unknown command '\(command.terminalSafe)'" + (guess.map { "; did you mean '\($0)'?" } ?? ""))
    }
    return text(of: spec)
  }

  /// The help of one command.
  static func text(of spec: CommandSpec) -> String {
    var lines = ["USAGE"] + usageLines(spec) + [""] + wrap(spec.description, indent: "")
    if !spec.options.isEmpty {
      lines += ["", "OPTIONS"] + spec.options.flatMap(optionLines)
    }
    lines += ["", "EXIT STATUS"]
    lines += spec.exitStatuses.flatMap(statusLines)
    return lines.joined(separator: "\n") + "\n\n"
  }

  /// An exit status and its meaning, wrapped below the meaning's start.
  static func statusLines(_ status: ExitStatus) -> [String] {
    wrap(status.meaning, indent: "     ", first: "  \(status.code.rawValue)  ")
  }

  /// The usage, wrapped between its parts, each further line aligned after the command's name.
  static func usageLines(_ spec: CommandSpec) -> [String] {
    let parts = spec.usageParts
    let indent = String(repeating: " ", count: 2 + parts[0].count + 1 + parts[1].count + 1)
    var lines = ["  " + parts[0] + " " + parts[1]]
    for part in parts.dropFirst(2) {
      let last = lines[lines.count - 1]
      if last.count + 1 + part.count <= width || last.count == indent.count {
        lines[lines.count - 1] = last + (last.count == indent.count ? "" : " ") + part
      } else {
        lines.append(indent + part)
      }
    }
    return lines
  }

  /// An option's label and its description, from `descriptionColumn` (on the label's line when
  /// it fits, else below it).
  static func optionLines(_ option: OptionSpec) -> [String] {
    let label = "  " + option.label
    let column = String(repeating: " ", count: descriptionColumn)
    let description = wrap(option.help, indent: column)
    guard label.count + 1 < descriptionColumn, let first = description.first else { return [label] + description }
    return [label + first.dropFirst(label.count)] + description.dropFirst()
  }

  /// `text` wrapped to `width`: each of its lines a paragraph (an empty line stays empty), each
  /// output line starting with `indent` (the first with `first` when given), and a paragraph's
  /// own leading spaces kept on its first line and two more on the others (a list item's).
  static func wrap(_ text: String, indent: String, first: String? = nil) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      guard !paragraph.isEmpty else {
        lines.append("")
        continue
      }
      let ownIndent = String(paragraph.prefix { $0 == " " })
      let lead = indent + ownIndent + (ownIndent.isEmpty ? "" : "  ")
      var line = (lines.isEmpty ? first : nil).map { $0 + ownIndent } ?? indent + ownIndent
      var empty = true
      for word in paragraph.split(separator: " ") {
        if !empty, line.count + 1 + word.count > width {
          lines.append(line)
          (line, empty) = (lead, true)
        }
        line += (empty ? "" : " ") + word
        empty = false
      }
      lines.append(line)
    }
    return lines
  }
}
