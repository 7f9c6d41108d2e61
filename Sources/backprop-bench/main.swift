/// backprop-bench: the tracer against the reference programs of `/work/shared/bench`.
///
///     backprop-bench --net mazur|mlp --steps N --repeats R   untraced training, one RESULT line
///     backprop-bench --traced [--repeats R]                  a recorded 784-50-10 step and its renders
///     backprop-bench --scale                                 time and memory per parameter, 3 sizes
///     backprop-bench --fixture --net mlp                     the reference network as a fixture file
import Foundation

do {
  let options = try BenchmarkOptions(Array(CommandLine.arguments.dropFirst()))
  switch options.mode {
  case .training: try TrainingBenchmark.run(net: options.net, steps: options.stepCount, repeats: options.repeats)
  case .traced: try TracedBenchmark.run(repeats: options.repeats)
  case .scale: try ScaleBenchmark.run()
  case let .scaleOne(hidden): ScaleBenchmark.runOne(hidden: hidden)
  case .fixture: try FixtureExport.run(net: options.net)
  }
} catch {
  FileHandle.standardError.write(Data("backprop-bench: \(error)\n\(BenchmarkOptions.usage)\n".utf8))
  exit(2)
}
