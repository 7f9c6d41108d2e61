/// The examples of each step: epochs of the data set in order or shuffled, cut into batches.
///
/// The last batch of an epoch may be smaller. Shuffling uses SplitMix64 seeded with the plan's
/// seed and a Fisher–Yates shuffle, so the same seed gives the same batches on every machine.
struct BatchSchedule: IteratorProtocol {
  private let exampleCount: Int
  private let batchSize: Int
  private var generator: SplitMix64?
  private var epoch: [Int] = []
  private var position = 0

  init(exampleCount: Int, plan: TrainingPlan) {
    precondition(exampleCount > 0, "a data set has at least one example")
    self.exampleCount = exampleCount
    self.batchSize = max(1, min(plan.batchSize, exampleCount))
    if case let .shuffled(seed) = plan.order { generator = SplitMix64(seed: seed) }
  }

  /// The example indices of the next step.
  mutating func next() -> [Int]? {
    if batchSize == exampleCount, generator == nil {
      if epoch.isEmpty { epoch = Array(0..<exampleCount) }
      return epoch  // the whole set in order, every step: the same array, never a new one
    }
    if position >= epoch.count {
      epoch = Array(0..<exampleCount)
      if var random = generator {
        for i in stride(from: epoch.count - 1, to: 0, by: -1) {
          let j = Int(random.next() % UInt64(i + 1))
          epoch.swapAt(i, j)
        }
        generator = random
      }
      position = 0
    }
    let batch = Array(epoch[position..<min(position + batchSize, epoch.count)])
    position += batch.count
    return batch
  }

  /// The number of steps that make one epoch.
  var stepsPerEpoch: Int { (exampleCount + batchSize - 1) / batchSize }
}

/// SplitMix64: a small, fast, seedable generator with a fixed algorithm (unlike the system's), so
/// a seed gives the same numbers on every machine.
package struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64
  /// A generator that starts from `seed`.
  package init(seed: UInt64) { state = seed }
  /// The next 64 random bits.
  package mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
