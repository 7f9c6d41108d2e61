import Testing

@testable import BackpropTracer

/// The network with every parameter set to `values` (in parameter order).
private func network(_ network: Network, setTo values: [Double]) -> Network {
  Network(
    inputNames: network.inputNames, layers: network.layers, neurons: network.neurons,
    parameters: zip(network.parameters, values).map { parameter, value in
      Parameter(name: parameter.name, value: value, role: parameter.role, isTrainable: parameter.isTrainable)
    },
    loss: network.loss, learningRate: network.learningRate)
}

/// Plain SGD on one example per step moves most weights during the backward pass, right after
/// their last read. These tests hold it to the textbook update p ← p − η·∂E/∂p with gradients
/// from the independent graph engine, and the traced step to the untraced one, bit for bit.
@Suite("In-place update")
struct InPlaceUpdateTests {
  @Test("Three steps of plain SGD equal p − η·g with g from the graph engine, on 300 random networks")
  func matchesSeparateUpdate() throws {
    var compared = 0
    for seed in 0..<300 as Range<UInt64> {
      let (start, examples) = RandomNetworks.make(seed: seed)
      let trained = try start.train([examples[0]], steps: 3)
      var current = start
      for _ in 0..<3 {
        let graph = try ComputationalGraph(current.graphDefinition(example: examples[0]))
        let gradients = try graph.backpropagate()
        let next = try current.parameters.map { parameter in
          let index = try #require(graph.index(of: Network.graphName(parameter.name, prefix: "p")))
          return parameter.isTrainable ? parameter.value - current.learningRate * gradients.nodes[index].gradient : parameter.value
        }
        current = network(current, setTo: next)
      }
      for (expected, found) in zip(current.initialParameterValues, trained.parameters) {
        #expect(isClose(found, expected, tolerance: 1e-9), "seed \(seed): \(found) instead of \(expected)")
      }
      compared += 1
    }
    #expect(compared == 300)
  }

  @Test("The traced step records the parameters the untraced step computes, bit for bit")
  func tracedUpdatesMatchUntraced() throws {
    for seed in 0..<100 as Range<UInt64> {
      let (network, examples) = RandomNetworks.make(seed: seed)
      let trained = try network.train([examples[0]], steps: 1)
      let trace = try network.trace([examples[0]])
      for (p, parameter) in network.parameters.enumerated() where parameter.isTrainable {
        #expect(trace[TraceKey(parameter.name + "_new")] == trained.parameters[p], "seed \(seed), \(parameter.name)")
      }
    }
  }
}
