import Testing

@testable import BackpropTracer

@Suite("Graph gradient check")
struct GraphGradientCheckTests {
  @Test("Central differences agree with backprop on the seed examples")
  func seeds() throws {
    for graph in [try seed000(x: 0.7), try seed002(t: 1.1)] {
      for check in try graph.gradientCheck() {
        #expect(check.relativeError < 1e-6, "\(check.input): \(check.backprop) vs \(check.centralDifference)")
      }
    }
  }

  @Test("Each input gets its own check, in input order")
  func perInput() throws {
    let graph = try makeGraph([("w", 0.5), ("x", 2), ("b", 0.1)], ["z = w*x + b", "y = sigma(z)"])
    let checks = try graph.gradientCheck(step: 1e-5)
    #expect(checks.map(\.input) == ["w", "x", "b"])
    #expect(checks.allSatisfy { $0.relativeError < 1e-8 })
  }

  @Test("Relative error is absolute below 1 and relative above")
  func relativeError() {
    #expect(GraphGradientCheck.relativeError(0.001, 0.002) == 0.001)
    #expect(GraphGradientCheck.relativeError(100, 101) == 1.0 / 101)
  }

  @Test("A wrong gradient shows up: at ReLU's kink the estimate is 1/2, backprop 0")
  func kink() throws {
    let checks = try makeGraph([("x", 0)], ["f = relu(x)"]).gradientCheck()
    #expect(checks[0].backprop == 0)
    #expect(isClose(checks[0].centralDifference, 0.5, tolerance: 1e-9))
  }
}
