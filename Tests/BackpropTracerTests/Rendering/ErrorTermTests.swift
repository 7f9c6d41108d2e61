import Testing

@testable import BackpropTracer

/// Every loss's error term and its slope, as its definition writes them, spelled in TeX (the
/// derivations) and in plain text (check, verify, the quiz) from the one tree both print.
@Suite("Error terms in TeX and plain text")
struct ErrorTermTests {
  /// A target t = 0.5 at position 0 and an output o = −0.2 at position 1.
  private struct TargetAndOutput: FormulaEntries {
    let syntax: MathSyntax
    func writeSymbol(at position: Int, power: Int?, to text: inout TextBuffer) {
      text += position == 0 ? "t" : "o"
      if let power { text += syntax.superscript.before + "\(power)" + syntax.superscript.after }
    }
    func value(at position: Int) -> Double { position == 0 ? 0.5 : -0.2 }
    func number(at position: Int) -> String { number(value(at: position)) }
    func number(_ value: Double) -> String { "\(value)" }
  }

  private func term(_ loss: Loss, slope: Bool, _ syntax: MathSyntax) -> (symbolic: String, numeric: String) {
    let (t, o) = (MathFormula.operand(0, .asIs), MathFormula.operand(1, .asIs))
    let operands = Operands(positions: [0, 1])
    let formula =
      slope
      ? loss.definition.slopeFormula(target: t, output: o, outputCount: 3)
      : loss.definition.termFormula(target: t, output: o, outputCount: 3)
    var symbolic = TextBuffer(), numeric = TextBuffer()
    syntax.write(formula, TargetAndOutput(syntax: syntax), of: operands, substituting: false, to: &symbolic)
    syntax.write(formula, TargetAndOutput(syntax: syntax), of: operands, substituting: true, to: &numeric)
    return (symbolic.text, numeric.text)
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
