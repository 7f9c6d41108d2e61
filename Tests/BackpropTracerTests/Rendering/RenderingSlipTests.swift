@testable import BackpropTracer
import Foundation
import Testing

/// Each slip issue 13 lists, pinned with the exact text that replaced it.
@Suite("Rendering slips")
struct RenderingSlipTests {
  /// A one-layer fixture with `activation` and `loss`, a single output `o` and the inputs and
  /// units named as given; `examples` is the JSON of a data set, or nil for one example.
  private func fixture(
    title: String = "t", inputs: [String] = ["i1"], output: String = "o", activation: String = "sigmoid",
    loss: String = "halfSquaredError", examples: String? = nil
  ) throws -> Fixture {
    let weights = inputs.map { "\"w\($0)\(output)\"" }.joined(separator: ", ")
    let values = inputs.map { "\"w\($0)\(output)\": 0.5" }.joined(separator: ", ")
    let example = "{\"inputs\": {" + inputs.map { "\"\($0)\": 1" }.joined(separator: ", ") + "}, \"targets\": {\"\(output)\": 0.25}}"
    let json = """
      {"title": \(JSONText.quoted(title)), "network": {"inputs": [\(inputs.map { "\"\($0)\"" }.joined(separator: ", "))],
        "layers": [{"activation": "\(activation)", "neurons": ["\(output)"], "weights": [[\(weights)]], "biases": ["theta\(output)"]}],
        "parameters": {\(values), "theta\(output)": 0.1}},
       "loss": "\(loss)", "learningRate": 0.5, \(examples.map { "\"examples\": " + $0 } ?? "\"example\": " + example)}
      """
    return try Fixture.load(Array(json.utf8), file: "slip.json")
  }

  private func latex(_ fixture: Fixture, notation: NotationPreset = .mazur) throws -> String {
    LaTeXRenderer.render(try fixture.trace(), options: RenderOptions(notation: notation), fragment: true)
  }

  @Test("The mean squared error over one output has no 1/1 and its slope is −2(t − o)")
  func meanOverOneOutput() throws {
    let text = try latex(fixture(loss: "meanSquaredError"))
    #expect(text.contains("E_{o} &= (\\mathrm{target}_{o} - \\mathrm{out}_{o})^{2} \\\\"))
    #expect(text.contains("\\frac{\\partial E_{\\mathrm{total}}}{\\partial \\mathrm{out}_{o}} &= -2(\\mathrm{target}_{o} - \\mathrm{out}_{o}) \\\\"))
    #expect(!text.contains("\\frac{1}{1}") && !text.contains("\\frac{2}{1}"))
  }

  @Test("The identity's slope is written once: = 1, not = 1 = 1")
  func identitySlope() throws {
    let text = try latex(fixture(activation: "identity"))
    #expect(text.contains("\\frac{\\partial \\mathrm{out}_{o}}{\\partial \\mathrm{net}_{o}} &= 1 \\\\[6pt]"))
    #expect(!text.contains("&= 1 \\\\\n  &= 1"))
  }

  @Test("A cross-entropy term with target 0 reads −(0 × log o), not −0 × log o")
  func crossEntropyOfZero() throws {
    let text = MarkdownRenderer.render(try Repository.fixture("keras-2-4-3-softmax").trace(), imageBase: nil)
    #expect(text.contains("E_{o1} &= -\\mathrm{target}_{o1} \\log \\mathrm{out}_{o1} \\\\\n  &= -(0 \\times \\log 0.34282611) \\\\"))
    #expect(!text.contains("-0 \\times"))
  }

  @Test("Fractions inside parentheses get parentheses that grow: \\left( … \\right)")
  func grownParentheses() throws {
    let text = MarkdownRenderer.render(try Repository.fixture("xor-minibatch-momentum").trace(), imageBase: nil)
    #expect(text.contains(
      "\\frac{\\partial E_{\\mathrm{total}}}{\\partial w_{1}} &= \\frac{1}{2}\\left(\\frac{\\partial E_{\\mathrm{total}}^{(2)}}{\\partial w_{1}} + \\frac{\\partial E_{\\mathrm{total}}^{(3)}}{\\partial w_{1}}\\right) \\\\"))
    #expect(!text.contains("}(\\frac"))
  }

  @Test("Units named by number (Han and Kamber) are symbols: x_{1}, w_{14}, never a bare 1")
  func numericNames() throws {
    let text = try latex(fixture(inputs: ["1", "2", "3"], output: "4"))
    #expect(text.contains("\\mathrm{net}_{4} &= w_{14} x_{1} + w_{24} x_{2} + w_{34} x_{3} + \\theta_{4} \\\\"))
    #expect(!text.contains("w_{14} 1"))
    let digitsOnly = Parameter(name: "7", value: 0, role: .weight, isTrainable: true)
    #expect(Notation.userSymbol(digitsOnly).tex == "w_{7}")
  }

  @Test("graph prints a finite value near the largest double as a number, never inf")
  func largestDouble() throws {
    let json = #"{"title": "big", "inputs": {"x": 1.7976931348623157e308}, "definitions": ["y = x*1"], "output": "y"}"#
    let fixture = try GraphFixture.load(Array(json.utf8), file: "big.json")
    let text = GraphFiles.render(fixture, format: .markdown, numbers: NumberFormat(decimals: 6), base: nil)[0].contents
    #expect(text.contains("y &= x \\cdot 1 \\\\\n  &= 1.7976931348623157 \\cdot 10^{308} \\cdot 1 \\\\\n  &= 1.798 \\times 10^{308}"))
    #expect(!text.contains("inf"))
    #expect(NumberFormat(decimals: 6).rounded(.greatestFiniteMagnitude) == .greatestFiniteMagnitude)
    #expect(NumberFormat(significant: 2).rounded(-1.7976931348623157e308) == -1.7976931348623157e308)
  }

  @Test("A hand computation that rounds an output to 1 under a cross-entropy says so and keeps full precision")
  func handComputationUndefined() throws {
    let trace = try fixture(loss: "binaryCrossEntropy", examples: #"[{"inputs": {"i1": 20}, "targets": {"o": 1}}]"#).trace()
    let options = RenderOptions(format: NumberFormat(significant: 3), roundedIntermediates: true)
    let text = MarkdownRenderer.render(trace, options: options, imageBase: nil)
    #expect(text.contains(
      "A hand computation was asked for, but with every value rounded to 3 significant digits before it is used, $\\frac{\\partial E_{\\mathrm{total}}^{(1)}}{\\partial \\mathrm{out}_ {o}^{(1)}}$ is undefined (a division by 0 or the logarithm of 0 after rounding), so the computation is not rounded."))
    #expect(!text.contains("NaN") && !text.contains("Drift from full precision"))
  }

  @Test("Two $ in a title are no math for any renderer: no $ is left in the Markdown")
  func dollarsInTitle() throws {
    let text = MarkdownRenderer.render(try fixture(title: "Costs $5 and $6").trace(), imageBase: nil)
    #expect(text.hasPrefix("# Costs <span>&#36;</span>5 and <span>&#36;</span>6\n"))
  }

  @Test("A \" in a title becomes curly quotes that OT1 has, not \\textquotedbl")
  func quoteInTitle() throws {
    let text = try latex(fixture(title: "The \"XOR\" problem, 12\" wide"))
    #expect(text.contains("\\section*{The {``}XOR{''} problem, 12{''} wide}"))
    #expect(!text.contains("textquotedbl"))
  }

  @Test("A square of a symbol with a superscript is parenthesised, never a second superscript")
  func squares() throws {
    let momentum = try latex(Repository.fixture("xor-minibatch-momentum"), notation: .ng)
    #expect(momentum.contains("\\Omega &= \\frac{\\lambda}{2}((W^{[1]}_{11})^{2} + (W^{[1]}_{12})^{2} + (W^{[1]}_{21})^{2}"))
    let examples = #"[{"inputs": {"i1": 1}, "targets": {"o": 0}}, {"inputs": {"i1": 0}, "targets": {"o": 1}}]"#
    let tanh = try fixture(activation: "tanh", examples: examples)
    #expect(try latex(tanh).contains("\\frac{\\partial \\mathrm{out}_{o}^{(1)}}{\\partial \\mathrm{net}_{o}^{(1)}} &= 1 - (\\mathrm{out}_{o}^{(1)})^{2} \\\\"))
    #expect(try latex(tanh, notation: .ng).contains("&= 1 - (a^{[1] (1)}_{1})^{2} \\\\"))
    #expect(try latex(fixture(activation: "tanh"), notation: .ng).contains("&= 1 - (a^{[1]}_{1})^{2} \\\\"))
  }

  @Test("An example's and an update's marks join the one superscript a symbol has")
  func marks() throws {
    let trace = try Repository.fixture("xor-minibatch-momentum").trace()
    let ng = Notation(.ng, network: trace.network)
    #expect(ng.tex(.ofExample(.net("h1"), 2)) == "z^{[1] (2)}_{1}")
    #expect(ng.tex(.updated("w1")) == "W^{[1]+}_{11}")
    #expect(ng.tex(.parameterAfterStep("w1", 3)) == "W^{[1]\\langle 3 \\rangle}_{11}")
    let delta = Notation(.delta, network: trace.network)
    #expect(delta.tex(.ofExample(.out("h2"), 1)) == "a^{(1)[1]}_{2}")
    #expect(Notation(.mazur, network: trace.network).tex(.ofExample(.out("h2"), 1)) == "\\mathrm{out}_{h2}^{(1)}")
  }

  @Test("The graph walkthrough's figure fits the page and its edges pass around the boxes")
  func graphFigure() throws {
    let figure = try #require(FigureLayoutTests.figures(GraphWalkthrough(fixture: try Repository.graphFixture("seed002-logistic-least-squares")).document()).first)
    guard case let .graph(graph) = figure else { return }
    let layout = GraphFigureLayout.layout(graph)
    #expect(layout.width * layout.scale <= 900)
    #expect(FigureLayoutTests.problems(layout) == [])
    let svg = SVGRenderer.draw(figure, title: "t")
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"900\""))
  }

  @Test("The 2-4-3 and 3-4-4-1 figures: no label on another, none on an edge not its own", arguments: ["keras-2-4-3-softmax", "feedforward-3-4-4-1"])
  func networkFigures(name: String) throws {
    let fixture = try Repository.fixture(name)
    let document = Walkthrough(trace: try fixture.trace(), options: RenderOptions(notation: fixture.defaultNotation)).document()
    let layouts = FigureLayoutTests.layouts(document)
    #expect(layouts.count == 1)
    for layout in layouts { #expect(FigureLayoutTests.problems(layout) == []) }
  }
}
