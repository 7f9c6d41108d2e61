extension GraphWalkthrough {
  /// The longest formula (in TeX characters) printed; longer ones (a big network's graph) are
  /// left out and only their value is shown.
  static let longestFormula = 400

  /// d output/d input for each input as a formula: with the definitions' names, then expanded
  /// in the inputs, then evaluated.
  func symbolicBlocks() -> [Document.Block] {
    let named = graph.symbolicGradient()
    let expanded = graph.symbolicGradient(expandingDefinitions: true)
    let values = (try? graph.valuesByName()) ?? [:]
    let d = graph.inputIndices.count == 1 ? "\\mathrm{d}" : "\\partial"
    var omitted = false
    let lines = zip(named, expanded).map { named, expanded -> Document.AlignedLine in
      let symbol = "\\frac{\(d) \(tex(outputName))}{\(d) \(tex(named.name))}"
      var steps = [named.formula, expanded.formula].compactMap { $0.map(ExpressionPrinter.latex) }.filter { $0.count <= Self.longestFormula }
      omitted = omitted || steps.count < 2
      let gradient = graph.index(of: named.name).map { trace.nodes[$0].gradient }
      if let value = expanded.formula?.value(in: values) ?? named.formula?.value(in: values) ?? gradient { steps.append(number(value)) }
      return Document.AlignedLine(symbol: symbol, steps: Self.distinct(steps, after: symbol))
    }
    var text: [Document.Inline] = [
      .text("Symbol to symbol: the chain rule over the definitions, lightly simplified, first in the definitions' names, then with each definition replaced by its formula in the inputs, then evaluated; the values equal the gradients of the backward pass."),
    ]
    if omitted { text.append(.text(" Formulas too long to read are left out.")) }
    return [.heading(level: 2, text: "Symbolic derivatives"), .paragraph(text), .aligned(AlignedMath(lines))]
  }

  /// A central difference beside each input's backpropagated gradient (seed 003's check).
  func gradientCheckBlocks() -> [Document.Block] {
    let heading = Document.Block.heading(level: 2, text: "Gradient check")
    guard let checks = try? graph.gradientCheck() else {
      return [heading, .paragraph([.text("The graph is undefined just beside the inputs, so no central difference can be taken.")])]
    }
    let relative = NumberFormat(significant: 2)
    let rows = checks.map { check -> [[Document.Inline]] in
      [[.math(tex(check.input))], [.math(number(check.backprop))], [.math(number(check.centralDifference))],
       [.math(relative.tex(check.relativeError))]]
    }
    return [
      heading,
      .paragraph([
        .text("Each gradient beside the central difference "),
        .math("(f(x + h) - f(x - h)) / 2h"), .text(" with "), .math("h = 10^{-6}"),
        .text(" and the relative error "), .math("\\lvert a - b \\rvert / \\max(1, \\lvert a \\rvert, \\lvert b \\rvert)"), .text(":"),
      ]),
      .table(header: ["input", "backpropagation", "central difference", "relative error"], rows: rows),
    ]
  }
}
