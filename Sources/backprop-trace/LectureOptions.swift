import BackpropTracer

/// The options of `trace` that shape a derivation for a lecture: notation, precision, detail.
enum LectureOptions {
  static let specs = [
    OptionSpec(name: "significant", takesValue: true), OptionSpec(name: "notation", takesValue: true),
    OptionSpec(name: "error-term", takesValue: false), OptionSpec(name: "rounded-intermediates", takesValue: false),
    OptionSpec(name: "detail", takesValue: true), OptionSpec(name: "fragment", takesValue: false),
  ]

  /// The render options from the arguments, the notation defaulting to the fixture's.
  static func parse(_ parsed: Arguments, fixture: Fixture, format: String) throws(CommandFailure) -> RenderOptions {
    if parsed.value("decimals") != nil, parsed.value("significant") != nil {
      throw usage("--decimals and --significant exclude each other; give one")
    }
    if parsed.flag("fragment"), format != "latex" { throw usage("--fragment needs --format latex") }
    let presets = NotationPreset.all.map(\.name)
    let notationName = try parsed.choice("notation", from: presets, default: fixture.notation?.name ?? "mazur")
    let detailName = try parsed.choice("detail", from: RenderOptions.Detail.allCases.map(\.rawValue), default: "full")
    let decimals = try parsed.integer("decimals", in: 0...17, default: NumberFormat.standard.decimals) ?? 9
    let numbers = try parsed.integer("significant", in: 1...17, default: nil).map(NumberFormat.init(significant:))
    return RenderOptions(
      notation: NotationPreset.named(notationName) ?? .mazur, errorTerm: parsed.flag("error-term"),
      format: numbers ?? NumberFormat(decimals: decimals),
      detail: RenderOptions.Detail(rawValue: detailName) ?? .full, roundedIntermediates: parsed.flag("rounded-intermediates"))
  }

  /// A path without the extension of its last component: `out/lecture.md` → `out/lecture`.
  static func stem(of path: String) -> String {
    let last = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return path }
    return String(path.dropLast(last.distance(from: dot, to: last.endIndex)))
  }
}
