import BackpropTracer
import Foundation
import Testing

/// Sheets written from random networks, some computed with a common mistake, with random slips
/// in random answers; every diagnosis and every slip the verifier names is then checked by
/// recomputing the claim here, one answer at a time, through the public replay.
@Suite("Diagnoses are true on random networks")
struct DiagnosisPropertyTests {
  /// The kinds of slip a generated sheet may contain.
  enum Distortion: CaseIterable {
    case negated, transposed, doubled, halved, shifted, neighbour, random
  }

  @Test("300 random networks × random slips: every diagnosis and slip is reproduced by an independent recomputation")
  func diagnosesAreTrue() throws {
    var diagnoses = 0, explained = 0, slips = 0
    for seed in UInt64(1)...300 {
      var random = SplitMix64(seed: seed &* 7919)
      let (network, examples) = RandomNetworks.make(seed: seed)
      let trace = try network.trace(examples, plan: TrainingPlan(batchSize: examples.count, reduction: .mean), perExampleKeys: examples.count > 1)
      let variant = Bool.random(using: &random) ? Variant.allCases.randomElement(using: &random) : nil
      let source = variant.map { trace.replay(variant: $0) } ?? trace
      let sheet = Self.sheet(source, random: &random)
      let verification = Verification(sheet: sheet, trace: trace)
      let student = Dictionary(uniqueKeysWithValues: sheet.answers.map { (TraceKey($0.key), $0.printed.value) })
      let answers = Dictionary(uniqueKeysWithValues: sheet.answers.map { (TraceKey($0.key), $0.printed) })
      func others(_ key: TraceKey) -> [TraceKey: Double] { student.filter { $0.key != key } }
      if let diagnosis = verification.diagnosis {
        diagnoses += 1
        let own = trace.replay(variant: diagnosis.variant)
        for key in diagnosis.explained + diagnosis.unexplained {
          let answer = try #require(answers[key])
          let followThrough = trace.replay(variant: diagnosis.variant, overriding: others(key))[key]
          let reproduced = Self.credited(answer, truth: own[key] ?? .nan, followThrough: followThrough)
          let listed = diagnosis.explained.contains(key)
          #expect(reproduced == listed, "seed \(seed): \(diagnosis.variant.name) \(listed ? "explains" : "leaves out") \(key) = \(answer)")
          let verdict = verification.answers.first { $0.key == key.rawValue }?.verdict
          #expect(verdict == .wrong, "seed \(seed): \(key) is in the diagnosis but judged \(String(describing: verdict))")
        }
        explained += diagnosis.explained.count
      }
      for judged in verification.answers {
        guard let finding = judged.slip, let answer = judged.answer else { continue }
        slips += 1
        let key = TraceKey(judged.key)
        #expect(judged.verdict == .wrong, "seed \(seed): a slip in \(key), judged \(judged.verdict)")
        let followThrough = trace.replay(overriding: others(key))[key]
        let problem = Self.check(finding, answer: answer.printed, key: key, trace: trace, followThrough: followThrough, student: student)
        #expect(problem == nil, "seed \(seed): \(key) = \(answer.printed): \(finding.slip) \(problem ?? "")")
      }
    }
    print("checked \(diagnoses) diagnoses, \(explained) explained, \(slips) slips")
    #expect(diagnoses >= 50 && explained >= 100 && slips >= 100, "too few claims checked: \(diagnoses) diagnoses, \(explained) answers, \(slips) slips")
  }

  /// The rule, written out again from the README: credited when the answer is the exact true
  /// value, or shows at least 2 significant digits and is the true or follow-through value
  /// rounded or cut off, or is within one unit of its last decimal of a follow-through value
  /// that differs from the true one by more than that unit.
  static func credited(_ answer: PrintedNumber, truth: Double, followThrough: Double?) -> Bool {
    if answer.isExact(truth) { return true }
    guard answer.significantDigits >= 2 else { return false }
    if answer.matches(truth) { return true }
    guard let followThrough else { return false }
    let unit = pow(10, -Double(answer.decimals)) * (1 + 1e-9)
    return answer.matches(followThrough) || (abs(followThrough - truth) > unit && abs(answer.value - followThrough) <= unit)
  }

  /// Nil when the slip does give the answer, recomputed here; else what is wrong.
  static func check(
    _ finding: SlipFinding, answer: PrintedNumber, key: TraceKey, trace: Trace, followThrough: Double?, student: [TraceKey: Double]
  ) -> String? {
    let truth = trace[key] ?? .nan
    let expectedReference = finding.fromStudent ? followThrough : truth
    func distorted(_ transform: (Double) -> Double) -> Bool {
      credited(answer, truth: transform(truth), followThrough: followThrough.map(transform))
    }
    switch finding.slip {
    case .lostSign: return distorted { -$0 } ? nil : "not the negation"
    case .doubled: return distorted { 2 * $0 } ? nil : "not twice the value"
    case .halved: return distorted { $0 / 2 } ? nil : "not half the value"
    case let .powerOfTen(exponent): return distorted { $0 * pow(10, Double(exponent)) } ? nil : "not a power of ten off"
    case .transposedDigits:
      guard finding.reference == expectedReference else { return "the reference is neither the true nor the follow-through value" }
      return swappedBack(answer.text).contains { $0.matches(finding.reference) } ? nil : "no swap of two neighbouring digits gives the value"
    case let .neighbour(other, _):
      guard let value = trace[other] else { return "\(other) is not a key" }
      return credited(answer, truth: value, followThrough: student[other]) ? nil : "not the value of \(other)"
    }
  }

  /// The answer's text with each pair of neighbouring significant digits swapped (across the
  /// decimal point too; leading zeros and the exponent stay), read back.
  static func swappedBack(_ text: String) -> [PrintedNumber] {
    let characters = Array(text)
    let mantissa = characters.prefix { $0 != "e" && $0 != "E" }
    let digits = mantissa.indices.filter { mantissa[$0].isNumber }.drop { mantissa[$0] == "0" }
    return zip(digits, digits.dropFirst()).compactMap { first, second in
      guard characters[first] != characters[second] else { return nil }
      var swapped = characters
      swapped.swapAt(first, second)
      return PrintedNumber(String(swapped))
    }
  }

  /// A sheet of most of the computed values of `trace`, each written with 3 to 6 significant
  /// digits; about one answer in four carries a random slip.
  static func sheet(_ trace: Trace, random: inout SplitMix64) -> AnswerSheet {
    let keys = trace.entries.filter {
      $0.derivation != .given && $0.derivation != .one && !Self.isLaterStep($0.derivation) && Double.random(in: 0...1, using: &random) < 0.8
    }.map(\.key)
    var written: [String] = []
    for (index, key) in keys.enumerated() {
      let digits = Int.random(in: 3...6, using: &random)
      let value = trace[key] ?? 0
      var text = String(format: "%.\(digits)g", value)
      if Double.random(in: 0...1, using: &random) < 0.25, let distortion = Distortion.allCases.randomElement(using: &random) {
        switch distortion {
        case .negated: text = String(format: "%.\(digits)g", -value)
        case .transposed: text = swappedBack(text).first?.text ?? text
        case .doubled: text = String(format: "%.\(digits)g", 2 * value)
        case .halved: text = String(format: "%.\(digits)g", value / 2)
        case .shifted: text = String(format: "%.\(digits)g", value * [10, 100, 0.1, 0.01].randomElement(using: &random)!)
        case .neighbour: if index > 0 { text = written[index - 1].split(separator: "=")[1].trimmingCharacters(in: .whitespaces) }
        case .random: text = String(format: "%.\(digits)g", Double.random(in: -2...2, using: &random))
        }
      }
      written.append("\(key) = \(text)")
    }
    let answers = written.enumerated().compactMap { line, text -> Answer? in
      let parts = text.split(separator: "=", maxSplits: 1)
      guard let printed = PrintedNumber(String(parts[1])) else { return nil }
      return Answer(key: String(parts[0]).trimmingCharacters(in: .whitespaces), printed: printed, line: line + 1)
    }
    return AnswerSheet(file: "random.txt", format: .text, answers: answers)
  }

  static func isLaterStep(_ derivation: Derivation) -> Bool {
    if case .repeatedSteps = derivation { return true }
    return false
  }
}
