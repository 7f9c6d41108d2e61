import Foundation
import BackpropTracer

/// The options of `trace` that shape a derivation for a lecture: notation, precision, detail.
enum LectureOptions {
  static let specs: [OptionSpec] = [
    .choice(
      "notation", NotationPreset.all.map(\.name), valueName: "NAME",
      help: "\(NotationPreset.all.map(\.name).joined(separator: ", ")) (default: the fixture's \"notation\", else mazur)."),
    .flag(
      "error-term",
      help: "Show δ as the error term Err = −∂E/∂net and the update as w ← w + η·Err·out (the signs shown flip; the numbers do not)."),
    .value(
      "decimals", "N", group: "precision",
      help: "Decimals shown, 0 to 17 (default 9; trailing zeros are dropped). Values are always computed in double precision."),
    .value("significant", "N", group: "precision", help: "Significant digits shown, 1 to 17, instead of --decimals."),
    .flag(
      "rounded-intermediates",
      help: """
        Compute by hand: round every given value and intermediate as printed before it is used, \
        and end with the drift from full precision of each updated parameter and of the total error.
        """),
    .choice(
      "detail", RenderOptions.Detail.allCases.map(\.rawValue),
      help: """
        full (every parameter derived, default), compact (for a handout: one neuron and one \
        weight per layer with their formulas, every other value on one row of numbers), summary \
        (one neuron and one weight per layer derived, the rest in tables), or tables (values only). Above \(AnswerSheet.grouped(fullDetailLimit)) \
        parameters Markdown and LaTeX default to summary (a note on stderr says so).
        """),
    .value(
      "only", "NAMES",
      help: "Derive only these neurons and parameters (comma-separated, e.g. h1,w5) and leave every other value out."),
    .flag(
      "explain", group: "explain",
      help: "Derive each slope used (the activations', the loss's) from its definition, once, where it is first needed (the default)."),
    .flag("no-explain", group: "explain", help: "Leave the slopes' derivations out: the bare derivation."),
    .choice(
      "figure", ["bias-nodes"],
      help: "bias-nodes: draw each layer's biases as a unit +1 feeding it, a bias on each of its edges, instead of under the neurons."),
    .flag("fragment", help: "With --format latex: only the body, to \\input into slides."),
  ]

  /// Above this many parameters Markdown and LaTeX default to `--detail summary`.
  static let fullDetailLimit = 2_000

  /// The render options from the arguments, the notation defaulting to the fixture's.
  static func parse(_ parsed: Arguments, fixture: Fixture, format: String) throws(CommandFailure) -> RenderOptions {
    if parsed.flag("fragment"), format != "latex" { throw usage("--fragment needs --format latex") }
    let notationName = parsed.choice("notation", default: fixture.defaultNotation.name)
    let large = fixture.network.parameters.count > fullDetailLimit
    let detailName = parsed.choice("detail", default: large ? "summary" : "full")
    let decimals = try parsed.integer("decimals", in: 0...17, default: NumberFormat.standard.decimals) ?? 9
    let numbers = try parsed.integer("significant", in: 1...17, default: nil).map(NumberFormat.init(significant:))
    return RenderOptions(
      notation: NotationPreset.named(notationName) ?? .mazur, errorTerm: parsed.flag("error-term"),
      format: numbers ?? NumberFormat(decimals: decimals),
      detail: RenderOptions.Detail(rawValue: detailName) ?? .full, roundedIntermediates: parsed.flag("rounded-intermediates"),
      only: try only(parsed, network: fixture.network), explain: !parsed.flag("no-explain"),
      biasNodes: parsed.value("figure") == "bias-nodes")
  }

  /// The names of `--only a,b,c`, each a neuron or a parameter of the network.
  private static func only(_ parsed: Arguments, network: Network) throws(CommandFailure) -> [String]? {
    guard let text = parsed.value("only") else { return nil }
    let names = text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
    let known = network.neurons.map(\.name) + network.parameters.map(\.name)
    let knownSet = Set(known)
    for name in names where !knownSet.contains(name) {
      let guess = nearestName(to: name, among: known).map { "; did you mean '\($0)'?" } ?? ""
      throw usage("--only: no neuron or parameter is called '\(name)'\(guess)")
    }
    guard !names.isEmpty else { throw usage("--only needs a comma-separated list of neuron and parameter names") }
    return names
  }

  /// The stderr note when a large network's Markdown or LaTeX falls back to `--detail summary`.
  static func largeNetworkNote(_ parsed: Arguments, fixture: Fixture, format: String) -> String? {
    let count = fixture.network.parameters.count
    guard format != "json", count > fullDetailLimit, parsed.value("detail") == nil, parsed.value("only") == nil else { return nil }
    return "note: the network has \(count) parameters (more than \(fullDetailLimit)), so the derivation is a summary;"
      + " pass --detail full for every step, or --only NAME,... for chosen neurons and parameters\n"
  }

  /// A path without the extension of its last component: `out/lecture.md` → `out/lecture`.
  static func stem(of path: String) -> String {
    let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return path }
    return String(path.dropLast(last.distance(from: dot, to: last.endIndex)))
  }
}
