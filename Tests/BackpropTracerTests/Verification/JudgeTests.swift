import BackpropTracer
import Foundation
import Testing

@Suite("Judge")
struct JudgeTests {
  private func judge(
    _ text: String, truth: Double, followThrough: Double? = nil, judge: Judge = .standard, key: TraceKey = "k"
  ) throws -> Judgement {
    judge.judge(try #require(PrintedNumber(text)), key: key, truth: truth, followThrough: followThrough)
  }

  @Test("Each row of the rule table decides a case", arguments: [
    ("0.5933", 0.593269992, nil, Judgement.correct),  // rounded
    ("0.59", 0.593269992, nil, .correct),  // 2 significant digits are enough
    ("0.08216", 0.082167041, nil, .correctTruncated),  // cut off, as seed 000 prints it
    ("0.4", 0.4, nil, .correct),  // the exact value, one digit
    ("1", 1.0, nil, .correct),
    ("-0.4", 0.1 * 3 - 0.7, nil, .correct),  // −0.3999999999999999: exact but for binary noise
    ("-0.4", 0.7 - 1.1, nil, .correct),  // −0.40000000000000013
    ("0.3", 0.1 + 0.2, nil, .correct),  // 0.30000000000000004
    ("0.4", 0.40000000000001, nil, .tooCoarse),  // a difference at the 14th digit is no noise
    ("0.4", 0.35891, nil, .tooCoarse),  // w5_new written as the old weight
    ("1", 0.593269992, nil, .tooCoarse),
    ("0", 0.3775, nil, .tooCoarse),
    ("0.09", 0.082668, nil, .wrong),  // not even at its own precision
    ("0.5975", 0.5969, 0.597533864, .followThrough),  // what the student's values give
    ("0.59754", 0.5969, 0.597533864, .followThrough),  // one unit off a value their answers moved
    ("0.59755", 0.5969, 0.597533864, .wrong),  // two units off
    ("0.59328", 0.593269992, 0.593269992, .wrong),  // one unit off, but nothing moved the value
    ("0.6", 0.5969, 0.6233, .tooCoarse),  // the follow-through value, with one digit
    ("0.09", 0.08, 0.0826668, .wrong),  // one unit of 0.09 is no leeway for one digit
    ("-0.5933", 0.593269992, nil, .wrong),  // signs count
  ] as [(String, Double, Double?, Judgement)])
  func rules(text: String, truth: Double, followThrough: Double?, expected: Judgement) throws {
    #expect(try judge(text, truth: truth, followThrough: followThrough) == expected, "\(text) for \(truth)")
  }

  @Test("A fixture's floor: minimumSignificantDigits 3 makes 0.59 too coarse")
  func floor() throws {
    let strict = Judge(minimumSignificantDigits: 3)
    #expect(try judge("0.59", truth: 0.593269992, judge: strict) == .tooCoarse)
    #expect(try judge("0.593", truth: 0.593269992, judge: strict) == .correct)
    #expect(try judge("1", truth: 0.593269992, judge: Judge(minimumSignificantDigits: 1)) == .correct)
  }

  @Test("Tolerances replace printed precision, floor included, for their keys")
  func tolerances() throws {
    let course = Judge(tolerances: ["w5_new": .absolute(0.05)], defaultTolerance: .relative(0.01))
    #expect(try judge("0.4", truth: 0.35891, judge: course, key: "w5_new") == .correct)
    #expect(try judge("0.41", truth: 0.35891, judge: course, key: "w5_new") == .wrong)
    #expect(try judge("0.597", truth: 0.593269992, judge: course) == .correct, "within 1%")
    #expect(try judge("0.6", truth: 0.593269992, judge: course) == .wrong, "1.1% off")
    #expect(try judge("0.61", truth: 0.5, followThrough: 0.6055, judge: course) == .followThrough)
    #expect(course.tolerance(for: "out_h1") == .relative(0.01) && Judge.standard.tolerance(for: "out_h1") == nil)
  }

  @Test("The rule table as data: parameters, every condition's definition, the rows in order")
  func ruleTable() throws {
    let judge = Judge(minimumSignificantDigits: 3, tolerances: ["w5_new": .absolute(0.0005)], defaultTolerance: .relative(0.01))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(judge.ruleTableJSON.utf8)) as? [String: Any])
    #expect(object["minimumSignificantDigits"] as? Int == 3)
    let tolerance = try #require(object["tolerance"] as? [String: [String: Double]])
    #expect(tolerance == ["*": ["relative": 0.01], "w5_new": ["absolute": 0.0005]])
    let conditions = try #require(object["conditions"] as? [String: String])
    #expect(Set(conditions.keys) == Set(Judge.Condition.allCases.map(\.rawValue)))
    let rules = try #require(object["rules"] as? [[String: Any]])
    #expect(rules.count == Judge.rules.count)
    #expect(rules.first?["if"] as? [String] == ["has-tolerance", "within-tolerance-of-truth"])
    #expect(rules.last?["if"] as? [String] == [] && rules.last?["then"] as? String == "wrong")
    #expect(Set(rules.compactMap { $0["then"] as? String }) == Set(Judgement.allCases.map(\.rawValue)))
  }

  @Test("Fixture syntax: the floor at the top, tolerances in an assignment object; the list form still reads")
  func fixtureSyntax() throws {
    let text = try String(contentsOf: Repository.fixtures.appendingPathComponent("mazur-2-2-2.json"), encoding: .utf8)
    let list = try Repository.fixture("mazur-2-2-2")
    #expect(list.judge == .standard && list.assignment.count == 34)
    let object = try loadFixture(
      text.replacingOccurrences(of: "\"assignment\": [", with: """
        "minimumSignificantDigits": 3,
          "assignment": {"tolerance": {"*": {"relative": 0.01}, "w5_new": {"absolute": 0.0005}}, "keys": [
        """).replacingOccurrences(of: "\"w6_new\", \"w7_new\", \"w8_new\"\n  ],", with: "\"w6_new\", \"w7_new\", \"w8_new\"\n  ]},"))
    #expect(object.assignment == list.assignment)
    #expect(object.judge == Judge(minimumSignificantDigits: 3, tolerances: ["w5_new": .absolute(0.0005)], defaultTolerance: .relative(0.01)))
  }

  @Test("Bad tolerances and floors are refused with their path", arguments: [
    (#""assignment": {"keys": ["net_o"], "tolerance": {"net_o": {"absolute": 0.1, "relative": 0.1}}}"#,
     #"test.json:2:58: assignment.tolerance.net_o: expected one of "absolute" or "relative", such as {"relative": 0.01}"#),
    (#""assignment": {"keys": ["net_o"], "tolerance": {"net_o": {"relative": 5}}}"#,
     "test.json:2:71: assignment.tolerance.net_o.relative: a relative tolerance is a fraction (0.05 for 5%), at most 1; found 5.0"),
    (#""assignment": {"keys": ["net_o"], "tolerance": {"net_oo": {"absolute": 0.1}}}"#,
     #"test.json:2:59: assignment.tolerance.net_oo: unknown key "net_oo"; did you mean "net_o"?"#),
    (#""assignment": {"keys": ["net_o"], "tolerance": {"net_o": {"absolute": 0}}}"#,
     "test.json:2:71: assignment.tolerance.net_o.absolute: a tolerance must be positive, found 0.0"),
    (#""assignment": {"tolerance": {}}"#, #"test.json:2:15: assignment: missing key "keys""#),
    (#""minimumSignificantDigits": 0"#, "test.json:2:29: minimumSignificantDigits: expected a number of significant digits from 1 to 17, found 0"),
  ])
  func refused(member: String, message: String) {
    let text = """
      {"title": "t", "network": {"inputs": ["x"], "layers": [{"activation": "sigmoid", "neurons": ["o"], "weights": [["w"]]}], "parameters": {"w": 0.5}}, "loss": "halfSquaredError", "learningRate": 0.5, "example": {"inputs": {"x": 1}, "targets": {"o": 0}},
      \(member)}
      """
    do {
      _ = try loadFixture(text)
      Issue.record("accepted: \(member)")
    } catch {
      #expect(error.description == message)
    }
  }
}
