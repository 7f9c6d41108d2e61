/// The verdict on one printed value of a fixture.
public struct CheckedValue: Equatable, Sendable {
  /// The key of the value.
  public let key: TraceKey
  /// The value as the book printed it.
  public let printed: PrintedNumber
  /// The value the engine computed.
  public let computed: Double
  /// Rounded, truncated or mismatch.
  public let match: PrintedNumber.Match
}

/// The result of checking every printed value of a fixture against a fresh trace.
public struct CheckReport: Equatable, Sendable {
  /// The fixture file.
  public let file: String
  /// One verdict per printed value, in lecture order.
  public let values: [CheckedValue]

  /// Compares each expected value of `fixture` with `trace` (a trace of that fixture).
  ///
  /// Values come out in the trace's (lecture) order, whatever order the fixture lists them in.
  public init(fixture: Fixture, trace: Trace) {
    file = fixture.file
    values = fixture.expected.compactMap { expected -> (Int, CheckedValue)? in
      guard let position = trace.layout.position(of: expected.key) else { return nil }
      let computed = trace.values[position]
      return (position, CheckedValue(key: expected.key, printed: expected.printed, computed: computed, match: expected.printed.match(computed)))
    }.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// True when every printed value is reproduced (rounded or truncated).
  public var allMatch: Bool { values.allSatisfy { $0.match != .mismatch } }

  /// A plain-text report: a line per value, then a summary line.
  ///
  /// The computed value is shown with four more decimals than the book printed, so a truncation
  /// or a near miss can be seen.
  public var text: String {
    let keyWidth = values.map(\.key.rawValue.count).max() ?? 0
    var lines = [file]
    for value in values {
      let shown = NumberFormat(decimals: value.printed.decimals + 4).plain(value.computed)
      let key = value.key.rawValue + String(repeating: " ", count: keyWidth - value.key.rawValue.count)
      switch value.match {
      case .rounded:
        lines.append("  ok          \(key)  printed \(value.printed), computed \(shown)")
      case .truncated:
        lines.append("  truncated   \(key)  printed \(value.printed), computed \(shown) (the book cut off the digits instead of rounding)")
      case .mismatch:
        let difference = NumberFormat(decimals: value.printed.decimals + 4).plain(value.computed - value.printed.value)
        lines.append("  MISMATCH    \(key)  printed \(value.printed), computed \(shown) (difference \(difference))")
      }
    }
    let reproduced = values.filter { $0.match != .mismatch }.count
    let truncated = values.filter { $0.match == .truncated }.count
    var summary = "  \(reproduced) of \(values.count) printed values reproduced"
    if truncated > 0 { summary += " (\(truncated) as truncations)" }
    lines.append(summary + (allMatch ? "" : "; \(values.count - reproduced) not reproduced"))
    return lines.joined(separator: "\n") + "\n"
  }
}
