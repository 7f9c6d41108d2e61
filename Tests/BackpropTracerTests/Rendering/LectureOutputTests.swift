import BackpropTracer
import Foundation
import Testing

@Suite("Lecture output")
struct LectureOutputTests {
  static let hostileTitle = "\\input{/etc/passwd} \\write18{touch pwned} $x$ _ % # & ~ ^ { } <script>alert(1)</script> | α → é 中"

  /// The numbers of a rendered text, in order: every decimal literal outside figures (whose
  /// coordinates depend on the width of the notation's symbols).
  private func numbers(in text: String) -> [String] {
    let prose = text.split(separator: "\\begin{tikzpicture}").map { $0.split(separator: "\\end{tikzpicture}").last ?? "" }.joined()
    return prose.split(whereSeparator: { !($0.isNumber || $0 == ".") }).filter { $0.contains(".") && $0.first != "." }.map(String.init)
  }

  @Test("The same trace in two notations shows the same numbers", arguments: NotationPreset.all.map(\.name))
  func notationsAgree(name: String) throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let preset = try #require(NotationPreset.named(name))
    let mazur = LaTeXRenderer.render(trace, options: RenderOptions(notation: .mazur), fragment: true)
    let other = LaTeXRenderer.render(trace, options: RenderOptions(notation: preset), fragment: true)
    #expect(numbers(in: mazur) == numbers(in: other))
  }

  @Test("Every quantity has a symbol in every preset, distinct within a trace", arguments: NotationPreset.all.map(\.name))
  func symbolsAreDistinct(name: String) throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace(steps: 3)
    let notation = Notation(try #require(NotationPreset.named(name)), network: trace.network)
    let symbols = trace.layout.quantities.map(notation.tex)
    #expect(Set(symbols).count == symbols.count)
    #expect(!symbols.contains(""))
  }

  @Test("The ng notation writes z, a, W and b with layer superscripts and d for derivatives")
  func ngSymbols() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let ng = Notation(.ng, network: trace.network)
    #expect(ng.tex(.net("o1")) == "z^{[2]}_{1}")
    #expect(ng.tex(.out("h2")) == "a^{[1]}_{2}")
    #expect(ng.tex(.parameter("w6")) == "W^{[2]}_{12}")
    #expect(ng.tex(.parameter("b1")) == "b^{[1]}")
    #expect(ng.tex(.gradient("w6")) == "dW^{[2]}_{12}")
    #expect(ng.tex(.delta("o1")) == "dz^{[2]}_{1}")
    #expect(ng.tex(.updated("w6")) == "W^{[2]+}_{12}")
    let grosse = Notation(.grosse, network: trace.network)
    #expect(grosse.tex(.errorSlope("o1")) == "\\bar{y}_{1}")
    #expect(grosse.tex(.delta("h1")) == "\\bar{z}^{(1)}_{1}")
    #expect(grosse.tex(.gradient("w5")) == "\\bar{w}^{(2)}_{11}")
  }

  @Test("The error term shows −δ and the update as p + η·Err·out, with the same results")
  func errorTerm() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let text = LaTeXRenderer.render(trace, options: RenderOptions(notation: .delta, errorTerm: true), fragment: true)
    #expect(text.contains("\\mathrm{Err}^{(2)}_{1} &= -\\frac{\\partial E}{\\partial a^{(2)}_{1}}"))
    #expect(text.contains("&= -0.138498562"))
    #expect(text.contains("w^{(2)+}_{11} &= w^{(2)}_{11} + \\eta \\times \\mathrm{Err}^{(2)}_{1} \\times a^{(1)}_{1}"))
    #expect(text.contains("&= 0.4 + 0.5 \\times (-0.138498562) \\times 0.593269992 \\\\\n  &= 0.35891648"))
  }

  @Test("A fixture's notation key picks the default; an unknown one lists the presets")
  func fixtureNotation() throws {
    let url = Repository.fixtures.appendingPathComponent("mazur-2-2-2.json")
    let text = try String(contentsOf: url, encoding: .utf8)
    let ng = try Fixture.load(Array(text.replacing("\"loss\":", with: "\"notation\": \"ng\",\n  \"loss\":").utf8), file: "f.json")
    #expect(ng.notation == .ng)
    #expect(ng.defaultNotation == .ng, "Rendering resolves the fixture's notation name to its preset")
    #expect(NotationPreset.all.map(\.name) == NotationName.allCases.map(\.rawValue), "every name has its preset, in the help's order")
    #expect(throws: FixtureError.self) {
      try Fixture.load(Array(text.replacing("\"loss\":", with: "\"notation\": \"nq\",\n  \"loss\":").utf8), file: "f.json")
    }
    do {
      _ = try Fixture.load(Array(text.replacing("\"loss\":", with: "\"notation\": \"nq\",\n  \"loss\":").utf8), file: "f.json")
    } catch {
      #expect(error.description == "f.json:27:15: notation: unknown notation \"nq\"; expected one of: mazur, ng, goodfellow, grosse, delta")
    }
  }

  @Test("Summary derives one neuron and one weight per layer; tables derive nothing")
  func detailLevels() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    func render(_ detail: RenderOptions.Detail) -> String {
      MarkdownRenderer.render(trace, options: RenderOptions(detail: detail), imageBase: "f")
    }
    let summary = render(.summary), tables = render(.tables), full = render(.full)
    #expect(summary.contains("Weight $w_{5}$:") && summary.contains("Weight $w_{1}$:"))
    #expect(!summary.contains("Weight $w_{6}$:") && !summary.contains("Weight $w_{2}$:"))
    #expect(full.contains("Weight $w_{6}$:"))
    #expect(!tables.contains("Weight $w") && !tables.contains("\\begin{aligned}"))
    #expect(numbers(in: tables).contains("0.082167041"))
  }

  @Test("Significant digits and rounded intermediates: a hand computation with its drift")
  func handComputation() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let options = RenderOptions(format: NumberFormat(significant: 4), roundedIntermediates: true)
    let text = MarkdownRenderer.render(trace, options: options, imageBase: "f")
    #expect(text.contains("&= 0.5933 \\\\"))  // out_h1 at 4 significant digits
    #expect(text.contains("## Drift from full precision"))
    let replayed = Walkthrough(trace: trace, options: options).trace
    #expect(replayed["out_h1"] == 0.5933)
    #expect(replayed["net_o1"] == 1.106)  // 0.4 × 0.5933 + 0.45 × 0.5969 + 0.6 = 1.105925, rounded
    #expect(replayed["dE_dw5"] != trace["dE_dw5"])
  }

  @Test("A hostile title is literal text in LaTeX, Markdown and SVG")
  func hostileTitle() throws {
    let trace = try mazurFixture(title: Self.hostileTitle).trace(steps: 2)
    let files = LectureFiles.render(trace, options: RenderOptions(), format: .markdown, base: "t")
      + LectureFiles.render(trace, options: RenderOptions(), format: .latex, base: "t")
    let tex = try #require(files.first { $0.name == "t.tex" }?.contents)
    #expect(tex.contains("\\section*{\\textbackslash{}input\\{/etc/passwd\\} \\textbackslash{}write18\\{touch pwned\\} \\$x\\$ \\_ \\% \\# \\& \\textasciitilde{} \\textasciicircum{} \\{ \\} \\textless{}script\\textgreater{}alert(1)\\textless{}/script\\textgreater{} \\textbar{} \\ensuremath{\\alpha} \\ensuremath{\\rightarrow} \\'{e} [U+4E2D]}"))
    let markdown = try #require(files.first { $0.name == "t.md" }?.contents)
    #expect(markdown.hasPrefix("# `\\input{/etc/passwd}` `\\write18{touch` pwned} <span>&#36;</span>x<span>&#36;</span> \\_ % # &amp; \\~ ^ { } &lt;script&gt;alert(1)&lt;/script&gt; \\| α → é 中\n"))
    let svgs = files.filter { $0.name.hasSuffix(".svg") }
    #expect(svgs.map(\.name) == ["t.svg", "t-loss.svg"])
    for svg in svgs {
      #expect(!svg.contents.contains("<script"))
      #expect(svg.contents.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }
  }

  @Test("The LaTeX document with a hostile title compiles with pdflatex -no-shell-escape")
  func hostileTitleCompiles() throws {
    guard PDFLaTeX.path != nil else { return }
    let trace = try mazurFixture(title: Self.hostileTitle).trace(steps: 2)
    let result = try PDFLaTeX.compile(LaTeXRenderer.render(trace))
    #expect(result.status == 0)
    #expect(!result.probeExists)
  }
}
