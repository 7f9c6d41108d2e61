import Foundation
import Testing

@testable import BackpropTracer

/// Variants and follow-through, computed by the core (`ReplayingLedger`), against the same
/// computed from the derivations alone (`DerivationOracle`): every value, every variant, with
/// answers put in, on random networks, plans and numbers of steps and on every fixture
/// (evaluations and the perceptron rule included).
@Suite("Variants through the core")
struct VariantCoreTests {
  /// The first entry where the two disagree, as a message.
  static func difference(_ core: [Double], _ derivations: [Double], _ trace: Trace) -> String? {
    guard let position = core.indices.first(where: { !sameValue(core[$0], derivations[$0]) }) else { return nil }
    return "\(trace.layout.keys[position]) (\(trace.layout.derivations[position])): core \(core[position]), derivations \(derivations[position])"
  }

  /// Every variant and the correct step of `trace`, with and without `answers`.
  static func compare(_ trace: Trace, answers: [Int: Double], label: String) {
    let overrides = Dictionary(uniqueKeysWithValues: answers.map { (trace.layout.keys[$0.key], $0.value) })
    for variant in [nil] + Variant.allCases.map(Optional.some) {
      let name = variant?.name ?? "correct"
      for (given, laterSteps) in [([:], true), (overrides, true), (overrides, false)] {
        let core = trace.run(variant, overriding: given, laterSteps: laterSteps).values
        let derivations = trace.derivationRun(variant, overriding: given, laterSteps: laterSteps).values
        if let problem = difference(core, derivations, trace) { Issue.record("\(label), \(name), \(given.count) answers: \(problem)") }
      }
      let core = trace.recomputed(from: answers, variant: variant)
      let derivations = trace.derivationRecomputed(from: answers, variant: variant)
      if let problem = difference(core, derivations, trace) { Issue.record("\(label), \(name), recomputed: \(problem)") }
    }
  }

  /// A few answers drawn at random: recorded values, nudged or not, and other numbers.
  static func answers(_ trace: Trace, _ random: inout SplitMix64) -> [Int: Double] {
    var answers: [Int: Double] = [:]
    for _ in 0..<(1 + Int(random.next() % 6)) {
      let position = Int(random.next() % UInt64(trace.count))
      switch random.next() % 3 {
      case 0: answers[position] = trace.values[position]
      case 1: answers[position] = trace.values[position] * 1.01 + 0.001
      default: answers[position] = Double(Int(random.next() % 2001) - 1000) / 997
      }
    }
    return answers
  }

  @Test("Every variant, with and without answers, gives what the derivations give, on 300 random runs")
  func randomRuns() throws {
    print("variants through the core: 300 random runs from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    for run in RandomRun.runs(300) {
      var random = SplitMix64(seed: run.seed &+ 17)
      // Half the runs a single example with plain descent, whose later steps a variant follows.
      let single = run.seed % 2 == 0
      let trace = try run.network.trace(
        single ? [run.examples[0]] : run.examples, plan: single ? .singleExample : run.plan, steps: run.steps,
        perExampleKeys: !single && run.seed % 4 == 1)
      Self.compare(trace, answers: Self.answers(trace, &random), label: "seed \(run.seed)")
    }
  }

  @Test("Every variant, with and without answers, gives what the derivations give, on every fixture")
  func fixtures() throws {
    for (name, trace) in try Repository.fixtureTraces() {
      var random = SplitMix64(seed: UInt64(name.utf8.count + trace.steps))
      Self.compare(trace, answers: Self.answers(trace, &random), label: name)
    }
  }
}
