@testable import BackpropTracer
import Testing

/// Symbols are made of parts and printed by each syntax from the same value.
@Suite("Math symbols")
struct MathSymbolTests {
  static let weight = MathSymbol(.italic("W"), subscripts: [.text("11")], superscripts: [.layer("1", .square)])
  static let out = MathSymbol(.upright("out"), subscripts: [.text("h1")])
  static let activation = MathSymbol(.italic("a"), subscripts: [.text("1")], superscripts: [.layer("1", .square)])

  @Test("Marks join the one superscript, in the order they were added")
  func marks() {
    #expect(Self.weight.tex == "W^{[1]}_{11}")
    #expect(Self.weight.adding(.example("2", .round)).tex == "W^{[1] (2)}_{11}")
    #expect(Self.weight.adding(.updated).tex == "W^{[1]+}_{11}")
    #expect(Self.weight.adding(.afterStep("3")).tex == "W^{[1]\\langle 3 \\rangle}_{11}")
    #expect(Self.out.adding(.example("1", .round)).tex == "\\mathrm{out}_{h1}^{(1)}")
    #expect(Self.out.adding(.updated).adding(.example("2", .round)).adding(.final).tex == "\\mathrm{out}_{h1}^{+(2)\\ast}")
  }

  @Test("A square parenthesises a base that has a superscript, and a composite with grown parentheses")
  func squares() {
    #expect(Self.out.expression.squared.tex == "\\mathrm{out}_{h1}^{2}")
    #expect(Self.activation.expression.squared.tex == "(a^{[1]}_{1})^{2}")
    #expect(Self.out.adding(.example("1", .round)).expression.squared.tex == "(\\mathrm{out}_{h1}^{(1)})^{2}")
    let fraction = MathExpression.partial(MathSymbol(.italic("E")), Self.out)
    #expect(fraction.squared.tex == "\\left(\\frac{\\partial E}{\\partial \\mathrm{out}_{h1}}\\right)^{2}")
  }

  @Test("Derivatives, restrictions, the log-sum-exp and marked bases print as TeX and as plain text")
  func composites() {
    let total = MathSymbol(.italic("E"), subscripts: [.upright("total")])
    let gradient = MathExpression.partial(total, MathSymbol(.italic("w"), subscripts: [.text("5")]))
    #expect(gradient.tex == "\\frac{\\partial E_{\\mathrm{total}}}{\\partial w_{5}}")
    #expect(gradient.plain == "dE_total/dw_5")
    let via = MathExpression.restricted(gradient, via: MathSymbol(.italic("h1")).expression)
    #expect(via.tex == "\\left.\\frac{\\partial E_{\\mathrm{total}}}{\\partial w_{5}}\\right\\vert_{\\mathrm{via}\\ h1}")
    #expect(MathExpression.logSumExp(term: MathSymbol(.italic("z"), subscripts: [.text("k")])).tex == "\\log \\sum_{k} e^{z_{k}}")
    #expect(MathSymbol(.differential(.italic("W")), subscripts: [.text("11")]).tex == "dW_{11}")
    #expect(MathSymbol(.accented(.bar, .italic("z")), superscripts: [.layer("2", .round)]).tex == "\\bar{z}^{(2)}")
    #expect(Self.weight.plain == "W^[1]_11")
    #expect(Self.activation.expression.squared.plain == "(a^[1]_1)^2")
    #expect(MathSymbol(.greek("theta"), subscripts: [.text("4")]).plain == "theta_4")
  }

  @Test("A user's name becomes a symbol; a number alone the subscript of its unit's letter", arguments: [
    ("w5", "w_{5}"), ("theta4", "\\theta_{4}"), ("bias", "\\mathrm{bias}"), ("net12", "\\mathrm{net}_{12}"),
    ("h1a", "\\mathrm{h1a}"), ("4", "x_{4}"), ("W", "W"),
  ])
  func named(name: String, tex: String) {
    #expect(MathSymbol.named(name, unit: .italic("x")).tex == tex)
  }

  @Test("In SVG the scripts are raised and lowered text, and the baseline comes back for the next text")
  func svg() {
    let label = FigureText([.symbol(Self.weight), .text(": "), .number("0.5")])
    #expect(label.svg(size: 10) == "<tspan font-style=\"italic\">W</tspan><tspan dy=\"-4\" font-size=\"7\">[1]</tspan><tspan dy=\"7\" font-size=\"7\">11</tspan><tspan dy=\"-3\">: </tspan>0.5")
    #expect(label.plain == "W^[1]_11: 0.5")
    #expect(label.tikz == "$W^{[1]}_{11}$: $0.5$")
  }
}
