#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Wall-clock timing and peak memory, for the benchmark only (no test times anything).
enum Measurement {
  /// Seconds on the monotonic clock.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
  }

  /// Runs `body` and returns its result with the seconds it took.
  static func timed<T>(_ body: () throws -> T) rethrows -> (T, seconds: Double) {
    let start = now()
    let result = try body()
    return (result, now() - start)
  }

  /// Seconds per step of `run(steps)`, without what a run pays once (its setup, its final error):
  /// the median over `repeats` of (time of 1 + `steps` steps − time of 1 step) / `steps`, after
  /// one unmeasured run so that neither pays for memory fresh from the system.
  static func secondsPerStep(steps: Int, repeats: Int, _ run: (Int) -> Void) -> Double {
    run(1)
    return median(
      (0..<repeats).map { _ in
        let once = timed { run(1) }.seconds
        return (timed { run(1 + steps) }.seconds - once) / Double(steps)
      })
  }

  /// The median of `values` (the mean of the middle two for an even count).
  static func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return 0 }
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : 0.5 * (sorted[middle - 1] + sorted[middle])
  }

  /// The process's peak resident memory so far, in bytes (getrusage's maxrss).
  static func peakMemory() -> Int {
    var usage = rusage()
    #if canImport(Darwin)
      getrusage(RUSAGE_SELF, &usage)
    #else
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #endif
    #if canImport(Darwin)
      return Int(usage.ru_maxrss)
    #else
      return Int(usage.ru_maxrss) * 1024
    #endif
  }
}
