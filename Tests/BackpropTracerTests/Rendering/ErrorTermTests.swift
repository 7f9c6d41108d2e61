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

  @Test("Each loss and slope, in each syntax", arguments: [
    ("tex", Loss.binaryCrossEntropy, false, "-[t \\log o + (1 - t) \\log(1 - o)]", "-[0.5 \\times \\log (-0.2) + (1 - 0.5) \\times \\log(1 - (-0.2))]"),
    ("tex", .binaryCrossEntropy, true, "\\frac{o - t}{o(1 - o)}", "\\frac{(-0.2) - 0.5}{(-0.2) \\times (1 - (-0.2))}"),
    ("tex", .crossEntropy, false, "-t \\log o", "-(0.5 \\times \\log (-0.2))"),
    ("tex", .crossEntropy, true, "-\\frac{t}{o}", "-\\frac{0.5}{(-0.2)}"),
    ("tex", .halfSquaredError, false, "\\frac{1}{2}(t - o)^{2}", "\\frac{1}{2}(0.5 - (-0.2))^{2}"),
    ("tex", .halfSquaredError, true, "-(t - o)", "-(0.5 - (-0.2))"),
    ("tex", .squaredError, false, "(t - o)^{2}", "(0.5 - (-0.2))^{2}"),
    ("tex", .squaredError, true, "-2(t - o)", "-2(0.5 - (-0.2))"),
    ("tex", .meanSquaredError, false, "\\frac{1}{3}(t - o)^{2}", "\\frac{1}{3}(0.5 - (-0.2))^{2}"),
    ("tex", .meanSquaredError, true, "-\\frac{2}{3}(t - o)", "-\\frac{2}{3}(0.5 - (-0.2))"),
    ("plain", .binaryCrossEntropy, false, "-(t * log(o) + (1 - t) * log(1 - o))", "-(0.5 * log((-0.2)) + (1 - 0.5) * log(1 - (-0.2)))"),
    ("plain", .binaryCrossEntropy, true, "(o - t) / (o * (1 - o))", "((-0.2) - 0.5) / ((-0.2) * (1 - (-0.2)))"),
    ("plain", .crossEntropy, false, "-t * log(o)", "-(0.5 * log((-0.2)))"),
    ("plain", .crossEntropy, true, "-t / o", "-0.5 / (-0.2)"),
    ("plain", .halfSquaredError, false, "1/2 * (t - o)^2", "1/2 * (0.5 - (-0.2))^2"),
    ("plain", .halfSquaredError, true, "-(t - o)", "-(0.5 - (-0.2))"),
    ("plain", .squaredError, false, "(t - o)^2", "(0.5 - (-0.2))^2"),
    ("plain", .squaredError, true, "-2 * (t - o)", "-2 * (0.5 - (-0.2))"),
    ("plain", .meanSquaredError, false, "1/3 * (t - o)^2", "1/3 * (0.5 - (-0.2))^2"),
    ("plain", .meanSquaredError, true, "-2/3 * (t - o)", "-2/3 * (0.5 - (-0.2))"),
  ])
  func errorTerm(syntax: String, loss: Loss, slope: Bool, symbolic: String, numeric: String) {
    let written = term(loss, slope: slope, syntax == "tex" ? .tex : .plain)
    #expect(written.symbolic == symbolic)
    #expect(written.numeric == numeric)
  }
}
