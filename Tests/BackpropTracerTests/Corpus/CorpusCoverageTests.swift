@testable import BackpropTracer
import Testing

/// The fixed seeds of the corpus cover what the generator promises, so a change to the
/// generator cannot quietly drop a feature from every run.
@Suite("Corpus coverage")
struct CorpusCoverageTests {
  @Test("The fixed seeds cover every activation, loss, mode, optimizer and the shapes of parameters and names")
  func coverage() throws {
    let fixtures = try CorpusSeeds.fixed.map { seed in
      try Fixture.load(Array(FixtureGenerator.json(seed: seed).utf8), file: "corpus-\(seed).json")
    }
    let activations = Set(fixtures.flatMap { $0.network.layers.map(\.activation.name) })
    #expect(activations == Set(Activation.names))
    let losses = Set(fixtures.filter { $0.mode == .train }.map(\.network.loss))
    #expect(losses == Set(Loss.allCases))
    let modes = Set(fixtures.map { fixture -> String in
      switch fixture.mode {
      case .train: return "train"
      case .evaluate: return "evaluate"
      case .perceptron: return "perceptron"
      }
    })
    #expect(modes == ["train", "evaluate", "perceptron"])
    let optimizers = Set(fixtures.map { fixture -> String in
      switch fixture.plan.optimizer {
      case .sgd: return "sgd"
      case .momentum: return "momentum"
      case .averagedMomentum: return "averagedMomentum"
      }
    })
    #expect(optimizers == ["sgd", "momentum", "averagedMomentum"])
    #expect(fixtures.contains { ($0.plan.weightDecay ?? 0) > 0 })
    #expect(fixtures.contains { $0.isDataSet && $0.mode == .train } && fixtures.contains { !$0.isDataSet })
    #expect(fixtures.contains { $0.network.parameters.contains { !$0.isTrainable } })
    #expect(fixtures.contains { $0.network.parameterUseCounts.contains { $0 > 1 } })
    #expect(fixtures.contains { $0.network.inputNames.allSatisfy { $0.allSatisfy(\.isNumber) } })
    #expect(fixtures.contains { $0.network.parameters.contains { $0.name.hasPrefix("theta") } })
    #expect(fixtures.contains { $0.notation != nil })
    #expect(fixtures.contains { $0.variant != nil })
    #expect(fixtures.contains { $0.title.contains("\"") } && fixtures.contains { $0.title.contains("$") })
  }
}
