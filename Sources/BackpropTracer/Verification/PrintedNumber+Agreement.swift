extension PrintedNumber {
  /// True when `value` is within one unit of the last printed decimal of this number: what a
  /// careful hand computation from rounded intermediate values can reach.
  ///
  /// Used where the verifier recomputes from a student's own (rounded) numbers: follow-through
  /// and diagnosis. A value that matches by rounding or truncation always agrees. Signs count.
  func agrees(with value: Double) -> Bool {
    guard value.isFinite else { return false }
    let unit = (0..<decimals).reduce(1.0) { unit, _ in unit / 10 }
    return abs(value - self.value) <= unit * (1 + 1e-9)
  }
}
