import Foundation
import Testing

@testable import backprop_trace

/// `text` with every run of spaces and line breaks made one space, to find a sentence the help
/// wrapped.
func singleSpaced(_ text: String) -> String {
  text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
}

/// The `--name` words of `text`.
func optionWords(in text: some StringProtocol) -> [String] {
  var words: [String] = []
  var rest = Substring(text)
  while let range = rest.range(of: "--") {
    let name = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" }
    let before = range.lowerBound == rest.startIndex ? " " : rest[rest.index(before: range.lowerBound)]
    if !name.isEmpty, name.first?.isLetter == true, before == " " || before == "'" || before == "(" || before == "[" {
      words.append(String(name))
    }
    rest = rest[range.upperBound...].dropFirst(name.count)
  }
  return words
}

/// The help and the argument parser read one declaration per command, so they cannot drift:
/// every option is in its command's usage and help, the help names no option the command does
/// not take, and the README's table of commands is the generated usage.
@Suite("Help generated from the option declarations")
struct HelpTests {
  static let commands = Help.commands

  @Test("Every option of every command is in its usage line and in its help, with its value", arguments: commands.map(\.name))
  func everyOptionListed(name: String) throws {
    let spec = try #require(Self.commands.first { $0.name == name })
    let help = runTool(["help", name]), dashed = runTool([name, "--help"])
    #expect(help.code == 0 && dashed.code == 0)
    #expect(help.output == dashed.output, "help \(name) and \(name) --help print the same")
    for option in spec.options {
      #expect(spec.usage.contains(option.label), "the usage of \(name) lacks \(option.label)")
      #expect(help.output.contains("\n  \(option.label)"), "help \(name) lists no \(option.label)")
      #expect(!option.help.isEmpty, "--\(option.name) of \(name) has no help line")
    }
    #expect(singleSpaced(help.output).contains(singleSpaced(spec.usage)), "help \(name) shows the usage")
    #expect(singleSpaced(Help.overview).contains(singleSpaced(spec.usage)), "the overview shows the usage of \(name)")
  }

  @Test("A command's help names no option the command does not take", arguments: commands.map(\.name))
  func noOptionInvented(name: String) throws {
    let spec = try #require(Self.commands.first { $0.name == name })
    var text = runTool(["help", name]).output
    // 'trace --format json' names another command's option: checked against that command.
    for other in Self.commands {
      while let start = text.range(of: "'\(other.name) "), let end = text[start.upperBound...].firstIndex(of: "'") {
        let quoted = text[start.lowerBound...end]
        for word in optionWords(in: quoted) {
          #expect(other.option(word) != nil, "help \(name) mentions \(quoted), but \(other.name) has no --\(word)")
        }
        text.removeSubrange(start.lowerBound...end)
      }
    }
    let taken = Set(spec.options.map(\.name) + ["help"])
    for word in optionWords(in: text) where !taken.contains(word) {
      Issue.record("help \(name) mentions --\(word), which \(name) does not take")
    }
  }

  @Test("Option words are found after a space, a quote, a bracket or a parenthesis, not inside a word")
  func optionWordsFound() {
    #expect(optionWords(in: "a --b and 'trace --c' (--d) [--e N] e--f -- --1") == ["b", "c", "d", "e"])
  }

  @Test("The overview names only options that some command takes, and every command")
  func overview() {
    let run = runTool(["help"])
    #expect(run.code == 0 && run.output == Help.overview)
    let known = Set(Self.commands.flatMap { $0.options.map(\.name) } + ["help"])
    for word in optionWords(in: run.output) { #expect(known.contains(word), "the overview mentions --\(word)") }
    for command in Self.commands {
      #expect(run.output.contains("\n  \(command.name) ") || run.output.contains("\n  \(command.name)\n"), "no summary of \(command.name)")
    }
    let bare = runTool([])
    #expect(bare.code == 2 && bare.output.isEmpty)
    for command in Self.commands { #expect(singleSpaced(bare.error).contains(singleSpaced(command.usage))) }
    #expect(run.output.split(separator: "\n").allSatisfy { $0.count <= Help.width }, "a line is wider than \(Help.width)")
  }

  @Test("Every command's help lists what its exit statuses mean: 0, 2 and 3 at least", arguments: commands.map(\.name))
  func exitStatuses(name: String) throws {
    let help = runTool(["help", name]).output
    let section = try #require(help.components(separatedBy: "\nEXIT STATUS\n").last)
    for code: Int32 in [0, 2] { #expect(section.contains("  \(code)  "), "help \(name) lacks status \(code)") }
    if name != "help" { #expect(section.contains("  3  "), "help \(name) lacks status 3") }
    #expect(help.split(separator: "\n").allSatisfy { $0.count <= Help.width }, "a line of help \(name) is wider than \(Help.width)")
  }

  @Test("The parser takes every declared option and refuses any other", arguments: Commands.all.map(\.name))
  func parserReadsTheDeclarations(name: String) throws {
    let spec = try #require(Commands.all.first { $0.name == name })
    let required = spec.options.filter(\.isRequired).flatMap { ["--" + $0.name, "x"] }
    for option in spec.options where !option.isRequired {
      let value = option.choices.first ?? "x"
      let arguments = required + (option.takesValue ? ["--\(option.name)", value] : ["--\(option.name)"])
      let parsed = try Arguments(arguments, command: spec)
      #expect(option.takesValue ? parsed.value(option.name) == value : parsed.flag(option.name))
    }
    // Dispatch reaches the command's own declaration: an undeclared option is refused by name.
    let run = runTool([name, "--no-such-option"])
    #expect(run.code == 2 && run.error.hasPrefix("error: unknown option --no-such-option for '\(name)'"), "\(run.error)")
  }

  @Test("Required options, fixed choices and exclusive groups are enforced from the declaration")
  func declaredRules() {
    #expect(runTool(["assign", mazur, "--output", "x"]).error == "error: 'assign' needs --roster ROSTER.csv (see 'backprop-trace --help')\n")
    #expect(runTool(["trace", mazur, "--significant", "3", "--decimals", "2"]).error
      == "error: --significant and --decimals exclude each other; give one (see 'backprop-trace --help')\n")
    #expect(runTool(["trace", mazur, "--detail", "ful"]).error
      == "error: --detail takes one of full, compact, summary, tables, found 'ful'; did you mean 'full'? (see 'backprop-trace --help')\n")
    #expect(runTool(["export", mazur, "--format", "canvas-csv"]).error
      == "error: a Canvas CSV is a gradebook: write it with 'grade DIR SUBMISSIONS --gradebook FILE.csv --gradebook-format canvas' (see 'backprop-trace --help')\n")
  }

  @Test("The README's table of commands is the generated usage, a row per command")
  func readmeTable() throws {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let rows = readme.split(separator: "\n").filter { $0.hasPrefix("| `backprop-trace ") }
    #expect(rows.count == Self.commands.count, "\(rows.count) rows")
    for command in Self.commands {
      let cell = "| `" + command.usage.replacing("|", with: "\\|") + "` |"
      #expect(rows.contains { $0.hasPrefix(cell) }, "README's Commands table should start the row of \(command.name) with\n\(cell)")
    }
  }
}
