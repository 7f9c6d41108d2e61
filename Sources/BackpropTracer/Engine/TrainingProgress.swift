/// How far a training run has got, reported to an observer every so many steps while it runs.
///
/// The engine only calls the observer; what it does with the report (a progress line on a
/// terminal) is the caller's business, so the engine stays free of I/O and clocks.
public struct TrainingProgress: Equatable, Sendable {
  /// The steps done so far.
  public let step: Int
  /// The steps of the whole run.
  public let steps: Int
  /// The error of the latest step's batch, at the parameters that step started from.
  public let error: Double
}

/// Receives a `TrainingProgress` every `interval` steps of the untraced steps of a run.
public struct TrainingObserver {
  /// The number of steps between two reports (at least 1).
  public let interval: Int
  /// Called with each report, on the thread that trains.
  public let report: (TrainingProgress) -> Void

  /// An observer called every `interval` steps.
  public init(every interval: Int, report: @escaping (TrainingProgress) -> Void) {
    self.interval = max(1, interval)
    self.report = report
  }
}
