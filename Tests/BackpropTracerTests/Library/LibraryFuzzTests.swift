import BackpropTracer
import Foundation
import Testing

/// Random uses of the library API, valid and invalid, end in a result or a thrown error, never a
/// trap; and the oracle is exact: a definition or a call with one mistake is refused, one
/// without is accepted (a valid run may still overflow, which is `TraceError.nonFinite`).
///
/// Seeded (`LIBRARY_FUZZ_SEED` overrides the default, and the seed is printed), so a failure
/// repeats.
@Suite("Fuzzing the library API")
struct LibraryFuzzTests {
  /// A random network definition, and whether it was broken on purpose (and how).
  struct Case {
    var definition: NetworkDefinition
    var mistake: String?
  }

  /// A source of random choices.
  struct Dice {
    var random: SplitMix64
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(random.next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(random.next() % 1_000_000) < p * 1_000_000 }
    mutating func value() -> Double { Double(int(-1000...1000)) / 1000 }
    mutating func pick<T>(_ list: [T]) -> T { list[int(0...(list.count - 1))] }
  }

  /// A valid definition: 1 to 3 inputs, 1 to 3 layers of 1 to 3 neurons, random activations
  /// (the output's fitted to the loss), biases own, shared by the layer or absent, some frozen.
  static func valid(_ dice: inout Dice) -> NetworkDefinition {
    let inputs = (1...dice.int(1...3)).map { "i\($0)" }
    var previous = inputs, layers: [LayerDefinition] = [], values: [ParameterValue] = []
    var weight = 0, bias = 0, neuron = 0
    for _ in 1...dice.int(1...3) {
      let neurons = (0..<dice.int(1...3)).map { _ in neuron += 1; return "n\(neuron)" }
      let weights = neurons.map { _ in previous.map { _ in weight += 1; return "w\(weight)" } }
      var biases: [String?]?
      switch dice.int(0...2) {
      case 0: biases = nil
      case 1: bias += 1; biases = neurons.map { _ in "b\(bias)" }
      default: biases = neurons.map { _ in bias += 1; return dice.chance(0.3) ? nil : "b\(bias)" }
      }
      let names = weights.flatMap { $0 } + Set((biases ?? []).compactMap { $0 }).sorted()
      values += names.map { ParameterValue(name: $0, value: dice.value()) }
      layers.append(LayerDefinition(activation: dice.pick(Activation.all), neurons: neurons, weights: weights, biases: biases))
      previous = neurons
    }
    let loss = dice.pick([Loss.halfSquaredError, .squaredError, .meanSquaredError, .binaryCrossEntropy, .crossEntropy, .output])
    if loss == .crossEntropy { layers[layers.count - 1].activation = .softmax }
    if loss == .binaryCrossEntropy { layers[layers.count - 1].activation = .sigmoid }
    let frozen = values.filter { _ in dice.chance(0.2) }.map(\.name)
    return NetworkDefinition(
      inputs: inputs, layers: layers, parameterValues: values, frozen: frozen, loss: loss,
      learningRate: Double(dice.int(1...100)) / 100)
  }

  /// The ways to break a definition, each certain to make it invalid.
  static let mistakes: [(String, @Sendable (inout NetworkDefinition, inout Dice) -> Void)] = [
    ("a value not a number", { d, x in d.parameters[x.int(0...(d.parameters.count - 1))].value = .nan }),
    ("an infinite value", { d, x in d.parameters[x.int(0...(d.parameters.count - 1))].value = -.infinity }),
    ("an empty input name", { d, x in d.inputs[x.int(0...(d.inputs.count - 1))] = "" }),
    ("a name with a space", { d, _ in d.layers[0].neurons[0] = "n 1" }),
    ("a name not ASCII", { d, _ in d.layers[0].neurons[0] = "né" }),
    ("a reserved name", { d, _ in d.inputs[0] = "total" }),
    ("a duplicate name", { d, _ in d.layers[d.layers.count - 1].neurons[0] = d.inputs[0] }),
    ("a row too short", { d, _ in d.layers[0].weights[0].removeLast() }),
    ("a row too long", { d, _ in d.layers[0].weights[0].append("w999") }),
    ("a row too many", { d, _ in d.layers[0].weights.append(d.layers[0].weights[0]) }),
    ("a bias too many", { d, _ in d.layers[0].biases = (d.layers[0].biases ?? d.layers[0].neurons.map { _ in nil }) + [nil] }),
    ("a value missing", { d, _ in d.parameters.removeFirst() }),
    ("a value unused", { d, _ in d.parameters.append(ParameterValue(name: "unused1", value: 1)) }),
    ("a value given twice", { d, _ in d.parameters.append(d.parameters[0]) }),
    ("an unknown frozen name", { d, _ in d.frozen.append("nothing1") }),
    ("no inputs", { d, _ in d.inputs = [] }),
    ("no layers", { d, _ in d.layers = [] }),
    ("a layer without neurons", { d, _ in d.layers[0].neurons = []; d.layers[0].weights = [] }),
    ("a learning rate of 0", { d, _ in d.learningRate = 0 }),
    ("a learning rate not a number", { d, _ in d.learningRate = .nan }),
    ("an infinite learning rate", { d, _ in d.learningRate = .infinity }),
    ("a leaky ReLU's slope of 1", { d, _ in d.layers[0].activation = .leakyRelu(negativeSlope: 1) }),
    ("an ELU's alpha not a number", { d, _ in d.layers[0].activation = .elu(alpha: .nan) }),
  ]

  /// A random case: valid, or with one mistake.
  static func makeCase(_ dice: inout Dice) -> Case {
    var definition = valid(&dice)
    guard dice.chance(0.5) else { return Case(definition: definition) }
    let (name, mistake) = dice.pick(mistakes)
    mistake(&definition, &dice)
    return Case(definition: definition, mistake: name)
  }

  /// Examples for `network`, and the mistake made in them, if any.
  static func examples(for network: Network, _ dice: inout Dice) -> ([Example], String?) {
    let width = network.inputNames.count, outputs = network.outputLayer.neurons.count
    var examples = (0..<dice.int(1...3)).map { _ in
      Example(inputs: (0..<width).map { _ in dice.value() }, targets: (0..<outputs).map { _ in Double(dice.int(0...1)) })
    }
    guard dice.chance(0.4) else { return (examples, nil) }
    let k = dice.int(0...(examples.count - 1))
    switch dice.int(0...4) {
    case 0: return ([], "no examples")
    case 1: examples[k] = Example(inputs: examples[k].inputs + [1], targets: examples[k].targets); return (examples, "an input too many")
    case 2: examples[k] = Example(inputs: examples[k].inputs, targets: []); return (examples, "no targets")
    case 3: examples[k] = Example(inputs: [.nan] + examples[k].inputs.dropFirst(), targets: examples[k].targets); return (examples, "an input not a number")
    default: examples[k] = Example(inputs: examples[k].inputs, targets: [.infinity] + examples[k].targets.dropFirst()); return (examples, "an infinite target")
    }
  }

  /// A plan, a number of steps, and the mistake made in them, if any.
  static func run(_ dice: inout Dice) -> (TrainingPlan, Int, String?) {
    var plan = TrainingPlan(
      batchSize: dice.int(1...4), reduction: dice.pick([.sum, .mean]), order: dice.chance(0.5) ? .inOrder : .shuffled(seed: dice.random.next()),
      optimizer: dice.pick([.sgd, .momentum(0.5), .averagedMomentum(0.9)]), errorRecording: dice.pick([.everyEpoch, .everyStep]))
    if dice.chance(0.3) { plan.weightDecay = 0.01 }
    let steps = dice.int(1...5)
    guard dice.chance(0.3) else { return (plan, steps, nil) }
    switch dice.int(0...3) {
    case 0: return (plan, dice.pick([0, -1, Int.min]), "steps out of range")
    case 1: plan.batchSize = dice.pick([0, -5]); return (plan, steps, "an empty batch")
    case 2: plan.optimizer = .momentum(dice.pick([1, -0.5, .nan])); return (plan, steps, "a momentum out of range")
    default: plan.weightDecay = dice.pick([-1, .infinity, .nan]); return (plan, steps, "a weight decay out of range")
    }
  }

  @Test("Random definitions and calls end in a result or a located error, never a trap, and exactly the broken ones are refused")
  func randomUses() throws {
    let seed = ProcessInfo.processInfo.environment["LIBRARY_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20
    print("library API fuzz: seed \(seed) (set LIBRARY_FUZZ_SEED to repeat another)")
    var dice = Dice(random: SplitMix64(seed: seed))
    var counts: [String: Int] = [:]
    for index in 0..<600 {
      let test = Self.makeCase(&dice)
      let context = "case \(index) of seed \(seed): \(test.mistake ?? "valid") \(test.definition)"
      let network: Network
      do {
        network = try test.definition.network()
        #expect(test.mistake == nil, "accepted \(context)")
        counts["network", default: 0] += 1
      } catch {
        #expect(test.mistake != nil, "refused \(context): \(error)")
        #expect("\(error)".hasPrefix("NetworkDefinition: "), "\(error)")
        counts["refused definition", default: 0] += 1
        continue
      }
      let (examples, exampleMistake) = Self.examples(for: network, &dice)
      let (plan, steps, runMistake) = Self.run(&dice)
      let mistake = exampleMistake ?? runMistake
      let call = "\(context), \(mistake ?? "valid call"), plan \(plan), steps \(steps), examples \(examples)"
      do throws(TraceError) {
        let trace = try network.trace(examples, plan: plan, steps: steps, perExampleKeys: dice.chance(0.5))
        #expect(mistake == nil, "traced \(call)")
        #expect(trace.values.allSatisfy(\.isFinite) && trace.count > 0)
        let options = RenderOptions(
          notation: dice.pick(NotationPreset.all), errorTerm: dice.chance(0.5), format: NumberFormat(significant: dice.int(-2...20)),
          detail: dice.pick([.full, .summary, .tables]), only: dice.chance(0.3) ? [dice.pick(["n1", "w1", "b1", "nothing", ""])] : nil)
        #expect(!MarkdownRenderer.render(trace, options: options, imageBase: nil).isEmpty)
        #expect(!LaTeXRenderer.render(trace, options: options, fragment: dice.chance(0.5)).isEmpty)
        #expect(!JSONRenderer.render(trace).isEmpty)
        counts["traced", default: 0] += 1
      } catch {
        switch error {
        case let .invalidArgument(reason):
          #expect(mistake != nil, "refused \(call): \(reason)")
          #expect(reason.description.hasPrefix("Network.trace: "))
          counts["refused call", default: 0] += 1
        case .nonFinite:
          #expect(mistake == nil, "overflowed \(call)")
          counts["overflowed", default: 0] += 1
        }
      }
      do {
        let result = try network.train(examples, plan: plan, steps: steps)
        #expect(mistake == nil && result.errorsAfterStep.count == steps, "trained \(call)")
      } catch {
        #expect(mistake != nil && "\(error)".hasPrefix("Network.train: "), "refused \(call): \(error)")
      }
      var parameters = network.initialParameterValues
      let parameterMistake = dice.chance(0.3)
      if parameterMistake {
        if dice.chance(0.5) { parameters.removeLast() } else { parameters[0] = .nan }
      }
      do {
        _ = try network.totalError(on: examples, parameters: parameters, reduction: dice.pick([.sum, .mean]))
        #expect(!parameterMistake && exampleMistake == nil, "computed the error of \(call)")
      } catch {
        #expect(parameterMistake || exampleMistake != nil, "refused the error of \(call): \(error)")
        #expect("\(error)".hasPrefix("Network.totalError: "))
      }
    }
    print("library API fuzz: \(counts.sorted { $0.key < $1.key })")
    for outcome in ["network", "refused definition", "traced", "refused call"] {
      #expect(counts[outcome, default: 0] >= 50, "too few cases \(outcome): \(counts)")
    }
  }
}
