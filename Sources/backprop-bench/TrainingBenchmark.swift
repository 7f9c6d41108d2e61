import BackpropTracer

/// The reference protocol: `--net mazur|mlp --steps N --repeats R`, timing the untraced
/// `Network.train` and printing one `RESULT` line in the reference programs' format.
enum TrainingBenchmark {
  static func run(net: String, steps: Int, repeats: Int) throws(BenchmarkError) {
    let (network, example) = try ReferenceNetworks.named(net)
    var seconds: [Double] = []
    var result: TrainingResult?
    for _ in 0..<repeats {
      let (trained, time) = Measurement.timed { Result { () throws(FixtureError) in try network.train([example], steps: steps) } }
      seconds.append(time)
      do { result = try trained.get() } catch { throw BenchmarkError(error.description) }
    }
    let perStep = seconds.map { $0 / Double(max(steps, 1)) * 1e6 }
    let finalLoss = result.flatMap { $0.errorsAfterStep.last ?? $0.initialError } ?? .nan
    let parameters = result?.parameters ?? network.initialParameterValues
    let weightSum = zip(network.parameters, parameters).reduce(0.0) { $1.0.role == .weight ? $0 + $1.1 : $0 }
    print(
      "RESULT name=swift-backprop-tracer net=\(net) steps=\(steps) repeats=\(repeats)"
        + " seconds=\(Format.g(Measurement.median(seconds))) per_step_us=\(Format.g(Measurement.median(perStep)))"
        + " min_per_step_us=\(Format.g(perStep.min() ?? 0)) final_loss=\(finalLoss) wsum=\(weightSum)")
  }
}

extension ReferenceNetworks {
  /// The network and example of a reference net by its protocol name.
  static func named(_ net: String) throws(BenchmarkError) -> (Network, Example) {
    switch net {
    case "mazur": return mazur()
    case "mlp": return mlp()
    default: throw BenchmarkError("unknown net '\(net)' (use mazur or mlp)")
    }
  }
}
