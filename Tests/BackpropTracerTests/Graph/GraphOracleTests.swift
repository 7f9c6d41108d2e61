import Testing

@testable import BackpropTracer

/// Random graphs checked against oracles written outside the library.
@Suite("Graph oracle")
struct GraphOracleTests {
  static let samples = 2500
  static let seed: UInt64 = 0x6261_636B_7072_6F70

  /// Each random graph whose definitions are all defined well away from their singularities
  /// (the engine evaluates every definition, used or not), with its graph and dual gradient.
  static func definedSamples() throws -> [(sample: RandomGraph, graph: ComputationalGraph, dual: [Double])] {
    var rng = SplitMix64(seed: seed)
    var accepted: [(RandomGraph, ComputationalGraph, [Double])] = []
    for _ in 0..<samples {
      let sample = RandomGraph.random(using: &rng)
      let unused = sample.inlinedDefinitions.dropLast()
      guard unused.allSatisfy({ OracleDual.evaluate($0, sample.inputValues, direction: 0) != nil }) else { continue }
      let duals = sample.inputValues.indices.map { OracleDual.evaluate(sample.inlined, sample.inputValues, direction: $0) }
      let gradient = duals.compactMap { $0?.derivative }
      guard gradient.count == duals.count else { continue }
      let graph = try makeGraph(Array(zip(sample.symbols, sample.inputValues)), sample.lines)
      accepted.append((sample, graph, gradient))
    }
    return accepted
  }

  @Test("Backprop agrees with forward-mode dual numbers on over a thousand random graphs")
  func dualNumbers() throws {
    let accepted = try Self.definedSamples()
    #expect(accepted.count >= 1000)
    for (sample, graph, dual) in accepted {
      let gradient = try graph.inputGradients()
      for (g, d) in zip(gradient, dual) {
        #expect(isClose(g, d, tolerance: 1e-9), "\(sample.lines) at \(sample.inputValues): \(g) vs \(d)")
      }
    }
  }

  @Test("The symbolic gradient, evaluated, agrees with the backward pass on random graphs")
  func symbolic() throws {
    for (sample, graph, _) in try Self.definedSamples().prefix(600) {
      let numeric = try graph.inputGradients()
      let values = try graph.valuesByName()
      for (derivative, expected) in zip(graph.symbolicGradient(), numeric) {
        let formula = try #require(derivative.formula, "\(sample.lines): no formula")
        let value = try #require(formula.value(in: values), "\(sample.lines): \(formula)")
        #expect(isClose(value, expected, tolerance: 1e-8), "\(sample.lines): \(formula)")
      }
    }
  }

  @Test("Printed formulas re-parse to the same value: parentheses are never dropped wrongly")
  func printRoundTrip() throws {
    for (sample, graph, _) in try Self.definedSamples().prefix(600) {
      let values = try graph.valuesByName()
      for definition in graph.definition.definitions {
        let tree = try ExpressionParser.parse(definition.formula)
        let reparsed = try ExpressionParser.parse(ExpressionPrinter.plain(tree))
        let (a, b) = (try #require(tree.value(in: values)), try #require(reparsed.value(in: values)))
        #expect(isClose(a, b, tolerance: 1e-12), "\(sample.lines): \(ExpressionPrinter.plain(tree))")
      }
    }
  }

  #if canImport(_Differentiation)
    @Test("Backprop agrees with Swift's automatic differentiation on over a thousand random graphs")
    func automaticDifferentiation() throws {
      let accepted = try Self.definedSamples()
      #expect(accepted.count >= 1000)
      for (sample, graph, _) in accepted {
        let gradient = try graph.inputGradients()
        let oracle = autodiffGradient(sample.inlined, at: sample.inputValues)
        #expect(isClose(try graph.outputValue(), oracle.value, tolerance: 1e-12))
        for (g, a) in zip(gradient, oracle.gradient) {
          #expect(isClose(g, a, tolerance: 1e-9), "\(sample.lines) at \(sample.inputValues): \(g) vs \(a)")
        }
      }
    }
  #endif
}
