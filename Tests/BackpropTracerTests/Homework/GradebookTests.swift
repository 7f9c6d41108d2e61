import Foundation
import Testing

@testable import BackpropTracer

/// Grading a course: the copy check against a brute-force comparison, and the gradebook's forms.
@Suite("Gradebooks")
struct GradebookTests {
  /// Mazur's fixture for `count` students, seed 11.
  static func course(_ count: Int) throws -> CourseVariants {
    let (bytes, fixture) = try CourseTestSupport.fixture("mazur-2-2-2")
    return try CourseVariants(fixture: fixture, bytes: bytes, roster: try CourseTestSupport.roster(count), plan: AssignmentPlan(seed: 11))
  }

  /// A sheet of `keys` with each value from `source` at `digits` significant digits.
  static func sheet(_ source: StudentVariant, keys: [TraceKey], digits: Int) throws -> AnswerSheet {
    let lines = keys.map { key in "\(key) = \(NumberFormat(significant: digits).plain(source.trace[key] ?? 0))" }
    return try AnswerSheet.parse(Array(lines.joined(separator: "\n").utf8), file: "sheet.txt")
  }

  @Test("The copy check agrees with judging every sheet against every student's values (seeded sheets)", arguments: [UInt64(3), 4, 5, 6])
  func matcherAgreesWithBruteForce(seed: UInt64) throws {
    let course = try Self.course(12)
    var random = SplitMix64(seed: seed)
    var matcher = VariantMatcher(course.variants)
    let keys = course.variants[0].fixture.assignment
    var flagged = 0
    for _ in 0..<20 {
      let own = Int.random(in: 0..<12, using: &random)
      // A sheet copied in part from one student, the rest from its own variant or made up.
      let source = Int.random(in: 0..<12, using: &random)
      let lines = keys.map { key -> String in
        let from = [own, source, source].randomElement(using: &random) ?? own
        var value = course.variants[from].trace[key] ?? 0
        if Int.random(in: 0..<5, using: &random) == 0 { value *= 1.3 }
        return "\(key) = \(NumberFormat(significant: Int.random(in: 2...17, using: &random)).plain(value))"
      }
      let sheet = try AnswerSheet.parse(Array(lines.joined(separator: "\n").utf8), file: "s.txt")
      var fits = [Int](repeating: 0, count: 12)
      for answer in sheet.answers {
        for (index, variant) in course.variants.enumerated()
        where variant.fixture.judge.judge(answer.printed, key: TraceKey(answer.key), truth: variant.trace[TraceKey(answer.key)] ?? .nan, followThrough: nil).isCorrect {
          fits[index] += 1
        }
      }
      let best = fits.indices.filter { $0 != own }.max { fits[$0] < fits[$1] || (fits[$0] == fits[$1] && $0 > $1) } ?? 0
      let expected = fits[best] > fits[own] && fits[best] >= max(2, (sheet.answers.count + 1) / 2)
      let match = matcher.copiedVariant(of: sheet, own: own)
      if match != nil { flagged += 1 }
      #expect(match == (expected ? VariantMatcher.Match(id: course.variants[best].student.id, fits: fits[best], own: fits[own]) : nil), "seed \(seed)")
    }
    #expect(flagged > 0 && flagged < 20, "seed \(seed): \(flagged) of 20 flagged")
  }

  @Test("A gradebook has a row per student: graded, copied, missing, unreadable; as CSV and for Canvas")
  func gradebook() throws {
    let course = try Self.course(4)
    let keys = course.variants[0].fixture.assignment
    let gradebook = Gradebook(
      variants: course.variants, otherFields: [["Ann"], ["Bob, B"], ["Cy"], ["Di"]], otherColumns: ["Student"],
      submissions: [
        "s01": .sheet(try Self.sheet(course.variants[0], keys: keys, digits: 6)),
        "s02": .sheet(try Self.sheet(course.variants[0], keys: keys, digits: 6)),
        "s04": .unreadable("subs/s04.txt:1: binary data: this is not a text file of answers (or not UTF-8)"),
      ])
    let rows = gradebook.csv.split(separator: "\r\n").map(String.init)
    #expect(rows.count == 5)
    #expect(rows[0] == CSVWriter.byteOrderMark + "id,Student,status,score,correct,follow_through,too_coarse,wrong,missing,unknown_keys,likely_mistake,matches_variant_of,note")
    #expect(rows[1] == "s01,Ann,graded,100,34,0,0,0,0,0,,,")
    #expect(rows[2].hasPrefix("s02,\"Bob, B\",graded,0,0,"))
    #expect(rows[2].hasSuffix(",s01,\"34 answers are correct for s01's variant, 0 for the student's own\""))
    #expect(rows[3] == "s03,Cy,missing,,,,,,,,,,")
    #expect(rows[4] == "s04,Di,unreadable,,,,,,,,,,subs/s04.txt:1: binary data: this is not a text file of answers (or not UTF-8)")
    #expect(gradebook.canvasCSV(assignment: "Homework 1 (42)") == CSVWriter.byteOrderMark + """
      Student,ID,SIS User ID,SIS Login ID,Section,Homework 1 (42)\r
      Ann,s01,,,,100\r
      "Bob, B",s02,,,,0\r
      Cy,s03,,,,\r
      Di,s04,,,,\r

      """)
    #expect(gradebook.hasUnreadable)
    let feedback = gradebook.feedbackFiles(revealsExpected: false)
    #expect(feedback.map(\.name) == ["s01.md", "s02.md", "s03.md", "s04.md"])
    #expect(feedback[2].contents == "# Feedback for s03\n\nNo answers file was found for you: a file named s03, with any extension. Nothing was graded.\n")
    #expect(!feedback[1].contents.contains(NumberFormat(decimals: 8).plain(course.variants[1].trace["net_h1"] ?? 0)))
  }

  @Test("Follow-through counts in the score only as far as asked")
  func followThroughCredit() throws {
    let course = try Self.course(1)
    let variant = course.variants[0]
    // net_h1 wrong by a slip, out_h1 consistent with it.
    let net = (variant.trace["net_h1"] ?? 0) + 0.1
    let out = 1 / (1 + exp(-net))
    let sheet = try AnswerSheet.parse(Array("net_h1 = \(net)\nout_h1 = \(out)\n".utf8), file: "s.txt")
    for (credit, score) in [(0.0, "0"), (0.5, "1.47"), (1.0, "2.94")] {
      let gradebook = Gradebook(variants: course.variants, otherFields: [[]], otherColumns: [], submissions: ["s01": .sheet(sheet)], followThroughCredit: credit)
      #expect(gradebook.entries[0].score(followThroughCredit: credit).map(Gradebook.percent) == score)
    }
  }
}
