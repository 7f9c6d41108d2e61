#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import BackpropTracer

/// One updating line on a terminal's standard error for a long training run: step, loss and
/// steps per second, rewritten in place (`\r`), first shown after about a second and at most
/// ten times a second, and ended with a newline when the run is over.
final class ProgressLine {
  private let start = ProgressLine.now()
  private var lastShown = 0.0
  private var shown = false
  /// The first report, from which the rate is measured (the time before it went into laying
  /// out the record, not into steps).
  private var first: (step: Int, time: Double)?

  /// An observer for `fixture`'s run that drives a progress line, or nil when standard error is
  /// not a terminal or the user asked for quiet.
  static func observer(quiet: Bool, parameters: Int) -> (ProgressLine, TrainingObserver)? {
    guard !quiet, isatty(2) == 1 else { return nil }
    let line = ProgressLine()
    // Reports about every 100,000 parameter updates: often enough for a smooth line, rare
    // enough to cost nothing beside the steps.
    return (line, TrainingObserver(every: max(1, 100_000 / max(1, parameters)), report: line.update))
  }

  /// Shows `progress` if a second has passed since the start and a tenth since the last line.
  func update(_ progress: TrainingProgress) {
    let now = Self.now()
    guard let first else {
      first = (progress.step, now)
      return
    }
    guard now - start >= 1, now - lastShown >= 0.1, now > first.time else { return }
    lastShown = now
    shown = true
    let rate = Double(progress.step - first.step) / (now - first.time)
    emit("\r\u{1B}[K  step \(progress.step)/\(progress.steps)  loss \(NumberFormat(significant: 6).plain(progress.error))"
      + "  \(Int(rate.rounded())) steps/s")
  }

  /// Ends the line, if one was shown, so that later output starts on a fresh line.
  func finish() {
    if shown { emit("\n") }
  }

  private func emit(_ text: String) {
    var text = text
    text.withUTF8 { bytes in _ = write(2, bytes.baseAddress, bytes.count) }
  }

  private static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }
}
