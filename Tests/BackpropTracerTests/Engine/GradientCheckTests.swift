import BackpropTracer
import Testing

/// Central-difference slope of the total error with respect to parameter `p`.
func centralDifference(_ network: Network, _ example: Example, parameter p: Int, step h: Double = 1e-6) -> Double {
  var up = network.initialParameterValues, down = up
  up[p] += h
  down[p] -= h
  return (network.totalError(on: example, parameters: up) - network.totalError(on: example, parameters: down)) / (2 * h)
}

/// True when some neuron's net input is within `margin` of a ReLU kink, where a finite
/// difference does not estimate the (one-sided) derivative.
func nearKink(_ trace: Trace, margin: Double = 1e-4) -> Bool {
  trace.network.neurons.contains { neuron in
    trace.network.layers[neuron.layer].activation == .relu && abs(trace[Quantity.net(neuron.name).key] ?? 0) < margin
  }
}

@Suite("Gradient check")
struct GradientCheckTests {
  @Test("Backward pass agrees with central differences on every fixture", arguments: Repository.fixtureNames)
  func fixtures(name: String) throws {
    let fixture = try Repository.fixture(name)
    let trace = try fixture.trace(steps: 1)
    for (p, parameter) in fixture.network.parameters.enumerated() {
      let slope = centralDifference(fixture.network, fixture.example, parameter: p)
      let gradient = try #require(trace[Quantity.gradient(parameter.name).key])
      #expect(abs(gradient - slope) <= 1e-7 * max(1, abs(slope)), "\(name) \(parameter.name): \(gradient) vs \(slope)")
    }
  }

  @Test("Backward pass agrees with central differences on 300 random networks")
  func randomNetworks() throws {
    var checked = 0
    for seed in UInt64(1)...300 {
      let (network, example) = RandomNetworks.make(seed: seed)
      let trace = try network.trace(example)
      if nearKink(trace) { continue }
      for (p, parameter) in network.parameters.enumerated() {
        let slope = centralDifference(network, example, parameter: p)
        let gradient = try #require(trace[Quantity.gradient(parameter.name).key])
        #expect(abs(gradient - slope) <= 1e-6 * max(1, abs(slope)), "seed \(seed) \(parameter.name): \(gradient) vs \(slope)")
      }
      checked += 1
    }
    #expect(checked > 250)
  }

  @Test("Each activation's slope agrees with a central difference", arguments: Activation.allCases)
  func activationSlopes(activation: Activation) {
    for net in stride(from: -3.0, through: 3.0, by: 0.37) {
      let h = 1e-6
      let slope = (activation.value(at: net + h) - activation.value(at: net - h)) / (2 * h)
      let analytic = activation.slope(net: net, out: activation.value(at: net))
      #expect(abs(analytic - slope) < 1e-8, "\(activation) at \(net): \(analytic) vs \(slope)")
    }
  }

  @Test("Each loss's slope agrees with a central difference", arguments: Loss.allCases)
  func lossSlopes(loss: Loss) {
    for output in stride(from: -1.0, through: 2.0, by: 0.29) {
      let h = 1e-6, target = 0.3
      let slope = (loss.term(target: target, output: output + h, outputCount: 3) - loss.term(target: target, output: output - h, outputCount: 3)) / (2 * h)
      let analytic = loss.slope(target: target, output: output, outputCount: 3)
      #expect(abs(analytic - slope) < 1e-8, "\(loss) at \(output): \(analytic) vs \(slope)")
    }
  }
}
