@testable import BackpropTracer
import Foundation
import Testing

@Suite("The page's JavaScript judge")
struct JudgeScriptTests {
  /// One answer to judge: the text, the key, the true value, the follow-through value.
  struct Case {
    var answer: String
    var key: String
    var truth: Double
    var followThrough: Double?

    var json: String {
      "[\(JSONRenderer.quoted(answer)), \(JSONRenderer.quoted(key)), \(JSONRenderer.number(truth)), \(followThrough.map(JSONRenderer.number) ?? "null")]"
    }
  }

  @Test(
    "The script's judge gives the Swift judge's verdict on 6,000 generated answers under four judges (seed 18)",
    .enabled(if: JavaScriptRunner.isAvailable, "needs Node.js or a headless Chromium"))
  func sameVerdicts() throws {
    var random = SplitMix64(seed: 18)
    let cases = (0..<1_500).map { _ in Self.generatedCase(&random) }
    let judges = [
      Judge.standard,
      Judge(minimumSignificantDigits: 4),
      Judge(tolerances: ["w5_new": .absolute(0.0005)]),
      Judge(tolerances: ["out_h1": .relative(0.001)], defaultTolerance: .relative(0.01)),
    ]
    let tables = judges.map(\.ruleTableJSON).joined(separator: ",\n")
    let script = HTMLPageJudgeScript.source + """
      var tables = [\(tables)];
      var cases = [\(cases.map(\.json).joined(separator: ",\n"))];
      var verdicts = [];
      tables.forEach(function (table) {
        cases.forEach(function (c) { verdicts.push(BackpropJudge.judge(table, c[0], c[1], c[2], c[3])); });
      });
      print(verdicts.join("\\n"));
      """
    let scripted = try JavaScriptRunner.run(script).split(separator: "\n").map(String.init)
    var expected: [String] = []
    for judge in judges {
      for item in cases {
        guard let answer = PrintedNumber(item.answer) else {
          expected.append("not-a-number")
          continue
        }
        expected.append(judge.judge(answer, key: TraceKey(item.key), truth: item.truth, followThrough: item.followThrough).rawValue)
      }
    }
    try #require(scripted.count == expected.count, "the script gave \(scripted.count) verdicts for \(expected.count) cases")
    var differences = 0
    for index in expected.indices where scripted[index] != expected[index] {
      differences += 1
      if differences <= 10 {
        let item = cases[index % cases.count]
        Issue.record("judge \(index / cases.count), \(item.json): Swift \(expected[index]), JavaScript \(scripted[index])")
      }
    }
    #expect(differences == 0)
    for verdict in Judgement.allCases.map(\.rawValue) + ["not-a-number"] {
      #expect(expected.contains(verdict), "the cases never give \(verdict)")
    }
  }

  /// An answer near a true value, as students write them: rounded or cut off at 0–12 decimals,
  /// one unit off, in scientific form, with a sign, spaces or trailing zeros, or not a number;
  /// truths from exact short decimals to tiny and huge values; follow-through values equal,
  /// near or far.
  static func generatedCase(_ random: inout SplitMix64) -> Case {
    let magnitude: Double = [1e-9, 1e-5, 0.01, 1, 1, 1, 100, 1e7, 1e17].randomElement(using: &random) ?? 1
    var truth = Double.random(in: -1...1, using: &random) * magnitude
    if Int.random(in: 0..<5, using: &random) == 0 { truth = [0.4, 0.125, 1, -0.5, 0.05, 2.5, 0, 1e-7].randomElement(using: &random) ?? Double(0.4) }
    let decimals = Int.random(in: 0...12, using: &random)
    var answer = String(format: "%.\(decimals)f", truth)
    switch Int.random(in: 0..<12, using: &random) {
    case 0:
      let scale = pow(10, Double(decimals))
      answer = String(format: "%.\(decimals)f", (truth * scale).rounded(.towardZero) / scale)
    case 1: answer = String(format: "%.\(decimals)f", truth + pow(10, -Double(decimals)))
    case 2: answer = String(format: "%.\(decimals)e", truth)
    case 3: answer = " +" + answer + "0\t"
    case 4: answer = ["", "abc", "1.2.3", "1e", "--1", ".", "1e99999", "0x10", "1,5", "e5", "5.", ".5", "-0", "1E+2"].randomElement(using: &random) ?? ""
    case 5: answer = String(truth)
    case 6: answer = String(answer.prefix(max(1, answer.count - 1)))
    default: break
    }
    var followThrough: Double?
    switch Int.random(in: 0..<4, using: &random) {
    case 0: followThrough = truth
    case 1: followThrough = truth + pow(10, -Double(decimals)) * Double.random(in: 0.5...3, using: &random)
    case 2: followThrough = truth * Double.random(in: 0.9...1.1, using: &random)
    default: followThrough = nil
    }
    let key = ["w5_new", "out_h1", "net_o1"].randomElement(using: &random) ?? "w5_new"
    return Case(answer: answer, key: key, truth: truth, followThrough: followThrough)
  }
}
