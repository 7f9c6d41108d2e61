import BackpropTracer
import Foundation

/// `--scale`: 784-50-10, 784-200-200-10 and 784-1000-1000-10, each in a fresh process so its
/// peak memory is its own; reports time and peak memory per parameter.
enum ScaleBenchmark {
  static let shapes = [[50], [200, 200], [1000, 1000]]

  static func run() throws(BenchmarkError) {
    for hidden in shapes {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/proc/self/exe")
      process.arguments = ["--scale-one", hidden.map(String.init).joined(separator: ",")]
      do { try process.run() } catch { throw BenchmarkError("could not start \(process.arguments ?? []): \(error)") }
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { throw BenchmarkError("the \(hidden) run failed") }
    }
  }

  /// One shape, in this process: an untraced step (without the run's setup, median of five), the layout of its trace, one
  /// recorded step with that layout, peak memory.
  static func runOne(hidden: [Int]) {
    let (network, example) = ReferenceNetworks.mlp(hidden: hidden)
    let parameters = Double(network.parameters.count)
    // Enough steps that they, not the run's setup, make the difference measured.
    let steps = max(8, 4_000_000 / network.parameters.count)
    let untraced = Measurement.secondsPerStep(steps: steps, repeats: 5) { _ = try? network.train([example], steps: $0) }
    let (tracer, layoutSeconds) = Measurement.timed { Tracer(network: network, exampleCount: 1) }
    let (trace, traced) = Measurement.timed { try? tracer.trace([example]) }
    let shape = ([784] + hidden + [10]).map(String.init).joined(separator: "-")
    let memory = Double(Measurement.peakMemory())
    print(
      "SCALE net=\(shape) parameters=\(network.parameters.count) entries=\(trace?.count ?? 0)"
        + " untraced_step_ns_per_param=\(Format.fixed(untraced / parameters * 1e9, 2))"
        + " layout_ns_per_param=\(Format.fixed(layoutSeconds / parameters * 1e9, 1))"
        + " recorded_step_ns_per_param=\(Format.fixed(traced / parameters * 1e9, 1))"
        + " peak_bytes_per_param=\(Format.fixed(memory / parameters, 1)) peak_mb=\(Format.fixed(memory / 1e6, 1))")
  }
}
