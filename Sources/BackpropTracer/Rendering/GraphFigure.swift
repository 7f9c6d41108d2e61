/// A computational graph drawn as a circuit, left to right: each node in the column of its
/// depth (the longest path from an input), in node order within a column; edges carry the local
/// derivative ∂consumer/∂input. Labels hold formatted numbers; writers spell names and formulas.
package struct GraphFigure: Equatable, Sendable {
  /// One node: its id, what it computes, its value and its gradient.
  package struct Node: Equatable, Sendable {
    /// The node's id: `x`, `z_1`.
    package var name: String
    /// The operation over its operands' ids (`5*z_1`); nil for an input.
    package var formula: ExpressionTree?
    /// The forward value, formatted.
    package var value: String
    /// ∂output/∂node, formatted; nil when the output does not depend on it.
    package var gradient: String?
    /// The column: the node's depth, the longest path to it from an input.
    package var column: Int
  }

  /// An edge from node `from` to node `to` (indices into ``nodes``).
  package struct Edge: Equatable, Sendable {
    /// The input node and the consumer.
    package var from: Int, to: Int
    /// ∂to/∂from, formatted; nil when the figure is too dense for edge labels.
    package var label: String?
  }

  /// Every node, in the graph's topological order.
  package var nodes: [Node]
  /// Every edge, once per (input, consumer) pair.
  package var edges: [Edge]

  /// The most nodes a column may hold for the graph to be drawn.
  package static let largestDrawnColumn = 16
  /// The most columns (depth + 1) a graph may have for it to be drawn on a page.
  package static let largestDrawnDepth = 8
  /// The most nodes a graph may have for its edges to be labelled.
  package static let largestLabelledGraph = 24

  /// The number of columns.
  package var columns: Int { (nodes.map(\.column).max() ?? 0) + 1 }
  /// The number of rows of the tallest column.
  package var rows: Int {
    var counts: [Int: Int] = [:]
    for node in nodes { counts[node.column, default: 0] += 1 }
    return counts.values.max() ?? 0
  }

  /// The text of a node's lines: its formula (`z_1 = y^4`, as TeX for TikZ), its value and its
  /// gradient.
  func lines(_ index: Int) -> [FigureText] {
    let node = nodes[index]
    let name = ExpressionPrinter.latex(name: node.name)
    let head = FigureText([.formula(
      plain: plainLines(index)[0], tex: node.formula.map { name + " = " + ExpressionPrinter.latex($0) } ?? name)])
    return [head, FigureText([.text("value "), .number(node.value)])]
      + (node.gradient.map { [FigureText([.text("grad "), .number($0)])] } ?? [])
  }

  /// The text of a node's lines in plain text: `z_1 = y^4`, `value 2.5`, `grad 0.4`.
  package func plainLines(_ index: Int) -> [String] {
    let node = nodes[index]
    let head = node.formula.map { node.name + " = " + ExpressionPrinter.plain($0) } ?? node.name
    return [head, "value " + node.value] + (node.gradient.map { ["grad " + $0] } ?? [])
  }
}
