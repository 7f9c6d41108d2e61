#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

StandardStreams.prepare()
ProcessMemory.keepFreedMemory()
var streams = StandardStreams()
exit(Commands.run(Array(CommandLine.arguments.dropFirst()), output: &streams).rawValue)
