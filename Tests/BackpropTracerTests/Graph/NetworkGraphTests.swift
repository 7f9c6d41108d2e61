import Testing

@testable import BackpropTracer

/// Every parameter's gradient from the network engine beside the graph engine's, on one example.
private func disagreements(_ network: Network, _ example: Example) throws -> [String] {
  let trace = try network.trace([example])
  let graph = try ComputationalGraph(network.graphDefinition(example: example))
  let gradients = try graph.backpropagate()
  var problems: [String] = []
  for parameter in network.parameters {
    guard let expected = trace[TraceKey("dE_d" + parameter.name)] else { continue }
    let index = try #require(graph.index(of: Network.graphName(parameter.name, prefix: "p")))
    let found = gradients.nodes[index].gradient
    if !isClose(found, expected, tolerance: 1e-9) { problems.append("\(parameter.name): graph \(found), network \(expected)") }
  }
  if let error = graph.index(of: "E"), let total = trace[TraceKey("E_total")],
    !isClose(gradients.nodes[error].value, total, tolerance: 1e-12)
  {
    problems.append("E: graph \(gradients.nodes[error].value), network \(total)")
  }
  return problems
}

@Suite("Networks as graphs")
struct NetworkGraphTests {
  @Test("The graph engine and the network engine agree on every gradient of every network fixture", arguments: try Repository.fixtureNames)
  func fixtures(name: String) throws {
    let fixture = try Repository.fixture(name)
    #expect(try disagreements(fixture.network, fixture.examples[0]) == [], "\(name)")
  }

  @Test("The graph engine and the network engine agree on 300 random networks")
  func randomNetworks() throws {
    var compared = 0
    for seed in 0..<300 as Range<UInt64> {
      let (network, examples) = RandomNetworks.make(seed: seed)
      #expect(try disagreements(network, examples[0]) == [], "seed \(seed)")
      compared += 1
    }
    #expect(compared == 300)
  }

  @Test("A network's graph names its units and loss as a lecture does")
  func definitions() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let definition = fixture.network.graphDefinition(example: fixture.examples[0])
    let lines = definition.definitions.map { "\($0.name) = \($0.formula)" }
    #expect(lines.prefix(3) == ["netH1 = b1 + w1*i1 + w2*i2", "netH2 = b1 + w3*i1 + w4*i2", "outH1 = sigma(netH1)"])
    #expect(lines.suffix(2) == ["EO2 = 0.5*(targetO2 - outO2)^2", "E = EO1 + EO2"])
  }
}
