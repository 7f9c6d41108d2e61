extension Trace {
  /// The hand computation of this trace: every given value and every intermediate rounded as
  /// `format` prints it before it is used, and the position of the first value that rounding
  /// left undefined (0/0 once an output rounds to 1, the log of a rounded 0), or nil.
  func handComputation(format: NumberFormat) -> (trace: Trace, undefined: Int?) {
    var givens: [TraceKey: Double] = [:]
    for position in 0..<count where layout.derivations[position] == .given {
      givens[layout.keys[position]] = format.rounded(values[position])
    }
    let replayed = replay(overriding: givens, rounding: format.rounded)
    return (replayed, replayed.values.firstIndex { !$0.isFinite })
  }
}
