extension Fixture {
  /// Reads and validates a fixture: `read` for everything in the file, then, when the fixture
  /// names trace keys (or is not a training run), the trace's layout, against which every key
  /// it names is checked. The layout is kept, so that `trace()` does not lay it out again.
  ///
  /// - Parameters:
  ///   - bytes: the file's contents.
  ///   - file: the name to use in error messages (the path as the user gave it).
  /// - Throws: `FixtureError` for the first problem found, with its JSON path and position.
  public static func load(_ bytes: [UInt8], file: String) throws(FixtureError) -> Fixture {
    var (fixture, keys) = try read(bytes, file: file)
    // A training run's layout is laid out only when a key needs it (for a large network it costs
    // as much as the trace).
    guard !keys.isEmpty || fixture.mode != .train else { return fixture }
    let layout: TraceLayout
    do {
      if case .train = fixture.mode {
        layout = fixture.tracer(steps: fixture.steps).layout
        fixture.trainingLayout = layout
      } else {
        layout = try fixture.record().layout
      }
    } catch {
      throw keys.root.error(.invalidValue(error.description))
    }
    for (key, node) in keys.entries where layout.position(of: key) == nil {
      throw node.error(.unknownKey(key.rawValue, suggestion: nearestName(to: key.rawValue, among: layout.keys.map(\.rawValue))))
    }
    return fixture
  }

  /// Traces the fixture: for training, `steps` steps (the fixture's own number by default);
  /// an evaluation or a run of the perceptron rule ignores `steps`. An `observer` hears how a
  /// long training run gets on.
  ///
  /// - Throws: `TraceError.invalidArgument` for `steps` below 1, above `maximumSteps` or making a
  ///   trace larger than a fixture may ask for; `TraceError.nonFinite` for a value that came out
  ///   infinite or not a number.
  public func trace(steps: Int? = nil, observer: TrainingObserver? = nil) throws(TraceError) -> Trace {
    if let steps {
      do {
        try RunArguments.checkSteps(steps, call: "Fixture.trace")
      } catch {
        throw .invalidArgument(error)
      }
      if let problem = sizeProblem(steps: steps) {
        throw .invalidArgument(FixtureError(file: "Fixture.trace", path: "steps", position: nil, problem: .invalidValue(problem)))
      }
    }
    do {
      return try record(steps: steps, observer: observer)
    } catch {
      throw .nonFinite(error)
    }
  }

  /// `trace(steps:observer:)` of a number of steps already checked: the fixture's own (nil), or
  /// one `sizeProblem(steps:)` allowed.
  package func record(steps: Int? = nil, observer: TrainingObserver? = nil) throws(NonFiniteValueError) -> Trace {
    switch mode {
    case .train:
      let trace = try tracer(steps: steps ?? self.steps).trace(examples, title: title, source: source, observer: observer)
      guard let variant else { return trace }
      return try trace.declaring(variant)
    case let .evaluate(showsTargets):
      return try network.evaluate(examples, showsTargets: showsTargets, title: title, source: source)
    case let .perceptron(maxEpochs):
      return try network.perceptron(examples, maxEpochs: maxEpochs, title: title, source: source)
    }
  }

  /// The tracer of a training run of `steps` steps, with the layout `load` laid out when it has
  /// that many steps.
  private func tracer(steps: Int) -> Tracer {
    Tracer(
      network: network, exampleCount: examples.count, plan: plan, steps: steps, perExampleKeys: isDataSet,
      layout: steps == self.steps ? trainingLayout : nil)
  }
}
