import BackpropTracer
import Testing

@Suite("Plain-text formulas")
struct PlainFormulaTests {
  /// The worked step of `key` in `fixture`, on one line.
  func step(_ key: TraceKey, in fixture: String = "mazur-2-2-2") throws -> String {
    let trace = try Repository.fixture(fixture).trace()
    let position = try #require(trace.layout.position(of: key))
    return PlainFormulaWriter(trace: trace).formula(at: position).workedStep
  }

  @Test("Each kind of step is written in keys, then with numbers, then as a result", arguments: [
    ("mazur-2-2-2", "net_h1", "net_h1 = w1 * i1 + w2 * i2 + b1 = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 = 0.3775"),
    ("mazur-2-2-2", "E_o1", "E_o1 = 1/2 * (target_o1 - out_o1)^2 = 1/2 * (0.01 - 0.75136507)^2 = 0.274811083"),
    ("mazur-2-2-2", "dE_dout_o2", "dE_dout_o2 = -(target_o2 - out_o2) = -(0.99 - 0.772928465) = -0.217071535"),
    ("mazur-2-2-2", "dout_dnet_o1", "dout_dnet_o1 = out_o1 * (1 - out_o1) = 0.75136507 * (1 - 0.75136507) = 0.186815602"),
    ("mazur-2-2-2", "dE_dout_h1", "dE_dout_h1 = dE_dout_h1_via_o1 + dE_dout_h1_via_o2 = 0.055399425 + (-0.019049118) = 0.036350306"),
    ("mazur-2-2-2", "dnet_o1_dw5", "dnet_o1_dw5 = out_h1 = 0.593269992"),
    ("mazur-2-2-2", "w7_new", "w7_new = w7 - learning_rate * dE_dw7 = 0.5 - 0.5 * (-0.02260254) = 0.51130127"),
    ("mazur-2-2-2", "w5", "w5 = 0.4"),
    ("keras-2-4-3-softmax", "out_o3", "out_o3 = e^net_o3 / (e^net_o1 + e^net_o2 + e^net_o3) = e^0.1 / (e^0.155 + e^0.125 + e^0.1) = 0.324479822"),
    ("keras-2-4-3-softmax", "delta_o1", "delta_o1 = out_o1 - target_o1 = 0.34282611 - 0 = 0.34282611"),
    ("logistic-regression-bce", "E_a", "E_a = -(target_a * log(out_a) + (1 - target_a) * log(1 - out_a)) = -(1 * log(0.5) + (1 - 1) * log(1 - 0.5)) = 0.693147181"),
  ])
  func steps(fixture: String, key: String, expected: String) throws {
    #expect(try step(TraceKey(key), in: fixture) == expected)
  }

  @Test("A worked step lines up its equals signs under the first")
  func aligned() {
    let formula = PlainFormula(symbol: "out_h1", formula: "1 / (1 + e^(-net_h1))", substituted: "1 / (1 + e^(-0.3775))", result: "0.593269992")
    #expect(formula.alignedLines(indent: "  ") == "  out_h1 = 1 / (1 + e^(-net_h1))\n         = 1 / (1 + e^(-0.3775))\n         = 0.593269992\n")
  }
}
