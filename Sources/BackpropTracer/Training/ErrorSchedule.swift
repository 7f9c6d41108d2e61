/// When a run records the error over the whole data set.
public enum ErrorRecording: String, Equatable, Sendable, CaseIterable {
  /// Before training, after the first step, then after every epoch (the default): one pass over
  /// the data set per epoch, however small the batches.
  case everyEpoch
  /// Before training and after every step, for a lecture that plots the error step by step.
  case everyStep
}

/// The points of a run at which the error over the data set is recorded, each by the steps done
/// and, at an epoch's end, the epoch.
///
/// With one step per epoch (a single example, or whole-set batches) the two recordings are the
/// same: the error before training and after every step, `E_total_after_stepK`. Otherwise, per
/// epoch: `E_total_after_step0` and `E_total_after_step1` (the traced step's effect), then
/// `E_total_after_epochK` at the end of each epoch, and `E_total_after_stepN` after the last
/// step when the run ends within an epoch.
package struct ErrorSchedule: Equatable, Sendable {
  /// The steps of the run.
  package let steps: Int
  /// The steps between recordings: 1, or the steps of one epoch.
  package let interval: Int

  /// The schedule of a run of `steps` steps over `exampleCount` examples batched as `plan` says.
  package init(steps: Int, exampleCount: Int, plan: TrainingPlan) {
    let stepsPerEpoch = BatchSchedule(exampleCount: exampleCount, plan: plan).stepsPerEpoch
    self.init(steps: steps, interval: plan.errorRecording == .everyStep ? 1 : stepsPerEpoch)
  }

  /// The schedule recording after every `interval` steps.
  init(steps: Int, interval: Int) {
    self.steps = max(steps, 1)
    self.interval = max(interval, 1)
  }

  /// The number of epochs the run completes (its steps when every step is recorded).
  package var epochs: Int { steps / interval }

  /// True when the error after `step` steps (0: before training) is recorded.
  package func records(afterStep step: Int) -> Bool {
    interval == 1 || step <= 1 || step % interval == 0 || step == steps
  }

  /// Each recording, in order: the steps done, and the epoch for one recorded at an epoch's end
  /// (`E_total_after_epochK`; nil for `E_total_after_stepN`).
  package var points: [(step: Int, epoch: Int?)] {
    guard interval > 1 else { return (0...steps).map { ($0, nil) } }
    var points: [(step: Int, epoch: Int?)] = [(0, nil), (1, nil)]
    if epochs >= 1 { points += (1...epochs).map { ($0 * interval, $0) } }
    if steps % interval != 0, steps > 1 { points.append((steps, nil)) }
    return points
  }

  /// The number of recordings, without listing them.
  package var count: Int {
    guard interval > 1 else { return steps + 1 }
    return 2 + epochs + (steps % interval != 0 && steps > 1 ? 1 : 0)
  }
}
