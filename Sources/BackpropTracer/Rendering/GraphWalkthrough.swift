/// The derivation of a computational graph as a ``Document``: the definitions, the graph as a
/// figure, the forward pass, the backward pass node by node with every sum over paths (seed
/// 001's grad_table), the symbolic derivative of the output with respect to each input, and a
/// gradient check. Markdown and LaTeX come from the usual writers.
///
/// Reads only the ``GraphFixture``'s graph and trace (and its symbolic derivatives and gradient
/// check, which the library computes); it formats, it does not differentiate numerically.
package struct GraphWalkthrough {
  /// The fixture, with its trace.
  package let fixture: GraphFixture
  /// How numbers are printed.
  package let format: NumberFormat

  /// Creates the walkthrough of `fixture`, numbers printed with `format`.
  package init(fixture: GraphFixture, format: NumberFormat = NumberFormat(decimals: 6)) {
    self.fixture = fixture
    self.format = format
  }

  var graph: ComputationalGraph { fixture.graph }
  var trace: GraphTrace { fixture.trace }
  var outputName: String { graph.nodes[graph.output].id }

  /// The whole document.
  package func document() -> Document {
    var document = Document()
    document.add(.heading(level: 1, text: fixture.title))
    if !fixture.source.isEmpty { document.add(.paragraph([.emphasis("Source: " + fixture.source)])) }
    document.blocks += definitionBlocks() + forwardBlocks() + backwardBlocks() + symbolicBlocks() + gradientCheckBlocks()
    return document
  }

  /// A name as TeX: `w_{5}`, `\mathrm{net}_{1}`.
  func tex(_ name: String) -> String { ExpressionPrinter.latex(name: name) }

  /// A number as TeX, in parentheses when negative (so it can stand in a product).
  func number(_ value: Double, wrapped: Bool = false) -> String {
    let text = format.tex(value)
    return wrapped && text.hasPrefix("-") ? "(" + text + ")" : text
  }

  /// The formula with every name replaced by its value as printed.
  func substituted(_ tree: ExpressionTree) -> String {
    ExpressionPrinter.latex(tree.substituting { name in
      graph.index(of: name).map { .number(format.rounded(trace.nodes[$0].value)) }
    })
  }

  private func definitionBlocks() -> [Document.Block] {
    let inputs = graph.inputIndices.map { "\(tex(graph.nodes[$0].id)) = \(number(trace.nodes[$0].value))" }
    var blocks: [Document.Block] = [
      .heading(level: 2, text: "The graph"),
      .paragraph([.text("Inputs: ")] + inputs.enumerated().flatMap { index, text -> [Document.Inline] in
        (index == 0 ? [] : [.text(", ")]) + [.math(text)]
      } + [.text(". Definitions, in the order they are computed:")]),
      .aligned(
        AlignedMath(
          graph.nodes.filter { $0.role == .definition }.map {
            Document.AlignedLine(symbol: tex($0.id), steps: [ExpressionPrinter.latex($0.source)])
          })),
      .paragraph([
        .text("Each operation is a node; the inner operations of a definition such as "), .math(tex(outputName)),
        .text(" get the ids "), .math("\(tex(outputName + "_1")), \(tex(outputName + "_2")), \\ldots"),
        .text(" in the order they are computed. The output is "), .math(tex(outputName)), .text("."),
      ]),
    ]
    blocks += figureBlocks()
    return blocks
  }

  private func forwardBlocks() -> [Document.Block] {
    let lines = graph.nodes.indices.filter { graph.nodes[$0].role == .definition }.map { index in
      let node = graph.nodes[index]
      let steps = [ExpressionPrinter.latex(node.source), substituted(node.source), number(trace.nodes[index].value)]
      return Document.AlignedLine(symbol: tex(node.id), steps: Self.distinct(steps, after: tex(node.id)))
    }
    let rows = graph.nodes.indices.map { index -> [[Document.Inline]] in
      let node = graph.nodes[index]
      let computes = node.role == .input ? [Document.Inline.text("given")] : [.math(ExpressionPrinter.latex(node.formula))]
      return [[.math(tex(node.id))], computes, [.math(number(trace.nodes[index].value))]]
    }
    return [
      .heading(level: 2, text: "Forward pass"),
      .paragraph([.text("Each definition with the values substituted (numbers rounded to \(format.precisionDescription) as shown; computed in double precision):")]),
      .aligned(AlignedMath(lines)),
      .paragraph([.text("Every node of the graph, in topological order:")]),
      .table(header: ["node", "computes", "value"], rows: rows),
    ]
  }

  /// `steps` without any step equal to the one before it (or to `symbol`, for the first).
  static func distinct(_ steps: [String], after symbol: String) -> [String] {
    var result: [String] = []
    for step in steps where step != (result.last ?? symbol) { result.append(step) }
    return result.isEmpty ? [symbol] : result
  }
}
