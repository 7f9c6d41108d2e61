import BackpropTracer

/// Where a command delivers what it renders: standard output, or the file `--output` names
/// (with figures beside it), never over one of the command's inputs.
///
/// Made before the command's work, so an output that cannot be written is refused (exit
/// status 2) before anything is computed; delivered once the work is done.
struct OutputTarget {
  /// Where the text goes.
  let destination: OutputDestination
  /// The path as given, for messages.
  private let given: String?
  /// The files the command reads, which no output may replace.
  private let inputs: [String]

  /// The target of `--output path` (nil: standard output) for a command reading `inputs`.
  init(_ path: String?, inputs: [String]) throws(CommandFailure) {
    destination = try OutputDestination.of(path)
    given = path
    self.inputs = inputs
    if let path { try OutputFiles.checkNotAnInput(destination, given: path, inputs: inputs) }
  }

  /// The base of the figures' names (`out/lecture` for `out/lecture.md`), or nil when the output
  /// is not a file: figures are then left out, as on standard output.
  var figureBase: String? {
    guard case let .file(path) = destination else { return nil }
    return LectureOptions.stem(of: path)
  }

  /// Delivers `files`: the first one's text to the destination, and for a file destination the
  /// others (figures, named by their paths) beside it, all or nothing (see `OutputFiles`).
  func deliver(_ files: [(name: String, contents: String)], output: inout some CommandOutput) throws(CommandFailure) {
    try deliver(Array((files.first?.contents ?? "").utf8), figures: Array(files.dropFirst()), output: &output)
  }

  /// Delivers `text`, UTF-8 bytes, to the destination, and for a file destination `figures`
  /// (named by their paths) beside it, all or nothing: `deliver` for text made as bytes.
  func deliver(
    _ text: [UInt8], figures: [(name: String, contents: String)], output: inout some CommandOutput
  ) throws(CommandFailure) {
    switch destination {
    case .standardOutput:
      output.write(String(decoding: text, as: UTF8.self))
    case .descriptor, .device:
      try OutputFiles.write([OutputFile(path: given ?? "", bytes: text, role: .named)], inputs: inputs)
    case let .file(path):
      let figures = figures.map { OutputFile(path: $0.name, contents: $0.contents, role: .figure(of: path)) }
      try OutputFiles.write(figures + [OutputFile(path: path, bytes: text, role: .named)], inputs: inputs)
    }
  }

  /// Delivers one text (a report): `deliver` with no figures.
  func deliver(_ text: String, output: inout some CommandOutput) throws(CommandFailure) {
    try deliver([("", text)], output: &output)
  }
}

extension OptionSpec {
  /// `--output FILE` of the commands that deliver through an `OutputTarget`.
  static let outputFile = OptionSpec.value(
    "output", "FILE",
    help: """
      Write to FILE (atomically) instead of standard output; never onto an input or a folder. A \
      device, a FIFO or /dev/stdout is written through (no figure); a figure goes beside FILE only \
      where no file is or over a figure this tool wrote.
      """)
}
