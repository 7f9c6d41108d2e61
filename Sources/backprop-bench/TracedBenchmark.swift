import BackpropTracer

/// `--traced`: a fully recorded 784-50-10 step beside the untraced step (the first trace, which
/// builds the layout, and the median of later ones that reuse it), and the renders of that trace
/// (Markdown and LaTeX at full detail, JSON) with their sizes.
enum TracedBenchmark {
  static func run(repeats: Int) throws(BenchmarkError) {
    let (network, example) = ReferenceNetworks.mlp()
    let steps = 100
    let untraced = Measurement.median(
      (0..<repeats).map { _ in Measurement.timed { try? network.train([example], steps: steps) }.seconds / Double(steps) })
    // The first trace lays out its record (161,249 entries) and then records the step.
    let (first, firstSeconds) = Measurement.timed { try? network.trace([example], steps: 1, title: "784-50-10") }
    guard first != nil else { throw BenchmarkError("the 784-50-10 trace came out non-finite") }
    // Later traces of the same network, plan and steps reuse the layout: the recorded step alone.
    let tracer = Tracer(network: network, exampleCount: 1)
    var trace: Trace?
    var recorded: [Double] = []
    for _ in 0..<max(repeats, 5) {
      let (result, seconds) = Measurement.timed { try? tracer.trace([example], title: "784-50-10") }
      guard let result else { throw BenchmarkError("the 784-50-10 trace came out non-finite") }
      recorded.append(seconds)
      trace = result
    }
    guard let trace else { return }
    let step = Measurement.median(recorded)
    print(
      "TRACED net=mlp entries=\(trace.count) untraced_step_us=\(Format.g(untraced * 1e6))"
        + " first_trace_with_layout_us=\(Format.g(firstSeconds * 1e6)) ratio=\(Format.fixed(firstSeconds / untraced, 1))"
        + " recorded_step_layout_reused_us=\(Format.g(step * 1e6)) ratio=\(Format.fixed(step / untraced, 1))")
    let renders: [(String, () -> String)] = [
      ("markdown", { MarkdownRenderer.render(trace, imageBase: nil) }),
      ("latex", { LaTeXRenderer.render(trace) }),
      ("json", { JSONRenderer.render(trace) }),
    ]
    for (format, render) in renders {
      // The first render of a process also pays for fresh memory; later ones reuse the heap.
      let (text, first) = Measurement.timed(render)
      let again = Measurement.median((0..<3).map { _ in Measurement.timed(render).seconds })
      print(
        "RENDER format=\(format) detail=full bytes=\(text.utf8.count) first_s=\(Format.fixed(first, 3))"
          + " median_of_3_s=\(Format.fixed(again, 3))")
    }
    // Where a Markdown render's time goes: symbols and numbers, the document, the text.
    let (walkthrough, prepare) = Measurement.timed { Walkthrough(trace: trace) }
    let (document, build) = Measurement.timed { walkthrough.document() }
    let (_, write) = Measurement.timed { MarkdownRenderer.write(document, imageBase: nil) }
    print(
      "RENDER_PHASES format=markdown walkthrough_s=\(Format.fixed(prepare, 3)) document_s=\(Format.fixed(build, 3))"
        + " write_s=\(Format.fixed(write, 3))")
  }
}
