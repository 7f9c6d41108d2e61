import Foundation
import Testing

@testable import BackpropTracer

/// The core's recorded values against their derivations: every value the core notes is what its
/// derivation computes from the values noted before it, and a replay through the core with
/// answers put in and every value rounded is what `Trace.replay(overriding:rounding:)` gives.
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
    let names = try Repository.fixtureNames
    #expect(names.count >= 10)
    for name in names {
      let fixture = try Repository.fixture(name)
      for trace in try [fixture.trace()] + (fixture.mode == .train ? [fixture.trace(steps: 3)] : []) {
        #expect(Self.firstDifference(trace, trace.replay().values) == nil, "\(name)")
      }
    }
  }

  @Test("Every value of 400 random networks' traces is its derivation of the values before it, bit for bit")
  func randomNetworks() throws {
    print("core and derivations: 400 random networks from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    for run in RandomRun.runs(400) {
      let trace = try run.network.trace(run.examples, plan: run.plan, steps: run.steps, perExampleKeys: run.seed % 2 == 0)
      if let difference = Self.firstDifference(trace, trace.replay().values) { Issue.record("seed \(run.seed): \(difference)") }
      let evaluation = try run.network.evaluate(run.examples, showsTargets: true)
      if let difference = Self.firstDifference(evaluation, evaluation.replay().values) {
        Issue.record("seed \(run.seed), evaluation: \(difference)")
      }
    }
  }

  @Test("The core with answers put in and every value rounded replays as Trace.replay does, on 300 random networks")
  func overridesAndRounding() throws {
    print("core replay: 300 random networks from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    for run in RandomRun.runs(300) {
      let perExampleKeys = run.seed % 2 == 0 || run.examples.count > 1
      let trace = try run.network.trace(run.examples, plan: run.plan, perExampleKeys: perExampleKeys)
      var random = SplitMix64(seed: run.seed)
      let stepEntries = trace.layout.sections.last { $0.kind == .training }?.entries.lowerBound ?? trace.count
      var overrides: [TraceKey: Double] = [:]
      for _ in 0..<3 {
        overrides[trace.layout.keys[Int(random.next() % UInt64(stepEntries))]] = Double(Int(random.next() % 2001) - 1000) / 997
      }
      let decimals = Double(1 + random.next() % 6)
      let rounding = random.next() % 2 == 0 ? nil : { (x: Double) in (x * pow(10, decimals)).rounded() / pow(10, decimals) }
      let replayed = trace.replay(overriding: overrides, rounding: rounding)
      var ledger = ReplayingLedger(overrides: overrides, rounding: rounding)
      let batch = BatchSchedule(exampleCount: run.examples.count, plan: run.plan).firstBatch
      _ = TrainingStep(network: run.network, plan: run.plan, sharing: ParameterSharing(run.network), perExampleKeys: perExampleKeys)
        .run(batch.map { ($0 + 1, run.examples[$0]) }, from: run.network.initialParameterValues, into: &ledger)
      #expect(ledger.values.count == stepEntries, "seed \(run.seed)")
      if let position = (0..<min(stepEntries, ledger.values.count)).first(where: {
        !(ledger.values[$0] == replayed.values[$0] || ledger.values[$0].isNaN && replayed.values[$0].isNaN)
      }) {
        Issue.record("seed \(run.seed): \(trace.layout.keys[position]): core \(ledger.values[position]), replay \(replayed.values[position])")
      }
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
