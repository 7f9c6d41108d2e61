import Foundation
import Testing

@testable import BackpropTracer

#if canImport(_Differentiation)
  import _Differentiation

  /// The ELU and softplus as Swift's automatic differentiation sees them: their textbook forms,
  /// whose derivatives come from Foundation's registered exp and log.
  @differentiable(reverse)
  private func textbookELU(_ net: Double, alpha: Double) -> Double { net > 0 ? net : alpha * (exp(net) - 1) }

  @differentiable(reverse)
  private func textbookSoftplus(_ net: Double) -> Double { log(1 + exp(net)) }
#endif

/// The two activations added as single definitions: ELU (α from a layer's `"alpha"`, default 1)
/// and softplus, through every consumer of a definition.
@Suite("ELU and softplus")
struct NewActivationTests {
  /// A 1-1-1 network: an ELU hidden unit with α = 0.5, a softplus output, ½ squared error, and
  /// the values of its first step worked out by hand (to 9 decimals) from the textbook forms:
  /// net_h1 = 0.5 − 2·1, out_h1 = 0.5(e^−1.5 − 1), its slope 0.5e^−1.5; out_o1 = log(1 + e^net),
  /// its slope σ(net).
  static let handWorked = """
    {
      "title": "ELU and softplus by hand",
      "network": {
        "inputs": ["x1"],
        "layers": [
          { "activation": "elu", "alpha": 0.5, "neurons": ["h1"], "weights": [["w1"]], "biases": ["b1"] },
          { "activation": "softplus", "neurons": ["o1"], "weights": [["w2"]], "biases": ["b2"] }
        ],
        "parameters": { "w1": -2, "b1": 0.5, "w2": 1, "b2": 0.3 }
      },
      "loss": "halfSquaredError",
      "learningRate": 0.1,
      "example": { "inputs": { "x1": 1 }, "targets": { "o1": 1 } },
      "expected": {
        "net_h1": "-1.500000000", "out_h1": "-0.388434920", "dout_dnet_h1": "0.111565080",
        "net_o1": "-0.088434920", "out_o1": "0.649906994", "dout_dnet_o1": "0.477905668",
        "E_total": "0.061282556", "dE_dw2": "0.064989603", "dE_dw1": "-0.018666113", "w1_new": "-1.998133389"
      }
    }
    """

  static func fixture() throws -> Fixture { try Fixture.load(Array(handWorked.utf8), file: "elu-softplus.json") }

  @Test("Their values and slopes equal the textbook forms and the derivatives Swift's autodiff takes of them")
  func oracle() throws {
    #if canImport(_Differentiation)
      for net in stride(from: -6.0, through: 6.0, by: 0.23) {
        for alpha in [1.0, 0.5, 2.0] {
          let elu = Activation.elu(alpha: alpha), out = elu.value(at: net)
          let (value, slope) = valueWithGradient(at: net) { textbookELU($0, alpha: alpha) }
          #expect(abs(out - value) <= 1e-15 * max(1, abs(value)), "ELU(\(alpha)) at \(net)")
          #expect(abs(elu.slope(net: net, out: out) - slope) <= 1e-15 * max(1, abs(slope)), "ELU′(\(alpha)) at \(net)")
        }
        let out = Activation.softplus.value(at: net)
        let (value, slope) = valueWithGradient(at: net, of: textbookSoftplus)
        #expect(abs(out - value) <= 1e-14 * max(1, abs(value)), "softplus at \(net)")
        #expect(abs(Activation.softplus.slope(net: net, out: out) - slope) <= 1e-15, "softplus′ at \(net)")
      }
    #endif
    // Far out, the stable softplus neither overflows nor loses its small values.
    #expect(Activation.softplus.value(at: 800) == 800)
    #expect(Activation.softplus.value(at: -800) == exp(-800.0))
    // ELU's slope from net keeps the digits that out + α would cancel away.
    #expect(Activation.elu(alpha: 1).slope(net: -40, out: Activation.elu(alpha: 1).value(at: -40)) == exp(-40.0))
  }

  @Test("A network of them reproduces every value worked out by hand, at the printed precision")
  func handWorkedNumbers() throws {
    let fixture = try Self.fixture()
    let report = CheckReport(fixture: fixture, trace: try fixture.trace())
    #expect(report.values.count == 10)
    #expect(report.allMatch, "\(report.text)")
  }

  @Test("Backpropagation through them agrees with central differences and with the graph engine")
  func gradients() throws {
    let fixture = try Self.fixture()
    for check in try fixture.gradientCheck() {
      #expect(check.relativeError < 1e-7, "\(check.input): \(check.backprop) vs \(check.centralDifference)")
    }
    let trace = try fixture.trace()
    let graph = try ComputationalGraph(fixture.network.graphDefinition(example: fixture.examples[0]))
    let gradients = try graph.backpropagate()
    for parameter in fixture.network.parameters {
      let index = try #require(graph.index(of: parameter.name))
      let expected = try #require(trace[TraceKey("dE_d" + parameter.name)])
      #expect(abs(gradients.nodes[index].gradient - expected) <= 1e-12, "\(parameter.name)")
    }
  }

  @Test("Their steps are written from their definitions, in TeX and in plain text", arguments: [
    ("out_h1", "out_h1 = elu(net_h1) = 0.5 * (e^(-1.5) - 1), as -1.5 <= 0 = -0.38843492"),
    ("dout_dnet_h1", "dout_dnet_h1 = elu'(net_h1) = 0.5 * e^(-1.5), as -1.5 <= 0 = 0.11156508"),
    ("out_o1", "out_o1 = log(1 + e^net_o1) = log(1 + e^(-0.08843492)) = 0.649906994"),
    ("dout_dnet_o1", "dout_dnet_o1 = 1 / (1 + e^(-net_o1)) = 1 / (1 + e^(0.08843492)) = 0.477905668"),
  ])
  func plainSteps(key: String, expected: String) throws {
    let trace = try Self.fixture().trace()
    let position = try #require(trace.layout.position(of: TraceKey(key)))
    #expect(PlainFormulaWriter(trace: trace).formula(at: position).workedStep == expected)
  }

  @Test("The derivation writes each of their steps with the branch that applies", arguments: [
    "\\mathrm{out}_{h1} &= \\mathrm{ELU}(\\mathrm{net}_{h1}) \\\\\n  &= 0.5 \\times (e^{-1.5} - 1) \\text{ with } -1.5 \\le 0 \\\\\n  &= -0.38843492",
    "\\frac{\\partial \\mathrm{out}_{h1}}{\\partial \\mathrm{net}_{h1}} &= \\mathrm{ELU}'(\\mathrm{net}_{h1}) \\\\\n  &= 0.5 \\times e^{-1.5} \\text{ with } -1.5 \\le 0 \\\\\n  &= 0.11156508",
    "\\mathrm{out}_{o1} &= \\log(1 + e^{\\mathrm{net}_{o1}}) \\\\\n  &= \\log(1 + e^{-0.08843492}) \\\\\n  &= 0.649906994",
    "\\mathrm{softplus}(x) = \\log(1 + e^{x})",
    "Hidden layer 1: h1 (ELU with alpha 0.5)",
  ])
  func texSteps(expected: String) throws {
    let markdown = MarkdownRenderer.render(try Self.fixture().trace(), imageBase: nil)
    #expect(markdown.contains(expected))
  }

  @Test("A layer's alpha belongs to an ELU and must be above 0", arguments: [
    (#""activation": "elu", "alpha": 0"#, "elu.json:1:87: network.layers[0].alpha: the alpha of an ELU must be above 0, found 0.0"),
    (#""activation": "tanh", "alpha": 2"#, "elu.json:1:88: network.layers[0].alpha: alpha belongs to elu layers, not tanh"),
    (#""activation": "elu", "negativeSlope": 0.1"#, "elu.json:1:95: network.layers[0].negativeSlope: negativeSlope belongs to leakyRelu layers, not elu"),
  ])
  func settings(layer: String, message: String) throws {
    let json = #"{"title": "t", "network": {"inputs": ["x"], "layers": [{"# + layer
      + #", "neurons": ["y"], "weights": [["w"]]}], "parameters": {"w": 1}}, "loss": "halfSquaredError", "learningRate": 0.1, "example": {"inputs": {"x": 1}, "targets": {"y": 0}}}"#
    let error = #expect(throws: FixtureError.self) { try Fixture.load(Array(json.utf8), file: "elu.json") }
    #expect(error?.description == message)
  }
}
