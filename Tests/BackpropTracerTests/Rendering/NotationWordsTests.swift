import BackpropTracer
import Foundation
import Testing

/// The prose in each notation's words and the derivations' headings in its symbols.
@Suite("Notation words")
struct NotationWordsTests {
  private func markdown(_ preset: NotationPreset) throws -> String {
    MarkdownRenderer.render(try Repository.fixture("mazur-2-2-2").trace(), options: RenderOptions(notation: preset), imageBase: nil)
  }

  @Test("Each preset's nouns name the neurons, weights and δ of its prose", arguments: NotationPreset.all.map(\.name))
  func nouns(name: String) throws {
    let preset = try #require(NotationPreset.named(name))
    let text = try markdown(preset)
    let words = preset.words
    #expect(text.contains("the net input of \(words.neuron) j is its bias"))
    #expect(text.contains(": the \(words.errorSignal) of \(words.neuron) j,"))
    #expect(text.contains("A hidden \(words.neuron)'s output feeds every \(words.neuron) of the next layer"))
    for other in ["neuron", "unit", "node"] where other != words.neuron {
      #expect(!text.contains("hidden \(other)'s output"))
    }
  }

  @Test("Headings of units and parameters use the notation's symbols (with the network's names where it numbers units)")
  func headings() throws {
    let mazur = try markdown(.mazur)
    #expect(mazur.contains("*Neuron o1*"))
    #expect(mazur.contains("Weight $w_{5}$:"))
    let ng = try markdown(.ng)
    #expect(ng.contains("*Unit* $a^{[2]}_ {1}$ (o1)"))
    #expect(ng.contains("Parameter $W^{[2]}_ {11}$ (w5):"))
    #expect(ng.contains("Bias $b^{[2]}$ (b2), its use in $a^{[2]}_ {1}$ (o1):"))
    let delta = try markdown(.delta)
    #expect(delta.contains("*Node* $a^{(2)}_ {1}$ (o1)"))
    #expect(delta.contains("the sensitivity of node j"))
  }

  @Test("Layer headings name the units in the notation's symbols, in Markdown, LaTeX and Beamer", arguments: NotationPreset.all.map(\.name))
  func layerHeadings(name: String) throws {
    let preset = try #require(NotationPreset.named(name))
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let notation = Notation(preset, network: trace.network)
    let options = RenderOptions(notation: preset)
    let markdown = MarkdownRenderer.render(trace, options: options, imageBase: nil)
    let latex = LaTeXRenderer.render(trace, options: options)
    let deck = BeamerRenderer.render(trace, options: options)
    guard preset.layerBrackets != nil else {
      // A notation that names units writes their names.
      #expect(markdown.contains("### Hidden layer 1: h1, h2 (sigmoid)\n"))
      #expect(latex.contains("\\subsubsection*{Hidden layer 1: h1, h2 (sigmoid)}"))
      return
    }
    let h1 = notation.tex(.out("h1")), h2 = notation.tex(.out("h2"))
    // Markdown's inline math keeps a space after an underscore before a brace.
    func markdownMath(_ tex: String) -> String { tex.replacingOccurrences(of: "_{", with: "_ {") }
    #expect(markdown.contains("### Hidden layer 1: $\(markdownMath(h1))$, $\(markdownMath(h2))$ (sigmoid)\n"))
    #expect(!markdown.contains("layer 1: h1"))
    #expect(latex.contains("\\subsubsection*{Hidden layer 1: $\(h1)$, $\(h2)$ (sigmoid)}"))
    #expect(latex.contains("\\addcontentsline{toc}{subsection}{Hidden layer 1: $\(h1)$, $\(h2)$ (sigmoid)}"))
    #expect(deck.contains("\\begin{frame}{Backward pass}{Hidden layer 1: $\(h1)$, $\(h2)$ (sigmoid)}"))
  }

  @Test("The parameters table's units, a shared bias's sentence and the web page's layer titles use the notation's symbols", arguments: NotationPreset.all.map(\.name))
  func unitsInProse(name: String) throws {
    let preset = try #require(NotationPreset.named(name))
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let notation = Notation(preset, network: trace.network)
    let options = RenderOptions(notation: preset)
    let latex = LaTeXRenderer.render(trace, options: options)
    let page = HTMLRenderer.render(trace, options: options)
    let softmaxPage = HTMLRenderer.render(try Repository.fixture("keras-2-4-3-softmax").trace(), options: options)
    guard preset.layerBrackets != nil else {
      // A notation that names units writes their names.
      #expect(latex.contains(" & weight & from i1 to h1 & "))
      #expect(latex.contains(" & bias & bias of h1, h2 & "))
      #expect(latex.contains("$ is shared by h1, h2, so its gradient is the sum of its uses:"))
      #expect(page.contains("<li>Hidden layer 1: h1, h2 (sigmoid)</li>"))
      #expect(softmaxPage.contains("<h3>The softmax of Output layer: o1, o2, o3 (softmax)</h3>"))
      return
    }
    let i1 = notation.tex(.input("i1")), h1 = notation.tex(.out("h1")), h2 = notation.tex(.out("h2"))
    #expect(latex.contains(" & weight & from $\(i1)$ to $\(h1)$ & "))
    #expect(latex.contains(" & bias & bias of $\(h1)$, $\(h2)$ & "))
    #expect(latex.contains("$ is shared by $\(h1)$, $\(h2)$, so its gradient is the sum of its uses:"))
    #expect(!latex.contains("from i1") && !latex.contains("bias of h1") && !latex.contains("shared by h1"))
    // The web page writes each unit as MathML, in the list of layers and in a layer's step headings.
    let layers = page.components(separatedBy: "<li>Hidden layer 1: ").dropFirst().map { $0.components(separatedBy: "</li>")[0] }
    #expect(layers.count == 1)
    #expect(layers.allSatisfy { $0.hasPrefix("<math>") && $0.components(separatedBy: "<math>").count == 3 && $0.hasSuffix("</math> (sigmoid)") })
    #expect(softmaxPage.contains("<h3>The softmax of Output layer: <math>"))
    #expect(!page.contains("layer 1: h1") && !softmaxPage.contains("layer: o1"))
  }
}
