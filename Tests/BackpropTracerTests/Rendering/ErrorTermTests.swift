import Testing

@testable import BackpropTracer

/// Every loss's error term and its slope, spelled in TeX (the derivations) and in plain text
/// (check, verify, the quiz) by the one builder both writers share.
@Suite("Error terms in TeX and plain text")
struct ErrorTermTests {
  private func term(_ loss: Loss, slope: Bool, _ syntax: ErrorTermSyntax) -> (symbolic: String, numeric: String) {
    loss.errorTerm(
      target: "t", output: "o", targetValue: "0.5", outputValue: "(-0.2)", targetNumber: "0.5", count: 3, slope: slope,
      in: syntax)
  }

  @Test("TeX", arguments: [
    (Loss.binaryCrossEntropy, false, "-[t \\log o + (1 - t) \\log(1 - o)]", "-[0.5 \\times \\log (-0.2) + (1 - 0.5) \\times \\log(1 - (-0.2))]"),
    (.binaryCrossEntropy, true, "\\frac{o - t}{o(1 - o)}", "\\frac{(-0.2) - 0.5}{(-0.2) \\times (1 - (-0.2))}"),
    (.crossEntropy, false, "-t \\log o", "-0.5 \\times \\log (-0.2)"),
    (.crossEntropy, true, "-\\frac{t}{o}", "-\\frac{0.5}{(-0.2)}"),
    (.halfSquaredError, false, "\\frac{1}{2}(t - o)^{2}", "\\frac{1}{2}(0.5 - (-0.2))^{2}"),
    (.halfSquaredError, true, "-(t - o)", "-(0.5 - (-0.2))"),
    (.squaredError, false, "(t - o)^{2}", "(0.5 - (-0.2))^{2}"),
    (.squaredError, true, "-2(t - o)", "-2(0.5 - (-0.2))"),
    (.meanSquaredError, false, "\\frac{1}{3}(t - o)^{2}", "\\frac{1}{3}(0.5 - (-0.2))^{2}"),
    (.meanSquaredError, true, "-\\frac{2}{3}(t - o)", "-\\frac{2}{3}(0.5 - (-0.2))"),
  ])
  func tex(loss: Loss, slope: Bool, symbolic: String, numeric: String) {
    let written = term(loss, slope: slope, .tex)
    #expect(written.symbolic == symbolic)
    #expect(written.numeric == numeric)
  }

  @Test("Plain text", arguments: [
    (Loss.binaryCrossEntropy, false, "-(t * log(o) + (1 - t) * log(1 - o))", "-(0.5 * log((-0.2)) + (1 - 0.5) * log(1 - (-0.2)))"),
    (.binaryCrossEntropy, true, "(o - t) / (o * (1 - o))", "((-0.2) - 0.5) / ((-0.2) * (1 - (-0.2)))"),
    (.crossEntropy, false, "-t * log(o)", "-0.5 * log((-0.2))"),
    (.crossEntropy, true, "-t / o", "-0.5 / (-0.2)"),
    (.halfSquaredError, false, "1/2 * (t - o)^2", "1/2 * (0.5 - (-0.2))^2"),
    (.halfSquaredError, true, "-(t - o)", "-(0.5 - (-0.2))"),
    (.squaredError, false, "(t - o)^2", "(0.5 - (-0.2))^2"),
    (.squaredError, true, "-2 * (t - o)", "-2 * (0.5 - (-0.2))"),
    (.meanSquaredError, false, "1/3 * (t - o)^2", "1/3 * (0.5 - (-0.2))^2"),
    (.meanSquaredError, true, "-2/3 * (t - o)", "-2/3 * (0.5 - (-0.2))"),
  ])
  func plain(loss: Loss, slope: Bool, symbolic: String, numeric: String) {
    let written = term(loss, slope: slope, .plain)
    #expect(written.symbolic == symbolic)
    #expect(written.numeric == numeric)
  }
}
