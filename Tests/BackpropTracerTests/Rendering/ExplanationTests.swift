@testable import BackpropTracer
import Foundation
import Testing

/// The slopes' derivations (`--explain`, the default): where they appear, in which symbols, and
/// that each ends at the slope the derivation then uses.
@Suite("Explanations")
struct ExplanationTests {
  /// The 2-2-2 walkthrough in Markdown, with or without explanations.
  private func markdown(_ preset: NotationPreset, explain: Bool = true) throws -> String {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    return MarkdownRenderer.render(trace, options: RenderOptions(notation: preset, explain: explain), imageBase: nil)
  }

  private func occurrences(of text: String, in document: String) -> Int {
    document.components(separatedBy: text).count - 1
  }

  @Test("The 2-2-2 walkthrough derives σ′ from 1/(1 + e^{−net}) and the ½SE slope, once, in every notation", arguments: NotationPreset.all.map(\.name))
  func derivationsInEveryNotation(name: String) throws {
    let preset = try #require(NotationPreset.named(name))
    let text = try markdown(preset)
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let notation = Notation(preset, network: trace.network)
    let net = notation.tex(.net("o1")), out = notation.tex(.out("o1")), target = notation.tex(.target("o1"))
    let sigma = "\\frac{1}{1 + e^{-\(net)}}"
    let sigmoidLines = [
      "\(notation.tex(.activationSlope("o1"))) &= \\frac{\\partial}{\\partial \(net)} \(sigma) \\\\",
      "  &= \\frac{e^{-\(net)}}{(1 + e^{-\(net)})^{2}} \\\\",
      "  &= \(sigma) \\times \\frac{e^{-\(net)}}{1 + e^{-\(net)}} \\\\",
      "  &= \(sigma) \\times (1 - \(sigma)) \\\\",
      "  &= \(out)(1 - \(out))",
    ]
    let lossLines = [
      "\(notation.tex(.errorSlope("o1"))) &= \\frac{\\partial}{\\partial \(out)} \\frac{1}{2}(\(target) - \(out))^{2} \\\\",
      "  &= 2 \\times \\frac{1}{2}(\(target) - \(out)) \\times (-1) \\\\",
      "  &= -(\(target) - \(out))",
    ]
    #expect(occurrences(of: sigmoidLines.joined(separator: "\n"), in: text) == 1)
    #expect(occurrences(of: lossLines.joined(separator: "\n"), in: text) == 1)
    // The hidden layer refers back instead of deriving the sigmoid again.
    #expect(occurrences(of: "is the one derived above", in: text) == 1)
    #expect(occurrences(of: "Why the sigmoid's slope", in: text) == 1)
    let bare = try markdown(preset, explain: false)
    #expect(!bare.contains("\\frac{\\partial}{\\partial"))
    #expect(!bare.contains("derived above"))
  }

  @Test("The mazur and ng derivations, as a lecture writes them")
  func pinnedText() throws {
    let mazur = try markdown(.mazur)
    #expect(mazur.contains("\\frac{\\partial E_{\\mathrm{total}}}{\\partial \\mathrm{out}_{o1}} &= \\frac{\\partial}{\\partial \\mathrm{out}_{o1}} \\frac{1}{2}(\\mathrm{target}_{o1} - \\mathrm{out}_{o1})^{2} \\\\\n  &= 2 \\times \\frac{1}{2}(\\mathrm{target}_{o1} - \\mathrm{out}_{o1}) \\times (-1) \\\\\n  &= -(\\mathrm{target}_{o1} - \\mathrm{out}_{o1})"))
    #expect(mazur.contains("\\mathrm{out}_{o1} &= \\frac{1}{1 + e^{-\\mathrm{net}_{o1}}} \\\\[6pt]"))
    let ng = try markdown(.ng)
    #expect(ng.contains("da^{[2]}_{1} &= \\frac{\\partial}{\\partial a^{[2]}_{1}} \\frac{1}{2}(y_{1} - a^{[2]}_{1})^{2}"))
    #expect(ng.contains("  &= a^{[2]}_{1}(1 - a^{[2]}_{1})"))
  }

  @Test("Each derivation ends at (or passes through) the slope formula the walkthrough uses")
  func derivationsReachTheSlope() throws {
    let net = MathFormula.symbol(MathSymbol(.italic("z")).expression), out = MathFormula.symbol(MathSymbol(.italic("a")).expression)
    var derived = 0
    for activation in Activation.all {
      let definition = activation.definition
      guard let derivation = definition.slopeDerivation(net: net, out: out) else {
        #expect(!definition.isElementwise, "\(activation.name) has no derivation of its slope")
        continue
      }
      let slope = try #require(definition.slopeFormula(net: net, out: out))
      let steps = derivation.steps.map { MathSyntax.tex.print($0) }
      #expect(steps.contains(MathSyntax.tex.print(slope)), "\(activation.name): \(steps)")
      #expect(steps.count >= 2 && !derivation.lead.isEmpty)
      derived += 1
    }
    #expect(derived == Activation.all.count - 1)
    let target = MathFormula.symbol(MathSymbol(.italic("t")).expression)
    for loss in Loss.allCases {
      for count in [1, 3] {
        let definition = loss.definition
        let derivation = definition.slopeDerivation(target: target, output: out, outputCount: count)
        let slope = MathSyntax.tex.print(definition.slopeFormula(target: target, output: out, outputCount: count))
        #expect(derivation.steps.last.map { MathSyntax.tex.print($0) } == slope, "\(loss)")
        #expect(derivation.steps.count >= 2)
      }
    }
  }
}
