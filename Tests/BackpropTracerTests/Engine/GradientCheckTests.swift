import Foundation
import BackpropTracer
import Testing

/// Central-difference slope of the error of `examples` (their sum or mean) with respect to
/// parameter `p`.
func centralDifference(
  _ network: Network, _ examples: [Example], reduction: TrainingPlan.Reduction, parameter p: Int, step h: Double = 1e-6
) -> Double {
  var up = network.initialParameterValues, down = up
  up[p] += h
  down[p] -= h
  return (network.dataSetError(on: examples, parameters: up, reduction: reduction)
    - network.dataSetError(on: examples, parameters: down, reduction: reduction)) / (2 * h)
}

/// The examples of a trace's first step (those with recorded inputs).
func tracedExamples(_ trace: Trace, from examples: [Example]) -> [Example] {
  let numbers = trace.layout.sections.compactMap { $0.kind == .example ? $0.example : nil }
  return numbers.isEmpty ? [examples[0]] : numbers.map { examples[$0 - 1] }
}

/// True when some neuron's net input is within `margin` of a ReLU kink, where a finite
/// difference does not estimate the (one-sided) derivative.
func nearKink(_ trace: Trace, margin: Double = 1e-4) -> Bool {
  trace.layout.quantities.indices.contains { position in
    guard case let .net(name) = trace.layout.quantities[position].unscoped,
      let neuron = trace.network.neurons.first(where: { $0.name == name })
    else { return false }
    switch trace.network.layers[neuron.layer].activation {
    case .relu, .leakyRelu, .elu, .step: return abs(trace.values[position]) < margin
    default: return false
    }
  }
}

extension Quantity {
  /// The quantity without its example number.
  var unscoped: Quantity {
    if case let .ofExample(inner, _) = self { return inner }
    return self
  }
}

@Suite("Gradient check")
struct GradientCheckTests {
  /// On the fixtures that train by gradient descent (evaluations and the perceptron rule have no
  /// gradients), but for those that declare a deviation, whose gradients differ on purpose.
  @Test(
    "Backward pass agrees with central differences on every training fixture",
    arguments: try Repository.fixtureNames { $0.mode == .train && $0.variant == nil })
  func fixtures(name: String) throws {
    let fixture = try Repository.fixture(name)
    let trace = try fixture.trace(steps: 1)
    let batch = tracedExamples(trace, from: fixture.examples)
    if nearKink(trace) { return }
    for (p, parameter) in fixture.network.parameters.enumerated() {
      let slope = centralDifference(fixture.network, batch, reduction: fixture.plan.reduction, parameter: p)
      let gradient = try #require(trace[Quantity.gradient(parameter.name).key])
      #expect(abs(gradient - slope) <= 1e-7 * max(1, abs(slope)), "\(name) \(parameter.name): \(gradient) vs \(slope)")
    }
  }

  @Test("Backward pass agrees with central differences on 300 random networks")
  func randomNetworks() throws {
    var checked = 0
    for seed in UInt64(1)...300 {
      let (network, examples) = RandomNetworks.make(seed: seed)
      let plan = TrainingPlan(batchSize: examples.count, reduction: seed % 2 == 0 ? .sum : .mean)
      let trace = try network.trace(examples, plan: plan, perExampleKeys: examples.count > 1)
      if nearKink(trace) { continue }
      for (p, parameter) in network.parameters.enumerated() {
        let slope = centralDifference(network, examples, reduction: plan.reduction, parameter: p)
        let gradient = try #require(trace[Quantity.gradient(parameter.name).key])
        #expect(abs(gradient - slope) <= 1e-6 * max(1, abs(slope)), "seed \(seed) \(parameter.name): \(gradient) vs \(slope)")
      }
      checked += 1
    }
    #expect(checked > 250)
  }

  @Test("Each elementwise activation's slope agrees with a central difference", arguments: Activation.elementwise)
  func activationSlopes(activation: Activation) {
    for net in stride(from: -3.0, through: 3.0, by: 0.37) {
      let h = 1e-6
      let slope = (activation.value(at: net + h) - activation.value(at: net - h)) / (2 * h)
      let analytic = activation.slope(net: net, out: activation.value(at: net))
      #expect(abs(analytic - slope) < 1e-8, "\(activation) at \(net): \(analytic) vs \(slope)")
    }
  }

  @Test("Each squared-error loss's slope agrees with a central difference", arguments: [Loss.halfSquaredError, .squaredError, .meanSquaredError])
  func lossSlopes(loss: Loss) {
    func term(_ output: Double) -> Double { loss.term(target: 0.3, output: output, net: 0, logSumExp: 0, outputCount: 3) }
    for output in stride(from: -1.0, through: 2.0, by: 0.29) {
      let h = 1e-6
      let slope = (term(output + h) - term(output - h)) / (2 * h)
      let analytic = loss.slope(target: 0.3, output: output, outputCount: 3)
      #expect(abs(analytic - slope) < 1e-8, "\(loss) at \(output): \(analytic) vs \(slope)")
    }
  }

  @Test("The cross-entropies, computed from the net inputs, equal their textbook forms and their slopes agree")
  func crossEntropies() {
    for net in stride(from: -4.0, through: 4.0, by: 0.7) {
      let out = Activation.sigmoid.value(at: net), t = 0.25
      let textbook = -(t * log(out) + (1 - t) * log(1 - out))
      #expect(abs(Loss.binaryCrossEntropy.term(target: t, output: out, net: net, logSumExp: 0, outputCount: 1) - textbook) < 1e-12)
      let h = 1e-6
      let slope = (-(t * log(out + h) + (1 - t) * log(1 - out - h)) + (t * log(out - h) + (1 - t) * log(1 - out + h))) / (2 * h)
      #expect(abs(Loss.binaryCrossEntropy.slope(target: t, output: out, outputCount: 1) - slope) < 1e-5 * max(1, abs(slope)))
    }
    let nets = [1.5, -0.3, 0.2]
    var outs = [0.0, 0.0, 0.0]
    let lse = Activation.softmax(nets, from: 0, count: 3, into: &outs, at: 0)
    #expect(abs(Loss.crossEntropy.term(target: 1, output: outs[0], net: nets[0], logSumExp: lse, outputCount: 3) + log(outs[0])) < 1e-12)
    #expect(Loss.crossEntropy.term(target: 0, output: 0, net: -1000, logSumExp: lse, outputCount: 3) == 0)
    #expect(Loss.crossEntropy.slope(target: 0, output: 0, outputCount: 3) == 0)
  }
}
