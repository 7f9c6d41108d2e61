import BackpropTracer
import Testing

@testable import backprop_bench

/// The benchmark's networks against the reference programs' published numbers (no timing here).
@Suite("Reference networks")
struct ReferenceNetworkTests {
  @Test("The 784-50-10 generator draws the reference's parameters and input")
  func generator() {
    let (network, example) = ReferenceNetworks.mlp()
    #expect(network.parameters.count == 784 * 50 + 50 + 50 * 10 + 10)
    #expect(network.parameters[0...2].map(\.value) == [-0.04470667215966957, -0.02332673983968392, 0.07962697769548771])
    #expect(network.parameters[784 * 50].value == 0.03557103436033406)
    #expect(example.inputs[0] == 0.6838901654249228)
  }

  @Test("784-50-10 training reaches the reference's errors after 1 and 100 steps (slow in debug: about 5–10 s)")
  func mlpErrors() throws {
    let (network, example) = ReferenceNetworks.mlp()
    let run = try network.train([example], steps: 100)
    #expect(abs(run.initialError - 1.9858315963643811) < 1e-12)
    #expect(abs(run.errorsAfterStep[0] - 0.8430608078199354) < 1e-12)
    #expect(abs(run.errorsAfterStep[2] - 0.1636436394017165) < 1e-12)
    #expect(abs(run.errorsAfterStep[99] - 0.002485530339869473) < 1e-12)
  }

  @Test("A traced 784-50-10 step computes the untraced step's values bit for bit")
  func tracedEqualsUntraced() throws {
    let (network, example) = ReferenceNetworks.mlp()
    let trace = try network.trace([example], steps: 1)
    let run = try network.train([example], steps: 1)
    #expect(trace["E_total"] == run.initialError)
    #expect(trace[Quantity.totalErrorAfterStep(1).key] == run.errorsAfterStep[0])
    let mismatches = network.parameters.indices.filter {
      trace[Quantity.updated(network.parameters[$0].name).key] != run.parameters[$0]
    }
    #expect(mismatches.isEmpty, "\(mismatches.count) parameters differ")
  }

  @Test("The 2-2-2 benchmark network reaches the reference's error after 10,000 steps")
  func mazur() throws {
    let (network, example) = ReferenceNetworks.mazur()
    let run = try network.train([example], steps: 10_000)
    #expect(run.initialError == 0.2983711087600027)
    #expect(abs(run.errorsAfterStep[0] - 0.29102777369359933) < 1e-15)
    #expect(abs(run.errorsAfterStep[9_999] - 3.510187782978859e-05) < 1e-12)
  }
}
