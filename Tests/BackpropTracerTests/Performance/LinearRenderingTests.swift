import BackpropTracer
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Rendering costs work in proportion to the trace, whatever its shape: a chain of one-neuron
/// layers (deep, where per-layer scans of the whole trace once made it quadratic). Measured in
/// CPU time of this thread, so that other work on the machine does not count.
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

  /// The CPU seconds this thread spends in `body` (other processes and threads do not count).
  static func cpuSeconds(_ body: () -> Void) -> Double {
    var start = timespec(), end = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
    body()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
    return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) * 1e-9
  }

  /// The CPU seconds of rendering `trace` in full as Markdown and LaTeX, as the command line does.
  static func render(_ trace: Trace) -> Double {
    cpuSeconds {
      for format in LectureFiles.Format.allCases {
        _ = LectureFiles.render(trace, options: RenderOptions(), format: format, base: "chain")
      }
    }
  }

  @Test("A chain of 10,000 layers renders, four times the depth costing about four times the work")
  func depth() throws {
    let (short, long) = (try Self.chain(depth: 2_500), try Self.chain(depth: 10_000))
    let (shortTime, longTime) = (Self.render(short), Self.render(long))
    // A bound on the growth, not a benchmark: linear work gives a ratio near 4 (10,000 layers
    // took 3.7 s of a debug build's CPU), quadratic work near 16 (56 s before the fix).
    #expect(longTime / shortTime < 8, "2,500 layers \(shortTime) s, 10,000 layers \(longTime) s")
  }

  @Test("The graph of a deep chain renders in work that grows linearly with its depth")
  func graphDepth() throws {
    let short = try Self.chainFixture(depth: 500).graphFixture(), long = try Self.chainFixture(depth: 2_000).graphFixture()
    func render(_ graph: GraphFixture) -> Double {
      Self.cpuSeconds {
        for format in LectureFiles.Format.allCases {
          _ = GraphFiles.render(graph, format: format, numbers: NumberFormat(decimals: 6), base: "chain")
        }
      }
    }
    let (shortTime, longTime) = (render(short), render(long))
    #expect(longTime / shortTime < 8, "500 layers \(shortTime) s, 2,000 layers \(longTime) s")
  }
}
