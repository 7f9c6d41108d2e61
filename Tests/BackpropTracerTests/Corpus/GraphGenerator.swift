import BackpropTracer

/// Valid graph fixtures from a seed, as JSON text: random definitions over `+ - * / ^` and
/// every function of the expression language (each seed puts one chosen function, cycling
/// through all of them, on the path to the output), names with digits, capitals and Greek
/// letters, both notations, hostile titles.
enum GraphGenerator {
  /// Every function a definition may call, as a template around an operand.
  static let functions = [
    "exp(%)", "log(1 + %^2)", "sin(%)", "cos(%)", "tanh(%)", "sigma(%)", "sigmoid(%)", "relu(%)", "max(0, %)", "step(%)",
  ]

  /// The graph fixture of `seed`, as JSON text; seeds may give graphs whose values are not
  /// finite, which the loader refuses (the corpus then takes the next seed).
  static func json(seed: UInt64) -> String {
    var random = SplitMix64(seed: seed)
    let graph = RandomGraph.random(using: &random)
    let names = [["x", "theta", "w1"], ["a", "b1", "c"], ["t", "y0", "zIn"]].randomElement(using: &random) ?? ["a", "b", "c"]
    let definitionNames = ["u", "v", "h", "out"].randomElement(using: &random) ?? "u"
    var symbols = Array(names.prefix(graph.inputValues.count))
    var definitions: [String] = []
    for (index, definition) in graph.definitions.enumerated() {
      definitions.append("\(definitionNames)\(index + 1) = \(RandomGraph.text(definition, symbols))")
      symbols.append("\(definitionNames)\(index + 1)")
    }
    let function = functions[Int(seed % UInt64(functions.count))]
    let last = symbols[symbols.count - 1]
    definitions.append("L = " + function.replacing("%", with: last) + " * " + (symbols.first ?? "1"))
    var members: [(String, JSONText)] = [
      ("title", .string(CorpusTitles.title(using: &random))),
      ("inputs", .object(zip(names, graph.inputValues).map { ($0, .number($1)) })),
      ("definitions", definitions.json), ("output", .string("L")),
    ]
    let source = CorpusTitles.source(using: &random)
    if !source.isEmpty { members.append(("source", .string(source))) }
    if Bool.random(using: &random) { members.append(("notation", .string("bars"))) }
    return JSONText.object(members).text
  }
}
