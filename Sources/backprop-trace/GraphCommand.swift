import BackpropTracer

/// `backprop-trace graph FIXTURE [options]`: a graph fixture, or a network fixture as its
/// computational graph.
enum GraphCommand {
  static let spec = CommandSpec(
    name: "graph", operands: "FIXTURE",
    summary: "Derive the chain rule on a computational graph (a graph fixture, or a network fixture's error as a graph): forward values, the backward pass node by node with every sum over paths, symbolic derivatives and a gradient check; or Graphviz DOT.",
    description: """
      FIXTURE is a graph fixture (Fixtures/graphs/NAME.json: "inputs" with values, ordered \
      "definitions" such as "y = x^3 + 7", an optional "output" and "notation" leibniz or bars) or \
      a network fixture, drawn as the computational graph of its error on its (first) example with \
      the parameters as inputs. Formulas use + - * / ^, exp, log, sin, cos, tanh, sigma, max(0, u) \
      and step. A formula that cannot be read or evaluated at the given values is refused with its \
      position: FILE:LINE:COL: definitions[1]: col 9: expected ')'.
      """,
    options: [
      .choice(
        "format", ["markdown", "latex", "json", "dot", "html"],
        help: """
          Markdown with math (with an SVG figure beside --output FILE), standalone LaTeX with a TikZ \
          figure, every value under its key as JSON (value_y, grad_y, local_z_y), Graphviz DOT \
          with each node's value and gradient, or a self-contained web page that steps through \
          each value and gradient.
          """),
      .value("decimals", "N", help: "Decimals shown, 0 to 17 (default \(defaultDecimals))."),
      .flag("fragment", help: "With --format latex: only the body."),
      .outputFile,
    ],
    exitStatuses: [
      .status(.success, "the derivation was written"), .usual(.unusableInput),
      .usual(.internalError),
    ])

  /// Graph derivations print 6 decimals unless told otherwise.
  static let defaultDecimals = 6

  static func run(_ arguments: [String], output: inout some CommandOutput) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw usage("'graph' takes exactly one fixture file, found \(parsed.positionals.count)")
    }
    let format = parsed.choice("format", default: "markdown")
    if parsed.flag("fragment"), format != "latex" { throw usage("--fragment needs --format latex") }
    let numbers = NumberFormat(decimals: try parsed.integer("decimals", in: 0...17, default: defaultDecimals) ?? defaultDecimals)
    let target = try OutputTarget(parsed.value("output"), inputs: [path])
    let fixture = try load(path)
    let files: [(name: String, contents: String)]
    switch format {
    case "json": files = [("", GraphFiles.json(fixture))]
    case "dot": files = [("", GraphFiles.dot(fixture, numbers: numbers))]
    case "html": files = [("", HTMLRenderer.render(fixture, numbers: numbers))]
    default:
      files = GraphFiles.render(
        fixture, format: format == "latex" ? .latex : .markdown, numbers: numbers,
        base: target.figureBase, fragment: parsed.flag("fragment"))
    }
    try target.deliver(files, output: &output)
    return .success
  }

  /// A graph fixture, or a network fixture's graph; problems are exit status 2.
  static func load(_ path: String) throws(CommandFailure) -> GraphFixture {
    let bytes = try FileAccess.read(path)
    guard GraphFixture.isGraphFixture(bytes) else {
      let network = try Commands.loadFixture(path)
      do {
        return try network.graphFixture()
      } catch {
        throw CommandFailure(message: "\(path): \(error.description)", code: .unusableInput)
      }
    }
    do {
      return try GraphFixture.load(bytes, file: path)
    } catch {
      throw CommandFailure(message: error.description, code: .unusableInput)
    }
  }

  /// The check report of a graph fixture, or nil when `path` holds a network fixture.
  static func checkReport(_ path: String) throws(CommandFailure) -> CheckReport? {
    guard GraphFixture.isGraphFixture(try FileAccess.read(path)) else { return nil }
    return try load(path).check()
  }

  /// `trace --gradcheck`: each parameter's gradient beside its central difference.
  static func gradientCheckReport(_ fixture: Fixture) throws(CommandFailure) -> String {
    let checks: [GraphGradientCheck]
    do {
      checks = try fixture.gradientCheck()
    } catch {
      throw CommandFailure(message: "\(fixture.file): \(error.description)", code: .unusableInput)
    }
    guard !checks.isEmpty else {
      return "\(fixture.file)\n  no gradients: this fixture's run records none (a perceptron or an evaluation), so there is nothing to check\n"
    }
    let width = max(9, checks.map(\.input.count).max() ?? 0)
    func pad(_ text: String, _ count: Int) -> String { text + String(repeating: " ", count: max(0, count - text.count)) }
    let full = NumberFormat(decimals: 12), relative = NumberFormat(significant: 2)
    var lines = [fixture.file, "  " + pad("parameter", width) + "  " + pad("backprop", 18) + "  " + pad("central difference", 18) + "  relative error"]
    for check in checks {
      lines.append("  " + pad(check.input, width) + "  " + pad(full.plain(check.backprop), 18) + "  "
        + pad(full.plain(check.centralDifference), 18) + "  " + relative.plain(check.relativeError))
    }
    let worst = checks.map(\.relativeError).max() ?? 0
    lines.append("  largest relative error \(relative.plain(worst)) (h = 1e-6; central differences are accurate to about 1e-9 away from kinks)")
    return lines.joined(separator: "\n") + "\n"
  }
}
