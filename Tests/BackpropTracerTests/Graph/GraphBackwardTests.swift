import Foundation
import Testing

@testable import BackpropTracer

@Suite("Graph backward pass")
struct GraphBackwardTests {
  @Test("A node used twice by one consumer gets both shares: f = x*x gives 2x", arguments: [-1.5, 0.0, 3.0])
  func square(x: Double) throws {
    let trace = try makeGraph([("x", x)], ["f = x*x"]).backpropagate()
    #expect(trace.nodes[0].gradient == 2 * x)
    #expect(trace.nodes[0].contributions.count == 2)
    #expect(trace.edges.map(\.localDerivative) == [x, x])
  }

  @Test("Seed 000: dz/dx = 20(x^3+7)^3 * 3x^2 through y", arguments: [-1.0, 0.5, 2.0])
  func chainRule(x: Double) throws {
    let trace = try seed000(x: x).backpropagate()
    let y = x * x * x + 7
    #expect(isClose(trace.nodes[0].gradient, 20 * pow(y, 3) * 3 * x * x))
    #expect(trace.backwardOrder.map { trace.nodes[$0].id } == ["z", "z_1", "y", "y_1", "x"])
  }

  @Test("Seed 002: df/dt sums the paths through x = cos t and y = t^2", arguments: [0.3, 1.0, 2.5])
  func multivariateChainRule(t: Double) throws {
    let trace = try seed002(t: t).backpropagate()
    let x = cos(t), y = t * t, e = exp(x * y)
    let expected = (y * e) * (-sin(t)) + (1 + x * e) * 2 * t
    #expect(isClose(trace.nodes[0].gradient, expected))
    let terms = trace.nodes[0].contributions.map { trace.edges[$0] }
    #expect(terms.map(\.consumer) == ["x", "y"])
    #expect(isClose(terms[0].contribution, (y * e) * (-sin(t))))
    #expect(isClose(terms[1].contribution, (1 + x * e) * 2 * t))
    #expect(terms.map(\.contribution).reduce(0, +) == trace.nodes[0].gradient)
  }

  @Test("Seed 002's logistic least squares: error signals ȳ = y − t, z̄ = ȳσ′(z), w̄ = z̄x, b̄ = z̄")
  func errorSignals() throws {
    let graph = try makeGraph(
      [("w", 0.4), ("b", -0.1), ("x", 1.5), ("t", 1)],
      ["z = w*x + b", "y = sigma(z)", "L = 0.5*(y - t)^2"])
    let trace = try graph.backpropagate()
    let z = 0.4 * 1.5 - 0.1, y = 1 / (1 + exp(-z))
    let yBar = y - 1, zBar = yBar * y * (1 - y)
    func gradient(_ id: String) throws -> Double { trace.nodes[try #require(graph.index(of: id))].gradient }
    #expect(isClose(try gradient("y"), yBar))
    #expect(isClose(try gradient("z"), zBar))
    #expect(isClose(try gradient("w"), zBar * 1.5))
    #expect(isClose(try gradient("b"), zBar))
    #expect(isClose(try gradient("x"), zBar * 0.4))
    #expect(try gradient("t") == -yBar)
  }

  @Test("Seed 001: x = f(w), y = f(x), z = f(y) gives dz/dw = f'(y) f'(x) f'(w)")
  func repeatedFunction() throws {
    let graph = try makeGraph([("w", 0.7)], ["x = tanh(w)", "y = tanh(x)", "z = tanh(y)"])
    let w = 0.7, x = tanh(w), y = tanh(x)
    func derivative(_ u: Double) -> Double { 1 - tanh(u) * tanh(u) }
    #expect(isClose(try graph.inputGradients()[0], derivative(y) * derivative(x) * derivative(w)))
  }

  @Test("Nodes the output does not depend on get gradient 0 and no terms")
  func offPath() throws {
    let graph = try makeGraph([("a", 1), ("b", 2)], ["u = 3*a", "v = b^2", "w = u + 1"], output: "w")
    let trace = try graph.backpropagate()
    #expect(trace.nodes.map(\.isOnPathToOutput) == [true, false, true, false, true])
    #expect(trace.nodes.map(\.gradient) == [3, 0, 1, 0, 1])
    #expect(trace.edges.map(\.consumer) == ["w", "u"])
  }

  @Test("Undefined values name the node and its formula instead of producing NaN", arguments: [
    (["y = x - 2", "z = 3*log(y)"], "definition of z: node z_1 = log(y): log of a non-positive number (-1)"),
    (["y = x - 1", "z = 1/y"], "definition of z: node z = 1/y: division by zero"),
    (["y = (x - 2)^0.5"], "definition of y: node y = (x - 2)^0.5: a negative number (-1) to a non-integer power"),
    (["y = exp(1000*x)"], "definition of y: node y = exp(1000*x): the result is too large"),
    (["y = (x - 1)^0.5"], "definition of y: node y = (x - 1)^0.5: ∂y/∂y_1 is not finite at y_1 = 0"),
  ])
  func undefined(lines: [String], message: String) throws {
    let graph = try makeGraph([("x", 1)], lines)
    #expect(graphErrorMessage { _ = try graph.backpropagate() } == message)
  }

  @Test("The backward pass is deterministic: the same graph gives the same trace")
  func deterministic() throws {
    let first = try seed002(t: 0.8).backpropagate(), second = try seed002(t: 0.8).backpropagate()
    #expect(first == second)
  }
}
