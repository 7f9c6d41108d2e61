import BackpropTracer
import Foundation

/// Answer sheets written from a trace, as a student who computed it would write them.
enum GeneratedSheets {
  /// `key = value` lines for `keys`, each rounded to `decimals` decimals (trailing zeros kept).
  static func text(_ trace: Trace, keys: [TraceKey], decimals: Int = 5) -> String {
    keys.map { "\($0) = \(String(format: "%.\(decimals)f", trace[$0] ?? .nan))\n" }.joined()
  }

  /// The sheet `text` read back.
  static func sheet(_ text: String, file: String = "answers.txt") throws -> AnswerSheet {
    try AnswerSheet.parse(Array(text.utf8), file: file)
  }

  /// The 2-2-2 fixture, its trace, and the verification of `text` against it.
  static func verify(_ text: String) throws -> Verification {
    let fixture = try Repository.fixture("mazur-2-2-2")
    return Verification(sheet: try sheet(text), trace: try fixture.trace(), assignment: fixture.assignment)
  }
}
