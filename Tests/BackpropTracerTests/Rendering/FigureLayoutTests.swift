@testable import BackpropTracer
import Foundation
import Testing

/// Figures that fit: computed over the fixtures' figures and the generated corpus's, every
/// label inside the canvas, no label on another or on a node, no label crossed by an edge but
/// its own, no edge through a node it does not connect, text inside its node, and a figure
/// shown at most a page (900 px) wide.
@Suite("Figure layout")
struct FigureLayoutTests {
  /// The problems of a layout; an empty list when it fits.
  static func problems(_ layout: FigureLayout) -> [String] {
    var problems: [String] = []
    let canvas = layout.canvas
    for (index, node) in layout.nodes.enumerated() {
      if !canvas.contains(node.box) { problems.append("node \(index) outside the canvas") }
      for line in node.lines where line.text.width(size: line.size) > node.box.width - (node.isCircle ? 4 : 0) {
        problems.append("node \(index): its text is wider than the node")
      }
    }
    for (index, label) in layout.labels.enumerated() {
      if !canvas.contains(label.box) { problems.append("label \(index) outside the canvas") }
      for (other, box) in layout.labels.map(\.box).enumerated() where other > index && box.overlaps(label.box) {
        problems.append("labels \(index) and \(other) overlap")
      }
      for (node, shape) in layout.nodes.enumerated() where shape.box.overlaps(label.box) {
        problems.append("label \(index) covers node \(node)")
      }
      guard label.edge != nil else { continue }
      for (e, edge) in layout.edges.enumerated() where e != label.edge && edge.crosses(label.box.inset(by: 1)) {
        problems.append("label \(index) sits on edge \(e), not its own")
      }
    }
    for (e, edge) in layout.edges.enumerated() {
      if edge.points.contains(where: { !canvas.inset(by: -0.01).contains(FigureBox(x: $0.x, y: $0.y, width: 0, height: 0)) }) {
        problems.append("edge \(e) leaves the canvas")
      }
      for (index, node) in layout.nodes.enumerated() where index != edge.from && index != edge.to && passes(edge, through: node) {
        problems.append("edge \(e) passes through node \(index)")
      }
    }
    if layout.width * layout.scale > FigureLayout.pageWidth + 0.01 { problems.append("wider than a page") }
    return problems
  }

  /// True when a stretch of `edge` runs through the inside of `node` (a circle or a box).
  private static func passes(_ edge: FigureLayout.Edge, through node: FigureLayout.Node) -> Bool {
    zip(edge.points, edge.points.dropFirst()).contains { a, b in
      guard node.isCircle else { return node.box.inset(by: 1).isCrossed(from: a, to: b) }
      let c = node.box.centre, r = node.box.width / 2 - 1
      let (dx, dy) = (b.x - a.x, b.y - a.y)
      let t = max(0, min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / max(dx * dx + dy * dy, 1e-12)))
      let (px, py) = (a.x + t * dx - c.x, a.y + t * dy - c.y)
      return px * px + py * py < r * r
    }
  }

  /// The figures of a derivation's document.
  static func figures(_ document: Document) -> [Figure] {
    document.blocks.compactMap { block in
      if case let .figure(figure) = block { return figure }
      return nil
    }
  }

  static func layouts(_ document: Document) -> [FigureLayout] {
    figures(document).compactMap { figure in
      switch figure {
      case let .network(network): return NetworkFigureLayout.layout(network)
      case let .graph(graph): return GraphFigureLayout.layout(graph)
      case .lossCurve: return nil
      }
    }
  }

  @Test("The figures of every fixture fit", arguments: try Repository.fixtureNames)
  func fixtureFigures(name: String) throws {
    let fixture = try Repository.fixture(name)
    let document = Walkthrough(trace: try fixture.trace(), options: RenderOptions(notation: fixture.defaultNotation)).document()
    for layout in Self.layouts(document) { #expect(Self.problems(layout) == [], "\(name)") }
  }

  @Test("The figures of every graph fixture fit", arguments: try Repository.graphFixtureNames)
  func graphFixtureFigures(name: String) throws {
    let document = GraphWalkthrough(fixture: try Repository.graphFixture(name)).document()
    for layout in Self.layouts(document) { #expect(Self.problems(layout) == [], "\(name)") }
  }

  @Test("The figures of generated networks fit, in every notation", arguments: CorpusSeeds.networks)
  func generatedNetworks(seed: UInt64) throws {
    let fixture = try Fixture.load(Array(FixtureGenerator.json(seed: seed).utf8), file: "corpus-\(seed).json")
    // A fixture whose values overflow has no derivation (the corpus tests its message).
    guard let trace = try? fixture.trace() else { return }
    for preset in NotationPreset.all {
      let document = Walkthrough(trace: trace, options: RenderOptions(notation: preset, detail: .tables)).document()
      for layout in Self.layouts(document) { #expect(Self.problems(layout) == [], "seed \(seed), \(preset.name)") }
    }
    // Its error as a graph, when it is small enough to draw.
    if let graph = try? fixture.graphFixture() {
      for layout in Self.layouts(GraphWalkthrough(fixture: graph).document()) {
        #expect(Self.problems(layout) == [], "error graph of seed \(seed)")
      }
    }
  }

  @Test("The figures of generated graphs fit", arguments: CorpusSeeds.graphs)
  func generatedGraphs(seed: UInt64) {
    guard let fixture = try? GraphFixture.load(Array(GraphGenerator.json(seed: seed).utf8), file: "g.json") else { return }
    for layout in Self.layouts(GraphWalkthrough(fixture: fixture).document()) { #expect(Self.problems(layout) == [], "graph seed \(seed)") }
  }

  @Test("The check finds overlapping labels, an edge through a node and a label outside")
  func checkFindsProblems() {
    let node = FigureLayout.Node(box: FigureBox(x: 40, y: 40, width: 20, height: 20), isCircle: false, lines: [])
    let label = FigureLayout.Label(text: FigureText([.text("x")]), box: FigureBox(x: 0, y: 0, width: 30, height: 10), size: 12, isDerivative: false, edge: nil)
    var outside = label
    outside.box = FigureBox(x: 90, y: 95, width: 30, height: 10)
    let layout = FigureLayout(
      width: 100, height: 100, nodes: [node, node, node], edges: [FigureLayout.Edge(points: [FigurePoint(x: 0, y: 50), FigurePoint(x: 100, y: 50)], from: 0, to: 1)],
      labels: [label, label, outside])
    let problems = Self.problems(layout)
    #expect(problems.contains("labels 0 and 1 overlap"))
    #expect(problems.contains("edge 0 passes through node 2"))
    #expect(problems.contains("label 2 outside the canvas"))
  }
}
