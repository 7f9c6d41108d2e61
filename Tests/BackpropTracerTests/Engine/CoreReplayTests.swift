import Foundation
import Testing

@testable import BackpropTracer

/// The core's recorded values against their derivations: every value the core notes is what its
/// derivation computes from the values noted before it (`DerivationOracle`), and a replay through
/// the core with answers put in and every value rounded gives what the derivations give.
@Suite("Core and derivations")
struct CoreReplayTests {
  /// The first entry whose replayed value is not the recorded one, as a message.
  static func firstDifference(_ trace: Trace, _ replayed: [Double]) -> String? {
    guard let position = trace.values.indices.first(where: {
      !sameBits(trace.values[$0], replayed[$0], at: $0, of: trace.layout)
    }) else { return nil }
    return "\(trace.layout.keys[position]) (\(trace.layout.derivations[position])): recorded \(trace.values[position]),"
      + " replayed \(replayed[position])"
  }

  @Test("Every value of every fixture's trace is its derivation of the values before it, bit for bit")
  func fixtures() throws {
    for (name, trace) in try Repository.fixtureTraces() {
      // A fixture that declares a deviation is its derivations under that deviation.
      let replayed = trace.declaredVariant.map { trace.derivationRun($0, overriding: [:]) } ?? trace.derivationReplay()
      #expect(Self.firstDifference(trace, replayed.values) == nil, "\(name)")
    }
  }

  @Test("Every value of 400 random networks' traces is its derivation of the values before it, bit for bit")
  func randomNetworks() throws {
    print("core and derivations: 400 random networks from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    for run in RandomRun.runs(400) {
      let trace = try run.network.trace(run.examples, plan: run.plan, steps: run.steps, perExampleKeys: run.seed % 2 == 0)
      if let difference = Self.firstDifference(trace, trace.derivationReplay().values) { Issue.record("seed \(run.seed): \(difference)") }
      let evaluation = try run.network.evaluate(run.examples, showsTargets: true)
      if let difference = Self.firstDifference(evaluation, evaluation.derivationReplay().values) {
        Issue.record("seed \(run.seed), evaluation: \(difference)")
      }
    }
  }

  @Test("A replay through the core with answers put in and every value rounded gives what the derivations give, on 300 random networks")
  func overridesAndRounding() throws {
    print("core replay: 300 random networks from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    for run in RandomRun.runs(300) {
      let perExampleKeys = run.seed % 2 == 0 || run.examples.count > 1
      let traces = [
        try run.network.trace(run.examples, plan: run.plan, steps: run.steps, perExampleKeys: perExampleKeys),
        try run.network.evaluate(run.examples, showsTargets: run.seed % 3 == 0),
      ]
      for trace in traces {
        var random = SplitMix64(seed: run.seed)
        var overrides: [TraceKey: Double] = [:]
        for _ in 0..<3 {
          overrides[trace.layout.keys[Int(random.next() % UInt64(trace.count))]] = Double(Int(random.next() % 2001) - 1000) / 997
        }
        let decimals = Double(1 + random.next() % 6)
        let rounding = random.next() % 2 == 0 ? nil : { (x: Double) in (x * pow(10, decimals)).rounded() / pow(10, decimals) }
        let core = trace.replay(overriding: overrides, rounding: rounding).values
        let derivations = trace.derivationReplay(overriding: overrides, rounding: rounding).values
        if let position = core.indices.first(where: { !sameValue(core[$0], derivations[$0]) }) {
          Issue.record("seed \(run.seed): \(trace.layout.keys[position]): core \(core[position]), derivation \(derivations[position])")
        }
      }
    }
  }

  @Test("A replay keeps the record's branches when answers change which visits are mistakes")
  func branches() throws {
    for name in ["perceptron-and", "perceptron-xor"] {
      let trace = try Repository.fixture(name).trace()
      let errors = trace.layout.quantities.indices.filter {
        if case .ofEpoch(.ofExample(.perceptronError, _), _) = trace.layout.quantities[$0] { return true }
        return false
      }
      #expect(errors.count >= 8, "\(name)")
      for flipped in [0.0, 1.0] {
        let overrides = Dictionary(uniqueKeysWithValues: errors.map { (trace.layout.keys[$0], flipped) })
        let core = trace.replay(overriding: overrides).values
        let derivations = trace.derivationReplay(overriding: overrides).values
        #expect(core.count == trace.count)
        #expect(core.indices.allSatisfy { sameValue(core[$0], derivations[$0]) }, "\(name), every error \(flipped)")
      }
      #expect(trace.replay().values == trace.values, "\(name)")
    }
  }
}

@Suite("Key index")
struct TraceKeyIndexTests {
  @Test("A layout finds every key at its position, and no key it does not have")
  func everyKey() throws {
    for run in RandomRun.runs(50) {
      let layout = try run.network.trace(run.examples, plan: run.plan, steps: run.steps, perExampleKeys: true).layout
      for (position, key) in layout.keys.enumerated() { #expect(layout.position(of: key) == position, "seed \(run.seed)") }
      let oracle = Dictionary(uniqueKeysWithValues: layout.keys.enumerated().map { ($1, $0) })
      for key in layout.keys.prefix(100) {
        for text in [key.rawValue + "x", String(key.rawValue.dropLast(1)), "x" + key.rawValue] {
          let probe = TraceKey(text)
          #expect(layout.position(of: probe) == oracle[probe], "seed \(run.seed), \(probe)")
        }
      }
    }
  }
}
