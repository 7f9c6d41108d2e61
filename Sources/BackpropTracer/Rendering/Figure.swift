/// A drawing, as data: where things go and what their labels say. The LaTeX writer draws it with
/// TikZ, the SVG writer with SVG elements; the numbers in labels are already formatted.
package enum Figure: Equatable, Sendable {
  /// The network: neurons with their outputs, edges with their weights before and after.
  case network(NetworkFigure)
  /// The total error after each step of a run.
  case lossCurve(LossCurve)
  /// A computational graph with each node's value and gradient.
  case graph(GraphFigure)

  /// The SVG file of this figure beside a Markdown file named `base`.md.
  package func fileName(base: String) -> String {
    switch self {
    case .network, .graph: return base + ".svg"
    case .lossCurve: return base + "-loss.svg"
    }
  }

  /// A short description, for an image's alternative text.
  package var caption: String {
    switch self {
    case let .network(figure) where !figure.showsComputedValues: return "The network with each input's value and each weight"
    case let .network(figure) where figure.showsDeltas:
      return "The network with each neuron's output (forward, black) and its delta (backward, red), and each weight before and after the update"
    case .network: return "The network with each neuron's output and each weight before and after the update"
    case let .lossCurve(curve): return "The total error after each \(curve.unit)"
    case .graph: return "The computational graph with each node's value and gradient, and each edge's local derivative"
    }
  }
}

/// A parameter's label: its symbol, its value, and its value after the update (nil when frozen).
package struct ParameterLabel: Equatable, Sendable {
  /// The parameter's symbol in the derivation's notation: `w_{5}`, `W^{[2]}_{11}`.
  package var symbol: MathSymbol
  /// The value before the update, formatted.
  package var before: String
  /// The value after the update, formatted; nil for a frozen parameter.
  package var after: String?

  /// The label's text: `w₅: 0.4 → 0.3589`, or `b₁: 0.35` for a frozen parameter.
  package var text: FigureText {
    FigureText([.symbol(symbol), .text(": "), .number(before)] + (after.map { [.arrow, .number($0)] } ?? []))
  }
}

/// The network drawn in columns: the inputs, then each layer.
package struct NetworkFigure: Equatable, Sendable {
  /// A unit: an input or a neuron.
  package struct Node: Equatable, Sendable {
    /// The user's name: `h1`.
    package var name: String
    /// Its output (an input's value), formatted.
    package var value: String
    /// Its bias, for a neuron that has one.
    package var bias: ParameterLabel?
    /// Its δ from the backward pass, formatted, drawn in the backward colour; empty for none.
    package var delta: String = ""
  }

  /// A connection from a unit of one column to a unit of the next.
  package struct Edge: Equatable, Sendable {
    /// Column and row of the unit read.
    package var from: (column: Int, row: Int)
    /// Column and row of the neuron that reads it.
    package var to: (column: Int, row: Int)
    /// The weight, or nil when the figure is too dense for edge labels.
    package var weight: ParameterLabel?

    package static func == (lhs: Edge, rhs: Edge) -> Bool {
      lhs.from == rhs.from && lhs.to == rhs.to && lhs.weight == rhs.weight
    }
  }

  /// The columns of units, inputs first.
  package var columns: [[Node]]
  /// Every connection.
  package var edges: [Edge]
  /// The edges drawn highlighted (by index in `edges`): the weight a step of a slide deck
  /// differentiates.
  package var highlighted: Set<Int> = []

  /// The most units a column may have for a figure to be drawn.
  package static let largestDrawnColumn = 12
  /// The most columns (inputs and layers) a figure may have to be drawn on a page.
  package static let largestDrawnDepth = 8
  /// The most units a column may have for edges to carry their weights.
  package static let largestLabelledColumn = 4

  /// The number of rows of the tallest column.
  package var rows: Int { columns.map(\.count).max() ?? 0 }

  /// True when the neurons show their δ beside their outputs.
  package var showsDeltas: Bool { columns.joined().contains { !$0.delta.isEmpty } }

  /// False for a figure of given values only (a problem sheet's): no neuron shows an output and
  /// no weight a value after the update.
  package var showsComputedValues: Bool {
    columns.dropFirst().contains { $0.contains { !$0.value.isEmpty } }
      || edges.contains { $0.weight?.after != nil } || columns.joined().contains { $0.bias?.after != nil }
  }
}

/// The total error after each step, scaled into the unit square (step 0 is before training).
package struct LossCurve: Equatable, Sendable {
  /// Points from (0, E₀/max) to (1, E_n/max); x is the step (or epoch) over the number of them.
  package var points: [Point]
  /// The last step (or epoch), formatted: the label at the right end of the x axis.
  package var lastStep: String
  /// The largest error, formatted: the label at the top of the y axis.
  package var largestError: String
  /// What the x axis counts: "step", or "epoch" when the error is recorded once per epoch.
  package var unit = "step"

  /// A point of the curve.
  package struct Point: Equatable, Sendable {
    /// Step over the number of steps, 0...1.
    package var x: Double
    /// Error over the largest error, 0...1.
    package var y: Double
  }

  /// The most points drawn; longer runs are sampled at evenly spaced steps.
  package static let largestPointCount = 200
}
