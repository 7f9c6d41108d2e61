@testable import BackpropTracer
import Foundation
import Testing

/// The slopes' derivations (`--explain`, the default): where they appear, in which symbols, and
/// that each ends at the slope the derivation then uses.
@Suite("Explanations")
struct ExplanationTests {
  /// A fixture's walkthrough (the 2-2-2 step's by default) in Markdown, with or without
  /// explanations.
  private func markdown(_ preset: NotationPreset, explain: Bool = true, fixture: String = "mazur-2-2-2") throws -> String {
    let trace = try Repository.fixture(fixture).trace()
    return MarkdownRenderer.render(trace, options: RenderOptions(notation: preset, explain: explain), imageBase: nil)
  }

  /// The notation of `preset` for a fixture's network.
  private func notation(_ preset: NotationPreset, fixture: String = "mazur-2-2-2") throws -> Notation {
    Notation(preset, network: try Repository.fixture(fixture).trace().network)
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

  @Test("The 2-2-2 walkthrough derives a hidden neuron's sum over the next layer and why the weights are the ones before the update, once, in every notation", arguments: NotationPreset.all.map(\.name))
  func consumersAndPreUpdateInEveryNotation(name: String) throws {
    let preset = try #require(NotationPreset.named(name))
    let text = try markdown(preset)
    let notation = try notation(preset)
    func tex(_ quantity: Quantity) -> String { notation.tex(quantity) }
    let sum = [
      "\(tex(.errorSlope("h1"))) &= \(tex(.deltaByChain("o1"))) \\times \(tex(.netSlopeOut(consumer: "o1", source: "h1"))) + \(tex(.deltaByChain("o2"))) \\times \(tex(.netSlopeOut(consumer: "o2", source: "h1"))) \\\\",
      "  &= \(tex(.errorSlopeVia(source: "h1", consumer: "o1"))) + \(tex(.errorSlopeVia(source: "h1", consumer: "o2")))",
    ]
    #expect(occurrences(of: sum.joined(separator: "\n"), in: text) == 1)
    #expect(occurrences(of: "only through the next layer's net inputs $\(tex(.net("o1")).replacingOccurrences(of: "_{", with: "_ {"))", in: text) == 1)
    let total = preset.total.tex, rate = tex(.learningRate)
    let gradient = "\\frac{\\partial \(total)}{\\partial p}"
    let preUpdate = [
      "\\left.\\frac{d}{d\(rate)} \(tex(.totalError))\\left(p - \(rate) \(gradient)\\right)\\right\\vert_{\(rate) = 0} &= \\sum_{p} \(gradient) \\times \\left(-\(gradient)\\right) \\\\",
      "  &= -\\sum_{p} \\left(\(gradient)\\right)^{2}",
    ]
    #expect(occurrences(of: preUpdate.joined(separator: "\n"), in: text) == 1)
    #expect(occurrences(of: "Why every gradient uses the \(preset.words.weight)s before the update", in: text) == 1)
    // The update refers back instead of deriving it again.
    #expect(occurrences(of: "(why, derived above)", in: text) == 1)
    let bare = try markdown(preset, explain: false)
    #expect(!bare.contains("\\sum_{p}") && !bare.contains("why, derived above"))
  }

  @Test("Without a hidden layer, the update says why the gradients are taken before it")
  func preUpdateWithoutHiddenLayer() throws {
    let text = try markdown(.mazur, fixture: "logistic-regression-bce")
    let update = try #require(text.range(of: "## Update"))
    #expect(occurrences(of: "Why every gradient uses the weights before the update", in: String(text[update.lowerBound...])) == 1)
    #expect(!text.contains("derived above)"))
  }

  @Test("The softmax walkthrough derives the Jacobian from the definition and cross-entropy's o - t, once, in every notation", arguments: NotationPreset.all.map(\.name))
  func softmaxInEveryNotation(name: String) throws {
    let preset = try #require(NotationPreset.named(name))
    let fixture = "keras-2-4-3-softmax"
    let text = try markdown(preset, fixture: fixture)
    let notation = try notation(preset, fixture: fixture)
    func tex(_ quantity: Quantity) -> String { notation.tex(quantity) }
    let e1 = "e^{\(tex(.net("o1")))}", e2 = "e^{\(tex(.net("o2")))}", e3 = "e^{\(tex(.net("o3")))}"
    let o1 = tex(.out("o1")), o2 = tex(.out("o2"))
    let jacobian = [
      "S &= \(e1) + \(e2) + \(e3) \\\\[6pt]",
      "\(o1) &= \\frac{\(e1)}{S} \\\\[6pt]",
      "\(tex(.activationSlope("o1"))) &= \\frac{\\partial}{\\partial \(tex(.net("o1")))} \\frac{\(e1)}{S} \\\\",
      "  &= \\frac{\(e1) S - \(e1) \(e1)}{S^{2}} \\\\",
      "  &= \\frac{\(e1)}{S} \\times (1 - \\frac{\(e1)}{S}) \\\\",
      "  &= \(o1)(1 - \(o1)) \\\\[6pt]",
      "\(tex(.activationJacobian(out: "o2", net: "o1"))) &= \\frac{\\partial}{\\partial \(tex(.net("o1")))} \\frac{\(e2)}{S} \\\\",
      "  &= -\\frac{\(e2) \(e1)}{S^{2}} \\\\",
      "  &= -\\frac{\(e2)}{S} \\times \\frac{\(e1)}{S} \\\\",
      "  &= -\(o2) \(o1)",
    ]
    #expect(occurrences(of: jacobian.joined(separator: "\n"), in: text) == 1)
    let t1 = tex(.target("o1")), t2 = tex(.target("o2")), t3 = tex(.target("o3"))
    let collapse = [
      "  &= -\(t1)(1 - \(o1)) + \(t2) \(o1) + \(t3) \(o1) \\\\",
      "  &= -\(t1) + \(o1)(\(t1) + \(t2) + \(t3)) \\\\",
      "  &= \(o1) - \(t1)",
    ]
    #expect(occurrences(of: "\(tex(.deltaByChain("o1"))) &= (-\\frac{\(t1)}{\(o1)}) \(o1)(1 - \(o1))", in: text) == 1)
    #expect(occurrences(of: collapse.joined(separator: "\n"), in: text) == 1)
    #expect(occurrences(of: "Why the softmax's slopes", in: text) == 1)
    #expect(occurrences(of: "Why each delta of the layer is its output minus its target", in: text) == 1)
  }
}
