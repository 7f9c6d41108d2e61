/// The random numbers behind one student's variant, the same on every machine and in every run:
/// SplitMix64 seeded with the 64-bit FNV-1a hash of the course seed (its 8 bytes, least
/// significant first) followed by the student's id (its UTF-8 bytes).
///
/// Swift's `Hasher` is seeded per process and its `random(in:)` algorithms may change between
/// releases, so neither is used: a course's variants depend on (seed, id) alone.
struct StudentRandom {
  private var generator: SplitMix64

  /// The stream of the student `id` in the course seeded with `seed`.
  init(seed: UInt64, id: String) {
    generator = SplitMix64(seed: Self.hash(seed: seed, id: id))
  }

  /// FNV-1a (64-bit) over the seed's bytes, then the id's.
  static func hash(seed: UInt64, id: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    func mix(_ byte: UInt8) {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: seed >> UInt64(shift))) }
    for byte in id.utf8 { mix(byte) }
    return hash
  }

  /// A whole number from 0 to `count` − 1 (`count` > 0): the high word of a 64-bit draw times
  /// `count`, so each value comes with probability within 2⁻⁶⁴·count of 1/count.
  mutating func below(_ count: UInt64) -> UInt64 {
    precondition(count > 0, "a draw needs at least one value")
    return generator.next().multipliedFullWidth(by: count).high
  }
}

/// The "nice" values a given value may be replaced with: multiples of 10^−decimals within
/// ±spread of the original and within `allowed`, with the original's sign (so never 0).
struct NiceRange: Equatable {
  /// The smallest and largest multiple (as a count of 10^−decimals units).
  let lowest: Int64
  let highest: Int64
  /// The number of decimals every value is written with.
  let decimals: Int

  /// The range around `original`; nil when it holds no value other than the original (then
  /// the value is kept as written).
  init?(around original: Double, spread: Double, decimals: Int, allowed: ClosedRange<Double>) {
    guard original != 0, decimals <= 15 else { return nil }
    let unit = pow10(-decimals)
    let ends = [original * (1 - spread), original * (1 + spread)]
    let low = max(ends.min() ?? original, allowed.lowerBound), high = min(ends.max() ?? original, allowed.upperBound)
    guard low <= high, abs(high) / unit < 1e15, abs(low) / unit < 1e15 else { return nil }
    // A relative nudge keeps an end that is a multiple (0.15 × 1.5 = 0.225) in the range.
    let lowest = Int64((low / unit * (1 - 1e-12) - 1e-9).rounded(.up))
    let highest = Int64((high / unit * (1 + 1e-12) + 1e-9).rounded(.down))
    // Never 0 and never the other sign: the original's sign is kept.
    let first = original > 0 ? max(lowest, 1) : lowest, last = original > 0 ? highest : min(highest, -1)
    guard first < last else { return nil }
    self.lowest = first
    self.highest = last
    self.decimals = decimals
  }

  /// How many values the range holds.
  var count: UInt64 { UInt64(highest - lowest + 1) }

  /// One value of the range, drawn uniformly, written with exactly `decimals` decimals.
  func draw(using random: inout StudentRandom) -> String {
    let units = lowest + Int64(random.below(count))
    return Self.text(units: units, decimals: decimals)
  }

  /// `units` × 10^−`decimals` written out exactly: 5, 2 → `0.05`; −125, 2 → `-1.25`.
  static func text(units: Int64, decimals: Int) -> String {
    let digits = String(units.magnitude)
    let sign = units < 0 ? "-" : ""
    guard decimals > 0 else { return sign + digits }
    let padded = String(repeating: "0", count: max(0, decimals + 1 - digits.count)) + digits
    return sign + padded.dropLast(decimals) + "." + padded.suffix(decimals)
  }
}

/// 10^`power`, exact for the powers a fixture's decimals need.
func pow10(_ power: Int) -> Double {
  var value = 1.0
  for _ in 0..<abs(power) { value *= 10 }
  return power < 0 ? 1 / value : value
}
