import Testing

@testable import backprop_trace

@Suite("--only")
struct OnlyOptionTests {
  @Test("--only derives the named neuron and weight and leaves the others out")
  func derivesChosen() {
    let run = runTool(["trace", mazur, "--only", "h1,w5", "--decimals", "5"])
    #expect(run.code == 0)
    #expect(run.error.isEmpty)
    #expect(run.output.contains("\\mathrm{net}_{h1} &= w_{1} i_{1} + w_{2} i_{2} + b_{1}"))
    #expect(!run.output.contains("\\mathrm{net}_{h2} &="))
    #expect(run.output.contains("Weight $w_{5}$:"))
    #expect(!run.output.contains("Weight $w_{6}$:"))
  }

  @Test("--only with an unknown name exits 2 and suggests the nearest")
  func unknownName() {
    let run = runTool(["trace", mazur, "--only", "h1,h9"])
    #expect(run.code == 2)
    #expect(run.error == "error: --only: no neuron or parameter is called 'h9'; did you mean 'h1'? (see 'backprop-trace --help')\n")
  }
}
