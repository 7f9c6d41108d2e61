import BackpropTracer

/// `--traced`: one fully recorded 784-50-10 step beside the untraced step, and the renders of
/// that trace (Markdown and LaTeX at full detail, JSON) with their sizes.
enum TracedBenchmark {
  static func run(repeats: Int) throws(BenchmarkError) {
    let (network, example) = ReferenceNetworks.mlp()
    let steps = 100
    let untraced = Measurement.median(
      (0..<repeats).map { _ in Measurement.timed { network.train([example], steps: steps) }.seconds / Double(steps) })
    var trace: Trace?
    var traced: [Double] = []
    for _ in 0..<repeats {
      let (recorded, seconds) = Measurement.timed { try? network.trace([example], steps: 1, title: "784-50-10") }
      guard let recorded else { throw BenchmarkError("the 784-50-10 trace came out non-finite") }
      traced.append(seconds)
      trace = recorded
    }
    guard let trace else { return }
    let tracedStep = Measurement.median(traced)
    print("TRACED net=mlp entries=\(trace.count) untraced_step_us=\(Format.g(untraced * 1e6))"
      + " traced_step_us=\(Format.g(tracedStep * 1e6)) ratio=\(Format.fixed(tracedStep / untraced, 1))")
    let renders: [(String, () -> String)] = [
      ("markdown", { MarkdownRenderer.render(trace, imageBase: nil) }),
      ("latex", { LaTeXRenderer.render(trace) }),
      ("json", { JSONRenderer.render(trace) }),
    ]
    for (format, render) in renders {
      let (text, seconds) = Measurement.timed(render)
      print("RENDER format=\(format) detail=full bytes=\(text.utf8.count) seconds=\(Format.fixed(seconds, 3))")
    }
  }
}
