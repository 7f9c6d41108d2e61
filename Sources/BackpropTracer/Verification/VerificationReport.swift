/// The verifications of one or more answer sheets against one fixture, ready to render as a
/// terminal report (`text`), feedback for students (`markdown`) or a gradebook record (`json`).
///
/// A sheet that could not be read keeps its place with its one-line reason, so a batch with one
/// bad file still reports every other sheet.
package struct VerificationReport: Equatable, Sendable {
  /// One sheet of a batch: judged, or unreadable.
  package enum Sheet: Equatable, Sendable {
    /// The sheet was read and judged.
    case judged(Verification)
    /// The file could not be read as answers; `reason` is the one-line error (file and line).
    case unreadable(file: String, reason: String)

    /// The file, as named by the caller.
    package var file: String {
      switch self {
      case let .judged(verification): return verification.file
      case let .unreadable(file, _): return file
      }
    }
  }

  /// The fixture file the answers were judged against.
  package let fixture: String
  /// Every sheet, in the order given.
  package let entries: [Sheet]
  /// False to judge without revealing the true values (feedback that does not leak answers):
  /// expected values, differences, recomputed values and the values behind slips are left out.
  package let revealsExpected: Bool

  /// Creates a report of a batch, unreadable sheets included.
  package init(fixture: String, entries: [Sheet], revealsExpected: Bool = true) {
    self.fixture = fixture
    self.entries = entries
    self.revealsExpected = revealsExpected
  }

  /// Creates a report of judged sheets.
  package init(fixture: String, sheets: [Verification], revealsExpected: Bool = true) {
    self.init(fixture: fixture, entries: sheets.map(Sheet.judged), revealsExpected: revealsExpected)
  }

  /// The sheets that were judged, in order.
  package var sheets: [Verification] {
    entries.compactMap { if case let .judged(verification) = $0 { return verification } else { return nil } }
  }

  /// True when some sheet could not be read.
  package var hasUnreadable: Bool { sheets.count < entries.count }

  /// True when every sheet was read and every answer of every sheet is correct, none missing or
  /// under an unknown key.
  package var allCorrect: Bool { !hasUnreadable && sheets.allSatisfy(\.allCorrect) }
}

extension Verification {
  /// "28 of 34 correct, plus 5 consistent with earlier answers (follow-through); 1 too coarse to
  /// judge; 1 answer under an unknown key, not scored".
  package var scoreText: String {
    var text = "\(correctCount) of \(total) correct"
    if followThroughCount > 0 { text += ", plus \(followThroughCount) consistent with earlier answers (follow-through)" }
    if tooCoarseCount > 0 { text += "; \(tooCoarseCount) too coarse to judge" }
    if !unknownKeys.isEmpty {
      text += "; \(unknownKeys.count) answer\(unknownKeys.count == 1 ? "" : "s") under an unknown key, not scored"
    }
    return text
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
  package var mistakeText: String { "\(variant.summary) (\(variant.name))" }

  /// "it does not explain 2 of the 6 wrong answers", or nil when it explains all of them.
  package var unexplainedText: String? {
    guard !unexplained.isEmpty else { return nil }
    let wrong = explained.count + unexplained.count
    return "it does not explain \(unexplained.count) of the \(wrong) wrong answers"
  }
}

extension JudgedAnswer {
  /// "give at least 2 significant digits", for a too-coarse answer.
  var tooCoarseAdvice: String? {
    guard case let .tooCoarse(minimum) = verdict else { return nil }
    return "give at least \(minimum) significant digit\(minimum == 1 ? "" : "s")"
  }

  /// The slip's one-line explanation, with its value unless `revealing` is false.
  func slipText(revealing: Bool) -> String? {
    slip.map { $0.explanation(revealing: revealing, format: detailFormat) }
  }
}

/// "a", "a and b", "a, b and c".
func listed(_ items: [String]) -> String {
  guard let last = items.last else { return "" }
  return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
}
