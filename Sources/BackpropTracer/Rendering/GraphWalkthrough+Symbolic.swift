extension GraphWalkthrough {
  /// The longest formula (in TeX characters) printed; longer ones (a big network's graph) are
  /// left out and only their value is shown.
  static let longestFormula = 400

  /// The most operations a formula may have to be printed and evaluated; a larger one cannot
  /// print within `longestFormula` (each operation prints at least a character), and is left
  /// out unread, so that a deep graph's symbolic derivatives cost no more than this each.
  static let largestFormula = 200

  /// The most nodes a graph may have for its symbolic derivatives to be worked out (their
  /// formulas grow with the graph's depth, so larger graphs would have none short enough).
  static let largestSymbolicGraph = 200

  /// d output/d input for each input as a formula: with the definitions' names, then expanded
  /// in the inputs, then evaluated. A formula too long to read is left out, and a derivative
  /// whose formulas are both left out shows the backward pass's gradient.
  func symbolicBlocks() -> [Document.Block] {
    let heading = Document.Block.heading(level: 2, text: "Symbolic derivatives")
    guard graph.nodes.count <= Self.largestSymbolicGraph else {
      return [heading, .paragraph([.text("The graph has \(graph.nodes.count) nodes: its symbolic derivatives are far too long to read, so the backward pass above is the derivation.")])]
    }
    let named = graph.symbolicGradient()
    let expanded = graph.symbolicGradient(expandingDefinitions: true)
    let values = (try? graph.valuesByName()) ?? [:]
    let d = graph.inputIndices.count == 1 ? "\\mathrm{d}" : "\\partial"
    var omitted = false
    let lines = zip(named, expanded).map { named, expanded -> Document.AlignedLine in
      let symbol = "\\frac{\(d) \(tex(outputName))}{\(d) \(tex(named.name))}"
      let readable = [named.formula, expanded.formula].compactMap { $0 }.filter { !$0.exceeds(operations: Self.largestFormula) }
      var steps = readable.map(ExpressionPrinter.latex).filter { $0.count <= Self.longestFormula }
      omitted = omitted || steps.count < 2
      if let value = readable.last?.value(in: values) {
        steps.append(number(value))
      } else if let input = graph.index(of: named.name) {
        steps.append(number(trace.nodes[input].gradient))
      }
      return Document.AlignedLine(symbol: symbol, steps: Self.distinct(steps, after: symbol))
    }
    var text: [Document.Inline] = [
      .text("Symbol to symbol: the chain rule over the definitions, lightly simplified, first in the definitions' names, then with each definition replaced by its formula in the inputs, then evaluated; the values equal the gradients of the backward pass."),
    ]
    if omitted { text.append(.text(" Formulas too long to read are left out.")) }
    return [heading, .paragraph(text), .aligned(AlignedMath(lines))]
  }

  /// A central difference beside each input's backpropagated gradient (seed 003's check).
  /// The most node evaluations a gradient check may take (two passes over the graph per
  /// input): a network's error graph with thousands of parameters is left unchecked.
  static let largestGradientCheck = 1_000_000

  func gradientCheckBlocks() -> [Document.Block] {
    let heading = Document.Block.heading(level: 2, text: "Gradient check")
    let inputs = graph.inputIndices.count
    guard 2 * inputs * graph.nodes.count <= Self.largestGradientCheck else {
      return [heading, .paragraph([.text("A central difference needs two passes over the graph's \(graph.nodes.count) nodes for each of its \(inputs) inputs, too many to take here.")])]
    }
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

extension ExpressionTree {
  /// True when the tree has more than `operations` nodes, found by a walk that stops as soon as
  /// it has seen that many (a derivative of a deep graph can be too large to walk whole).
  func exceeds(operations: Int) -> Bool {
    var seen = 0
    return !visitPreOrder { _ in
      seen += 1
      return seen <= operations
    }
  }
}
