/// A benchmark's failure, printed to stderr with exit status 2.
struct BenchmarkError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// The command line: the reference protocol plus `--traced`, `--scale`.
struct BenchmarkOptions {
  enum Mode { case training, traced, scale, scaleOne([Int]), fixture }

  static let usage = "usage: backprop-bench [--net mazur|mlp] [--steps N] [--repeats R] [--name NAME] | --traced [--repeats R] | --scale | --fixture [--net mazur|mlp]"

  var mode = Mode.training
  var net = "mazur"
  var steps: Int?
  var repeats = 5

  init(_ arguments: [String]) throws(BenchmarkError) {
    var rest = arguments[...]
    func value(_ option: String) throws(BenchmarkError) -> String {
      guard let value = rest.popFirst() else { throw BenchmarkError("\(option) needs a value") }
      return value
    }
    func count(_ option: String) throws(BenchmarkError) -> Int {
      let text = try value(option)
      guard let number = Int(text), number >= 0 else { throw BenchmarkError("\(option) needs a count, found '\(text)'") }
      return number
    }
    while let option = rest.popFirst() {
      switch option {
      case "--net": net = try value(option)
      case "--steps": steps = try count(option)
      case "--repeats": repeats = max(1, try count(option))
      case "--name": _ = try value(option)
      case "--traced": mode = .traced
      case "--scale": mode = .scale
      case "--fixture": mode = .fixture
      case "--scale-one":
        let widths = try value(option).split(separator: ",").compactMap { Int($0) }
        mode = .scaleOne(widths)
      default: throw BenchmarkError("unknown option '\(option)'")
      }
    }
  }

  /// Steps as given, else the reference's default: 10,000 for mazur, 100 for mlp.
  var stepCount: Int { steps ?? (net == "mlp" ? 100 : 10_000) }
}
