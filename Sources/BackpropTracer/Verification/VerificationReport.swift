/// The verifications of one or more answer sheets against one fixture, ready to render as a
/// terminal report (`text`), feedback for students (`markdown`) or a gradebook record (`json`).
public struct VerificationReport: Equatable, Sendable {
  /// The fixture file the answers were judged against.
  public let fixture: String
  /// One verification per sheet, in the order given.
  public let sheets: [Verification]
  /// False to judge without revealing the true values (feedback that does not leak answers):
  /// expected values, differences and recomputed values are left out.
  public let revealsExpected: Bool

  /// Creates a report.
  public init(fixture: String, sheets: [Verification], revealsExpected: Bool = true) {
    self.fixture = fixture
    self.sheets = sheets
    self.revealsExpected = revealsExpected
  }

  /// True when every answer of every sheet is correct and none is missing or unknown.
  public var allCorrect: Bool { sheets.allSatisfy(\.allCorrect) }
}

extension Verification {
  /// "28 of 34 correct, plus 5 consistent with earlier answers (follow-through)".
  public var scoreText: String {
    "\(correctCount) of \(total) correct"
      + (followThroughCount > 0 ? ", plus \(followThroughCount) consistent with earlier answers (follow-through)" : "")
  }
}

extension JudgedAnswer {
  /// The format for this answer's true value and difference: four decimals more than the
  /// student wrote, so the size of a slip shows; the standard format for a missing answer.
  var detailFormat: NumberFormat {
    answer.map { NumberFormat(decimals: $0.printed.decimals + 4) } ?? .standard
  }

  /// The difference with its sign: `+0.0027`, `-0.0381`.
  func signedDifference() -> String? {
    difference.map { ($0 > 0 ? "+" : "") + detailFormat.plain($0) }
  }
}

extension Diagnosis {
  /// "bias left out of every net input (bias-omitted)".
  public var mistakeText: String { "\(variant.summary) (\(variant.name))" }
}

/// "a", "a and b", "a, b and c".
func listed(_ items: [String]) -> String {
  guard let last = items.last else { return "" }
  return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
}
