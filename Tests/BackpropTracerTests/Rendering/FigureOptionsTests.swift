@testable import BackpropTracer
import Foundation
import Testing

/// The network figure for teaching: bias nodes (`--figure bias-nodes`) and the backward pass's
/// δ beside the forward pass's outputs, in a second colour.
@Suite("Figure options")
struct FigureOptionsTests {
  private func figure(_ options: RenderOptions = RenderOptions(), fixture: String = "mazur-2-2-2") throws -> NetworkFigure {
    let document = Walkthrough(trace: try Repository.fixture(fixture).trace(), options: options).document()
    for case let .figure(.network(figure)) in document.blocks { return figure }
    throw CancellationError()
  }

  @Test("Bias nodes: a unit +1 feeds each layer, its edges carry the biases, none is left under a neuron")
  func biasNodes() throws {
    let figure = try figure(RenderOptions(biasNodes: true))
    #expect(figure.columns.map { $0.map(\.name) } == [["i1", "i2", "+1"], ["h1", "h2", "+1"], ["o1", "o2"]])
    #expect(figure.columns.joined().allSatisfy { $0.bias == nil })
    let fromBias = figure.edges.filter { figure.columns[$0.from.column][$0.from.row].name == "+1" }
    #expect(fromBias.count == 4)
    #expect(fromBias.compactMap { $0.weight?.before } == ["0.35", "0.35", "0.6", "0.6"])
    #expect(FigureLayoutTests.problems(NetworkFigureLayout.layout(figure)).isEmpty)
    // Without the option, the biases stay under their neurons.
    #expect(try self.figure().columns[1].allSatisfy { $0.bias != nil })
  }

  @Test("Each neuron shows its δ in the backward colour; a figure of given values shows none")
  func deltas() throws {
    let figure = try figure()
    #expect(figure.columns[2].map(\.delta) == ["0.1385", "-0.0381"])
    #expect(figure.columns[0].allSatisfy { $0.delta.isEmpty })
    let layout = NetworkFigureLayout.layout(figure)
    #expect(layout.nodes.flatMap(\.lines).filter(\.isBackward).count == 4)
    #expect(FigureLayoutTests.problems(layout).isEmpty)
    let svg = SVGRenderer.images(of: Walkthrough(trace: try Repository.fixture("mazur-2-2-2").trace()).document(), base: "f")[0].contents
    #expect(svg.contains("fill=\"#b22222\""))
    let sheet = Walkthrough(trace: try Repository.fixture("mazur-2-2-2").trace()).networkFigure(showingComputedValues: false)
    for case let .figure(.network(given)) in sheet { #expect(!given.showsDeltas) }
  }
}
