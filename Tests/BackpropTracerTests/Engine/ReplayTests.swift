import BackpropTracer
import Testing

@Suite("Replay")
struct ReplayTests {
  @Test("A replay without overrides reproduces the engine's values bit for bit")
  func identity() throws {
    for seed in UInt64(1)...100 {
      let (network, examples) = RandomNetworks.make(seed: seed)
      let trace = try network.trace(
        examples, plan: TrainingPlan(batchSize: examples.count, optimizer: .momentum(0.5), weightDecay: 0.1), perExampleKeys: true)
      #expect(trace.replay().values == trace.values, "seed \(seed)")
    }
    let mazur = try Repository.fixture("mazur-2-2-2").trace()
    #expect(mazur.replay().values == mazur.values)
  }

  @Test("An overridden value flows into everything computed from it, and only into that")
  func overrides() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let replayed = trace.replay(overriding: ["out_h1": 0.6])
    #expect(replayed["out_h1"] == 0.6)
    #expect(replayed["net_h1"] == trace["net_h1"])
    #expect(replayed["out_h2"] == trace["out_h2"])
    #expect(replayed["net_o1"] != trace["net_o1"])
    #expect(replayed["dE_dw5"] != trace["dE_dw5"])
    #expect(replayed["dE_dw1"] != trace["dE_dw1"])
    let outH2 = try #require(trace["out_h2"])
    #expect(replayed["net_o1"] == 0.6 + 0.4 * 0.6 + 0.45 * outH2)
  }
}
