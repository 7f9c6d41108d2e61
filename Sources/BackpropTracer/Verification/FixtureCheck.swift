/// The verdict on one printed value of a fixture.
package struct CheckedValue: Equatable, Sendable {
  /// The key of the value.
  package let key: TraceKey
  /// The value as the book printed it.
  package let printed: PrintedNumber
  /// The value the engine computed.
  package let computed: Double
  /// Rounded, truncated or mismatch.
  package let match: PrintedNumber.Match
  /// The fixture's record that the printed value is a known slip, if it has one.
  package let erratum: Erratum?

  /// Creates a verdict.
  package init(key: TraceKey, printed: PrintedNumber, computed: Double, match: PrintedNumber.Match, erratum: Erratum? = nil) {
    self.key = key
    self.printed = printed
    self.computed = computed
    self.match = match
    self.erratum = erratum
  }

  /// True for a known erratum: the printed value is not reproduced but the recorded correction is.
  package var isKnownErratum: Bool {
    guard let erratum else { return false }
    return match == .mismatch && erratum.correct.matches(computed)
  }

  /// True when the value passes the check: reproduced, or a known erratum. A value recorded as
  /// an erratum fails when the book's number is reproduced after all or the correction is not.
  package var passes: Bool { erratum == nil ? match != .mismatch : isKnownErratum }
}

/// The result of checking every printed value of a fixture against a fresh trace.
package struct CheckReport: Equatable, Sendable {
  /// The fixture file.
  package let file: String
  /// One verdict per printed value, in lecture order.
  package let values: [CheckedValue]

  /// Compares each expected value of `fixture` with `trace` (a trace of that fixture).
  ///
  /// Values come out in the trace's (lecture) order, whatever order the fixture lists them in;
  /// the fixture's errata are checked with them.
  package init(fixture: Fixture, trace: Trace) {
    file = fixture.file
    let printed = fixture.expected.map { ($0.key, $0.printed, Erratum?.none) } + fixture.errata.map { ($0.key, $0.printed, Optional($0)) }
    values = printed.compactMap { key, printed, erratum -> (Int, CheckedValue)? in
      guard let position = trace.layout.position(of: key) else { return nil }
      let computed = trace.values[position]
      return (position, CheckedValue(key: key, printed: printed, computed: computed, match: printed.match(computed), erratum: erratum))
    }.sorted { $0.0 < $1.0 }.map(\.1)
  }

  /// A report of values already judged, in the order given (a graph fixture's check builds one).
  package init(file: String, values: [CheckedValue]) {
    self.file = file
    self.values = values
  }

  /// True when every printed value is reproduced (rounded or truncated) or a known erratum.
  package var allMatch: Bool { values.allSatisfy(\.passes) }

  /// A plain-text report: a line per value, then a summary line.
  ///
  /// The computed value is shown with four more decimals than the book printed, so a truncation
  /// or a near miss can be seen.
  package var text: String {
    let keyWidth = values.map(\.key.rawValue.count).max() ?? 0
    var lines = [file]
    for value in values {
      let shown = NumberFormat(decimals: value.printed.decimals + 4).plain(value.computed)
      let key = value.key.rawValue + String(repeating: " ", count: keyWidth - value.key.rawValue.count)
      if let erratum = value.erratum {
        lines.append(erratumLine(value, erratum: erratum, key: key, shown: shown))
        continue
      }
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
    let reproduced = values.filter { $0.erratum == nil && $0.match != .mismatch }.count
    let truncated = values.filter { $0.erratum == nil && $0.match == .truncated }.count
    let errata = values.filter(\.isKnownErratum).count
    let failing = values.filter { !$0.passes }.count
    var summary = "  \(reproduced) of \(values.count) printed values reproduced"
    if truncated > 0 { summary += " (\(truncated) as truncations)" }
    if errata > 0 { summary += "; \(errata) known \(errata == 1 ? "erratum" : "errata") of the book" }
    lines.append(summary + (failing == 0 ? "" : "; \(failing) not reproduced"))
    return lines.joined(separator: "\n") + "\n"
  }

  /// The line of a value the fixture records as an erratum.
  private func erratumLine(_ value: CheckedValue, erratum: Erratum, key: String, shown: String) -> String {
    let note = erratum.note.isEmpty ? "" : ": \(erratum.note)"
    if value.isKnownErratum {
      return "  erratum     \(key)  printed \(value.printed), correct \(erratum.correct), computed \(shown) (a known slip of the book\(note))"
    }
    if value.match != .mismatch {
      return "  MISMATCH    \(key)  printed \(value.printed), computed \(shown) (listed as an erratum, but the printed value is reproduced)"
    }
    return "  MISMATCH    \(key)  printed \(value.printed), correct \(erratum.correct), computed \(shown) (listed as an erratum, but its correction is not reproduced either)"
  }
}
