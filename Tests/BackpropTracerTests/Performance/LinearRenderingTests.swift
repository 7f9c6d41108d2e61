import BackpropTracer
import Foundation
import Testing

/// Rendering costs work in proportion to the trace, whatever its shape: a chain of one-neuron
/// layers (deep, where per-layer scans of the whole trace once made it quadratic). The work is
/// counted, not timed: the entries of the record the renderers read (`ReadTally`), the same
/// number on every run and machine. A scan of the record per layer reads it once per layer, so
/// four times the depth would read it some sixteen times as often.
@Suite("Linear rendering")
struct LinearRenderingTests {
  /// A chain of `depth` one-neuron sigmoid layers, traced.
  static func chain(depth: Int) throws -> Trace { try chainFixture(depth: depth).trace() }

  /// The fixture of a chain of `depth` one-neuron sigmoid layers.
  static func chainFixture(depth: Int) throws -> Fixture {
    let layers = (0..<depth).map { """
      {"activation": "sigmoid", "neurons": ["n\($0)"], "weights": [["w\($0)"]], "biases": ["b\($0)"]}
      """ }.joined(separator: ",")
    let values = (0..<depth).map { "\"w\($0)\": 0.5, \"b\($0)\": 0.1" }.joined(separator: ",")
    let json = """
      {"title": "chain", "network": {"inputs": ["x"], "layers": [\(layers)], "parameters": {\(values)}},
       "loss": "halfSquaredError", "learningRate": 0.1, "example": {"inputs": {"x": 1}, "targets": {"n\(depth - 1)": 0.5}}}
      """
    return try Fixture.load(Array(json.utf8), file: "chain.json")
  }

  /// The entries of the trace's record read in rendering `trace` in full as Markdown and LaTeX,
  /// as the command line does.
  static func reads(_ trace: Trace) -> Int {
    trace.layout.reads.counting {
      for format in LectureFiles.Format.allCases {
        _ = LectureFiles.render(trace, options: RenderOptions(), format: format, base: "chain")
      }
    }
  }

  /// True when `long`, of four times the size of `short`, is at most `4 × 1.05` times it (linear
  /// work with a constant part), and reads at least one entry per layer.
  static func growsLinearly(short: Int, long: Int, depth: Int) -> Bool {
    short >= depth && Double(long) <= 4.2 * Double(short)
  }

  @Test("A chain of 10,000 layers renders, four times the depth reading four times the entries")
  func depth() throws {
    let (short, long) = (try Self.chain(depth: 2_500), try Self.chain(depth: 10_000))
    let (shortReads, longReads) = (Self.reads(short), Self.reads(long))
    // Linear work reads 817,749 and 3,270,249 entries (a ratio of 3.999); with `isDataSet`
    // scanning the sections on each call again, as it once did, 250 and 1,000 layers read
    // 1,981,071 and 30,423,321 (15.4).
    #expect(Self.growsLinearly(short: shortReads, long: longReads, depth: 2_500), "2,500 layers: \(shortReads) reads, 10,000 layers: \(longReads)")
  }

  @Test("The graph of a deep chain renders in work that grows linearly with its depth")
  func graphDepth() throws {
    let short = try Self.chainFixture(depth: 500).graphFixture(), long = try Self.chainFixture(depth: 2_000).graphFixture()
    func reads(_ graph: GraphFixture) -> Int {
      graph.graph.reads.counting {
        for format in LectureFiles.Format.allCases {
          _ = GraphFiles.render(graph, format: format, numbers: NumberFormat(decimals: 6), base: "chain")
        }
      }
    }
    let (shortReads, longReads) = (reads(short), reads(long))
    #expect(Self.growsLinearly(short: shortReads, long: longReads, depth: 500), "500 layers: \(shortReads) reads, 2,000 layers: \(longReads)")
  }

  @Test("The bound refuses quadratic growth and a render that reads nothing")
  func boundCanFail() {
    #expect(Self.growsLinearly(short: 10_000, long: 40_000, depth: 100))
    #expect(!Self.growsLinearly(short: 10_000, long: 160_000, depth: 100))
    #expect(!Self.growsLinearly(short: 0, long: 0, depth: 100))
  }
}
