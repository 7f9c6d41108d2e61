import Foundation
import Testing

@testable import BackpropTracer

/// The untraced kernel (`Kernel/`) against the core (`Backpropagation`, `TrainingStep`) that
/// defines every number: the same errors and parameters, bit for bit, step after step.
@Suite("Core and kernel")
struct CoreKernelTests {
  /// The kernel's errors and parameters after `steps` steps, or a message saying where they
  /// differ from the core's.
  static func disagreement(_ network: Network, _ examples: [Example], plan: TrainingPlan, steps: Int) -> String? {
    let core = coreTraining(network, examples, plan: plan, steps: steps)
    var schedule = BatchSchedule(exampleCount: examples.count, plan: plan)
    let kernel = TrainingKernel(network).train(
      examples, steps: steps, plan: plan, from: network.initialParameterValues, velocities: [], schedule: &schedule)
    guard core.errors.count == kernel.errors.count else { return "\(kernel.errors.count) errors, not \(core.errors.count)" }
    if let k = core.errors.indices.first(where: { core.errors[$0].bitPattern != kernel.errors[$0].bitPattern }) {
      return "the error after step \(k): core \(core.errors[k]), kernel \(kernel.errors[k])"
    }
    if let p = core.parameters.indices.first(where: { core.parameters[$0].bitPattern != kernel.parameters[$0].bitPattern }) {
      return "\(network.parameters[p].name) after \(steps) steps: core \(core.parameters[p]), kernel \(kernel.parameters[p])"
    }
    return nil
  }

  @Test("The kernel trains every training fixture as the core does, bit for bit", arguments: try trainingFixtures())
  func fixtures(name: String) throws {
    let fixture = try Repository.fixture(name)
    let steps = min(max(fixture.steps, 3), 20)
    #expect(Self.disagreement(fixture.network, fixture.examples, plan: fixture.plan, steps: steps) == nil, "\(name)")
  }

  static func trainingFixtures() throws -> [String] {
    let names = try Repository.fixtureNames.filter { try Repository.fixture($0).mode == .train }
    guard !names.isEmpty else { throw CocoaError(.fileReadNoSuchFile) }
    return names
  }

  @Test("The kernel trains 400 random networks and plans as the core does, bit for bit")
  func randomNetworks() {
    print("core and kernel: 400 random networks from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    var activations: Set<String> = [], losses: Set<Loss> = [], features: Set<String> = []
    for run in RandomRun.runs(400) {
      if let difference = Self.disagreement(run.network, run.examples, plan: run.plan, steps: run.steps) {
        Issue.record("seed \(run.seed): \(difference)")
      }
      activations.formUnion(run.network.layers.map(\.activation.name))
      losses.insert(run.network.loss)
      features.formUnion(Self.features(of: run))
    }
    #expect(activations == Set(Activation.names))
    #expect(losses == Set(Loss.allCases))
    #expect(features == ["shared", "frozen", "-0", "batch", "momentum", "averagedMomentum", "decay", "shuffled", "sum", "mean"])
  }

  @Test("The kernel's fast paths (four sums at a time, gradients written outright, SGD in place) train 200 wide random networks as the core does")
  func wideNetworks() {
    print("core and kernel: 200 wide random networks from seed \(engineTestSeed) (set BACKPROP_SEED to change)")
    for seed in engineTestSeed..<engineTestSeed + 200 {
      let (network, examples) = WideNetworks.make(seed: seed)
      for plan in [TrainingPlan.singleExample, TrainingPlan(batchSize: 2, optimizer: .momentum(0.9), weightDecay: 0.01)] {
        if let difference = Self.disagreement(network, examples, plan: plan, steps: 3) {
          Issue.record("wide seed \(seed), batch size \(plan.batchSize): \(difference)")
        }
      }
    }
  }

  /// True when `text` has `name` as a whole identifier (not inside `addExampleTable`).
  static func mentions(_ text: String, _ name: String) -> Bool {
    func isIdentifier(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false }
    return text.ranges(of: name).contains { range in
      !isIdentifier(range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil)
        && !isIdentifier(range.upperBound < text.endIndex ? text[range.upperBound] : nil)
    }
  }

  /// What a run exercises beyond its activations and loss.
  static func features(of run: RandomRun) -> Set<String> {
    let uses = run.network.parameterUseCounts, plan = run.plan
    var features: Set<String> = [plan.reduction == .sum ? "sum" : "mean"]
    if uses.contains(where: { $0 > 1 }) { features.insert("shared") }
    if run.network.parameters.contains(where: { !$0.isTrainable }) { features.insert("frozen") }
    if run.network.parameters.contains(where: { $0.value == 0 && $0.value.sign == .minus }) { features.insert("-0") }
    if min(plan.batchSize, run.examples.count) > 1 { features.insert("batch") }
    if plan.weightDecay != nil { features.insert("decay") }
    if case .shuffled = plan.order { features.insert("shuffled") }
    switch plan.optimizer {
    case .sgd: break
    case .momentum: features.insert("momentum")
    case .averagedMomentum: features.insert("averagedMomentum")
    }
    return features
  }

  @Test("A trace records the core's first step and the kernel's later ones: the errors and parameters of a core-only run")
  func traceContinuesWithTheKernel() throws {
    for run in RandomRun.runs(60) {
      var plan = run.plan
      plan.errorRecording = .everyStep  // every step's error, to compare with the core's
      let trace = try run.network.trace(run.examples, plan: plan, steps: run.steps, perExampleKeys: true)
      let core = coreTraining(run.network, run.examples, plan: run.plan, steps: run.steps)
      for (step, error) in core.errors.enumerated() {
        #expect(trace[Quantity.totalErrorAfterStep(step).key]?.bitPattern == error.bitPattern, "seed \(run.seed), step \(step)")
      }
      for (p, parameter) in run.network.parameters.enumerated() where parameter.isTrainable {
        let key = run.steps > 1 ? Quantity.parameterAfterStep(parameter.name, run.steps).key : Quantity.updated(parameter.name).key
        #expect(trace[key]?.bitPattern == core.parameters[p].bitPattern, "seed \(run.seed), \(key)")
      }
    }
  }

  @Test("Nothing outside Kernel/ uses the kernel's insides: only TrainingKernel's train and dataSetError")
  func kernelIsClosed() throws {
    let sources = Repository.root.appendingPathComponent("Sources/BackpropTracer")
    let kernel = sources.appendingPathComponent("Engine/Kernel")
    let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
      .filter { $0.hasSuffix(".swift") }
    var insides: Set<String> = []
    for file in try FileManager.default.contentsOfDirectory(atPath: kernel.path) where file.hasSuffix(".swift") {
      let text = try String(contentsOf: kernel.appendingPathComponent(file), encoding: .utf8)
      for match in text.matches(of: /(?m)^(?:final )?(?:struct|class|enum|protocol) (\w+)/) where match.1 != "TrainingKernel" {
        insides.insert(String(match.1))
      }
    }
    #expect(insides.isSuperset(of: ["NetworkWiring", "StepWorkspace", "TrainingState", "ExampleTable", "InPlaceUpdate"]))
    for file in files where !file.hasPrefix("Engine/Kernel/") {
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
      for name in insides where Self.mentions(text, name) { Issue.record("\(file) uses the kernel's \(name)") }
      for match in text.matches(of: /kernel\.(\w+)|TrainingKernel\([^)]*\)\.(\w+)/) {
        let method = String(match.1 ?? match.2 ?? "")
        #expect(["train", "dataSetError"].contains(method), "\(file) calls the kernel's \(method)")
      }
    }
  }
}
