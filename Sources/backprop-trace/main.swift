import Foundation

/// Standard output and standard error of the process.
struct StandardStreams: CommandOutput {
  mutating func write(_ text: String) { FileHandle.standardOutput.write(Data(text.utf8)) }
  mutating func writeError(_ text: String) { FileHandle.standardError.write(Data(text.utf8)) }
}

var streams = StandardStreams()
exit(Commands.run(Array(CommandLine.arguments.dropFirst()), output: &streams).rawValue)
