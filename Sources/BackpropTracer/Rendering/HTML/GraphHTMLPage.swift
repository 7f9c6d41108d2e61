extension HTMLRenderer {
  /// The step-through page of a computational graph (`graph --format html`): the inputs and
  /// definitions, then each definition's value and each node's gradient (the sum over the paths
  /// back from the output) as a step, in MathML printed from the graph's formula trees; the
  /// figure (which shows every value and gradient) and the table of every value appear once
  /// every step is revealed. Numbers are printed with `numbers`.
  package static func render(_ fixture: GraphFixture, numbers: NumberFormat = NumberFormat(decimals: 6)) -> String {
    GraphHTMLPage(walkthrough: GraphWalkthrough(fixture: fixture, format: numbers)).render()
  }
}

/// The pieces of a graph's page.
struct GraphHTMLPage {
  let walkthrough: GraphWalkthrough

  private var graph: ComputationalGraph { walkthrough.graph }
  private var trace: GraphTrace { walkthrough.trace }

  func render() -> String {
    let fixture = walkthrough.fixture
    return HTMLPage.document(
      title: fixture.title, source: fixture.source, notice: nil, judge: .standard, capacity: 16_384 + graph.nodes.count * 2_000
    ) { output in
      var written = Set<String>()
      writeGraph(to: &output, written: &written)
      var number = 0
      output += "<section class=\"group\">\n<h2>Forward pass</h2>\n"
      for index in graph.nodes.indices where graph.nodes[index].role == .definition {
        number += 1
        forwardStep(index, number: number).write(to: &output)
        written.insert("value_" + graph.nodes[index].id)
      }
      output += "</section>\n<section class=\"group\">\n<h2>Backward pass</h2>\n"
      for index in trace.backwardOrder {
        number += 1
        backwardStep(index, number: number).write(to: &output)
        written.insert("grad_" + graph.nodes[index].id)
      }
      output += "</section>\n"
      writeResults(to: &output, written: written)
    }
  }

  /// The inputs (given values) and the definitions, in symbols.
  private func writeGraph(to output: inout String, written: inout Set<String>) {
    output += "<section>\n<h2>The graph</h2>\n<table class=\"given\">\n<caption>The inputs</caption>\n<tbody>\n"
    for index in graph.inputIndices {
      let key = "value_" + graph.nodes[index].id
      output += row(key: key, symbol: MathMLExpressionSyntax.name(graph.nodes[index].id), value: trace.nodes[index].value)
      written.insert(key)
    }
    output += "</tbody>\n</table>\n<p>The definitions, in the order they are computed:</p>\n<ul>\n"
    for node in graph.nodes where node.role == .definition {
      output += "<li><math>\(MathMLExpressionSyntax.name(node.id))<mo>=</mo>\(MathMLExpressionSyntax.print(node.source))</math></li>\n"
    }
    output += "</ul>\n</section>\n"
  }

  /// The figure and every value under its key not yet shown (inner nodes' values, local
  /// derivatives): results, shown once every step is revealed.
  private func writeResults(to output: inout String, written: Set<String>) {
    output += "<section class=\"group\">\n<h2>The graph with every value</h2>\n"
    HTMLPage.write(walkthrough.figureBlocks(), title: walkthrough.fixture.title, to: &output)
    output += "<table class=\"given\">\n<caption>Every other value under its key</caption>\n<tbody>\n"
    for (key, value) in trace.printedValues(of: graph) where !written.contains(key) {
      output += row(key: key, symbol: "<mtext>\(Escaping.svg(key))</mtext>", value: value)
    }
    output += "</tbody>\n</table>\n</section>\n"
  }

  private func row(key: String, symbol: String, value: Double) -> String {
    "<tr data-key=\"\(Escaping.svg(key))\" data-value=\"\(JSONRenderer.number(value))\"><td><math>\(symbol)</math></td>"
      + "<td><code>\(Escaping.svg(key))</code></td><td><math>\(number(value))</math></td></tr>\n"
  }

  /// `name = formula = formula with the values substituted = value`.
  private func forwardStep(_ index: Int, number: Int) -> StepMarkup {
    let node = graph.nodes[index]
    let value = trace.nodes[index].value
    let substituted = node.source.substituting { name in
      graph.index(of: name).map { .number(walkthrough.format.rounded(trace.nodes[$0].value)) }
    }
    var step = StepMarkup(number: number, key: "value_" + node.id, shown: value, spoken: node.id)
    step.symbol = MathMLExpressionSyntax.name(node.id)
    step.result = self.number(value)
    step.steps = distinct([MathMLExpressionSyntax.print(node.source), MathMLExpressionSyntax.print(substituted)], step)
    let tex = [ExpressionPrinter.latex(node.source), walkthrough.substituted(node.source), walkthrough.number(value)]
    step.tex = AlignedMath([
      Document.AlignedLine(symbol: walkthrough.tex(node.id), steps: GraphWalkthrough.distinct(tex, after: walkthrough.tex(node.id)))
    ]).body
    return step
  }

  /// The gradient of a node: the sum over its consumers of their gradient times the local
  /// derivative, in symbols (Leibniz notation only), as formulas, in numbers, then its value.
  private func backwardStep(_ index: Int, number: Int) -> StepMarkup {
    let node = graph.nodes[index]
    let gradient = trace.nodes[index].gradient
    var step = StepMarkup(number: number, key: "grad_" + node.id, shown: gradient, spoken: "grad " + node.id)
    step.symbol = self.gradient(node.id)
    step.result = self.number(gradient)
    step.tex = AlignedMath([walkthrough.backwardLine(index)]).body
    guard index != graph.output else { return step }
    var chain: [String] = [], formulas: [String] = [], numbers: [String] = []
    for (consumer, local) in walkthrough.consumers(of: index) {
      let user = graph.nodes[consumer]
      let derivative = user.formula.derivative(withRespectTo: node.id)
      var formula = MathMLExpressionSyntax.print(derivative)
      if [.sum, .negation].contains(ExpressionPrinter.strength(derivative)) { formula = "<mrow><mo>(</mo>\(formula)<mo>)</mo></mrow>" }
      let partial = "<mfrac><mrow><mo>∂</mo>\(MathMLExpressionSyntax.name(user.id))</mrow><mrow><mo>∂</mo>\(MathMLExpressionSyntax.name(node.id))</mrow></mfrac>"
      if consumer == graph.output {
        chain.append(partial)
        formulas.append(formula)
        numbers.append(self.number(local))
      } else {
        chain.append(self.gradient(user.id) + partial)
        formulas.append(self.gradient(user.id) + "<mo>·</mo>" + formula)
        numbers.append(self.number(trace.nodes[consumer].gradient) + "<mo>·</mo>" + self.number(local, wrapped: true))
      }
    }
    let sums = [chain, formulas, numbers].map { $0.joined(separator: "<mo>+</mo>") }
    step.steps = distinct(walkthrough.fixture.notation == .leibniz ? sums : Array(sums.dropFirst()), step)
    return step
  }

  /// `steps` without one that repeats the step before it (or the symbol, for the first) or
  /// reads as the result.
  private func distinct(_ steps: [String], _ step: StepMarkup) -> [String] {
    var kept: [String] = []
    for text in steps where text != (kept.last ?? step.symbol) && text != step.result { kept.append(text) }
    return kept
  }

  /// ∂output/∂name in the fixture's notation: a fraction, or the name under a bar.
  private func gradient(_ name: String) -> String {
    let symbol = MathMLExpressionSyntax.name(name)
    switch walkthrough.fixture.notation {
    case .leibniz:
      return "<mfrac><mrow><mo>∂</mo>\(MathMLExpressionSyntax.name(walkthrough.outputName))</mrow><mrow><mo>∂</mo>\(symbol)</mrow></mfrac>"
    case .bars:
      return "<mover accent=\"true\">\(symbol)<mo>¯</mo></mover>"
    }
  }

  /// A value as printed, in parentheses when negative and `wrapped` (a factor).
  private func number(_ value: Double, wrapped: Bool = false) -> String {
    var text = ""
    let printed = walkthrough.format.plain(value)
    MathML.number(printed, to: &text)
    return wrapped && MathML.needsParentheses(printed) ? "<mrow><mo>(</mo>\(text)<mo>)</mo></mrow>" : text
  }
}
