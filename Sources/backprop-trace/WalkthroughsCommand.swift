import BackpropTracer
import Foundation

/// `backprop-trace walkthroughs [--fixtures DIR] [--output DIR]`: regenerates every derivation.
enum WalkthroughsCommand {
  static let spec = CommandSpec(
    name: "walkthroughs", operands: "",
    summary: "Regenerate the derivations (Markdown, SVG, LaTeX, HTML) of every fixture and the index in Walkthroughs/.",
    description: """
      Renders every FIXTURE.json of the fixtures folder as FIXTURE.md (with its figure FIXTURE.svg), \
      FIXTURE.tex and the step-through page FIXTURE.html in the output folder, in the fixture's notation, with an index README.md; the \
      graph fixtures of its graphs/ folder alike. Each file is written atomically. Run it from the \
      repository's top folder after changing a fixture or a renderer; a test fails while \
      Walkthroughs/ differs from a fresh render.
      """,
    options: [
      .value("fixtures", "DIR", help: "The folder of fixtures (default Fixtures)."),
      .value("output", "DIR", help: "The folder to write (default Walkthroughs); created if missing."),
    ],
    exitStatuses: [
      .status(.success, "every file was written"),
      .status(.unusableInput, "a fixture is unusable, or a folder cannot be listed or written (nothing is changed)"),
      .status(.internalError, "files that could be written a moment before could not replace the previous ones: the folder is partly updated (please report it)"),
    ])

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.isEmpty else { throw usage("'walkthroughs' takes no file names, only --fixtures and --output") }
    let fixtures = parsed.value("fixtures") ?? "Fixtures"
    let destination = parsed.value("output") ?? "Walkthroughs"
    if destination.isEmpty { throw usage("--output needs a folder name, found an empty one") }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: fixtures).filter { $0.hasSuffix(".json") }.sorted()
    } catch {
      throw CommandFailure(message: "\(fixtures.terminalSafePath): cannot list the folder of fixtures", code: .unusableInput)
    }
    let sources = try names.map { (file) throws(CommandFailure) -> WalkthroughFiles.Source in
      (String(file.dropLast(".json".count)), try Commands.loadFixture(fixtures + "/" + file))
    }
    let graphFolder = fixtures + "/graphs"
    let graphNames = ((try? FileManager.default.contentsOfDirectory(atPath: graphFolder)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
    let graphs = try graphNames.map { (file) throws(CommandFailure) -> WalkthroughFiles.GraphSource in
      (String(file.dropLast(".json".count)), try GraphCommand.load(graphFolder + "/" + file))
    }
    let files: [(name: String, contents: String)]
    do {
      files = try WalkthroughFiles.render(sources, graphs: graphs)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
    do {
      try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    } catch {
      throw CommandFailure(message: "\(destination.terminalSafePath): cannot create the folder", code: .unusableInput)
    }
    let inputs = names.map { fixtures + "/" + $0 } + graphNames.map { graphFolder + "/" + $0 }
    try OutputFiles.write(files.map { OutputFile(path: destination + "/" + $0.name, contents: $0.contents, role: .named) }, inputs: inputs)
    output.write("wrote \(files.count) files to \(destination)\n")
    return .success
  }
}
