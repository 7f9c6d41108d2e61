import Foundation
import Testing

@testable import BackpropTracer

/// `trace --view matrix`: the 2-2-2 step pinned, elision, and every fixture and generated
/// network in the three orientations of the notations, checked as the corpus checks its
/// documents (samples written to `BACKPROP_CORPUS_OUT` for `.ci/run` to compile and md-check).
@Suite("Matrix view")
struct MatrixViewTests {
  static func markdown(_ trace: Trace, _ notation: NotationPreset, decimals: Int? = nil, width: Int = 6) -> String {
    var options = RenderOptions(notation: notation)
    if let decimals { options.format = NumberFormat(decimals: decimals) }
    return LectureFiles.files(of: MatrixView(trace: trace, options: options, width: width).document(), format: .markdown, base: nil)[0].contents
  }

  static func latex(_ trace: Trace, _ notation: NotationPreset) -> String {
    let document = MatrixView(trace: trace, options: RenderOptions(notation: notation)).document()
    return LectureFiles.files(of: document, format: .latex, base: "m")[0].contents
  }

  @Test("The 2-2-2 step in Ng's notation, as pinned")
  func pinned() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    #expect(Self.markdown(trace, .ng, decimals: 4) == Self.expected)
  }

  @Test("Goodfellow's notation uses W transposed with one superscript; delta notation writes delta^(l)")
  func orientations() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let goodfellow = Self.markdown(trace, .goodfellow)
    #expect(goodfellow.contains("a^{(1)} &= W^{(1)\\top} x + c^{(1)}"))
    #expect(goodfellow.contains("\\frac{\\partial E}{\\partial W^{(2)}} &= h^{(1)} g^{(2)\\top}"))
    #expect(!goodfellow.contains("}^{\\top}^"))
    #expect(Self.markdown(trace, .delta).contains("\\delta^{(1)} &= (W^{(2)})^{\\top} \\delta^{(2)} \\odot g'(z^{(1)})"))
  }

  @Test("Rows and columns beyond --matrix-width are elided")
  func elision() throws {
    let trace = try Repository.fixture("feedforward-3-4-4-1").trace()
    let text = Self.markdown(trace, .ng, width: 3)
    #expect(text.contains("\\cdots") && text.contains("\\vdots") && text.contains("\\ddots"))
    #expect(text.contains("Rows and columns beyond 3 are elided."))
    #expect(!Self.markdown(trace, .ng).contains("\\cdots"))
  }

  @Test("Every fixture and every generated network gives sound Markdown and LaTeX in the three orientations")
  func everyNetwork() throws {
    var traces = try Repository.fixtureNames.map { ($0, try Repository.fixture($0).trace()) }
    for seed in CorpusSeeds.networks {
      let fixture = try Fixture.load(Array(FixtureGenerator.json(seed: seed).utf8), file: "corpus-\(seed).json")
      traces.append(("corpus-\(seed)", try fixture.trace()))
    }
    for (index, (name, trace)) in traces.enumerated() {
      for notation in [NotationPreset.ng, .goodfellow, .delta] {
        let markdown = Self.markdown(trace, notation), latex = Self.latex(trace, notation)
        let problems = MarkdownCheck.problems(in: markdown).map { "Markdown: \($0)" } + LaTeXCheck.problems(in: latex).map { "LaTeX: \($0)" }
        #expect(problems.isEmpty, "\(name), \(notation.name): \(problems.prefix(4))")
        #expect(!markdown.contains(" ? ") && !markdown.contains("{?}"), "\(name), \(notation.name): a value without a key")
        #expect(markdown.components(separatedBy: "\\begin{bmatrix}").count == markdown.components(separatedBy: "\\end{bmatrix}").count)
        guard index % 3 == 0, let folder = CorpusSeeds.sampleFolder else { continue }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(latex.utf8).write(to: folder.appendingPathComponent("matrix-\(name)-\(notation.name).tex"), options: .atomic)
        if notation == .ng, index % 9 == 0 {
          try Data(markdown.utf8).write(to: folder.appendingPathComponent("matrix-\(name).md"), options: .atomic)
        }
      }
    }
  }

  static let expected = """
    # Backpropagation step by step: the 2-2-2 sigmoid network (matrix form)

    *Source:* A. H. Payberah, Deep Feedforward Networks, ID2223 lecture slides, KTH, 2021-11-18 (seed 000), after M. Mazur, A Step by Step Backpropagation Example, 2015

    The same step in matrix form, layer by layer, with the numbers of the scalar derivation. Each weight matrix has a row per neuron of its layer and a column per input; vectors are columns (one example).

    ## Forward pass

    $$
    \\begin{aligned}
    z^{[1]} &= W^{[1]} x + b^{[1]} \\\\
      &= \\begin{bmatrix} 0.15 & 0.2 \\\\ 0.25 & 0.3 \\end{bmatrix} \\begin{bmatrix} 0.05 \\\\ 0.1 \\end{bmatrix} + \\begin{bmatrix} 0.35 \\\\ 0.35 \\end{bmatrix} \\\\
      &= \\begin{bmatrix} 0.3775 \\\\ 0.3925 \\end{bmatrix} \\\\[6pt]
    a^{[1]} &= g(z^{[1]}) \\\\
      &= \\begin{bmatrix} 0.5933 \\\\ 0.5969 \\end{bmatrix}
    \\end{aligned}
    $$

    $$
    \\begin{aligned}
    z^{[2]} &= W^{[2]} a^{[1]} + b^{[2]} \\\\
      &= \\begin{bmatrix} 0.4 & 0.45 \\\\ 0.5 & 0.55 \\end{bmatrix} \\begin{bmatrix} 0.5933 \\\\ 0.5969 \\end{bmatrix} + \\begin{bmatrix} 0.6 \\\\ 0.6 \\end{bmatrix} \\\\
      &= \\begin{bmatrix} 1.1059 \\\\ 1.2249 \\end{bmatrix} \\\\[6pt]
    a^{[2]} &= g(z^{[2]}) \\\\
      &= \\begin{bmatrix} 0.7514 \\\\ 0.7729 \\end{bmatrix}
    \\end{aligned}
    $$

    ## Backward pass

    $$
    \\begin{aligned}
    dz^{[2]} &= \\frac{\\partial E}{\\partial a^{[2]}} \\odot g'(z^{[2]}) \\\\
      &= \\begin{bmatrix} 0.7414 \\\\ -0.2171 \\end{bmatrix} \\odot \\begin{bmatrix} 0.1868 \\\\ 0.1755 \\end{bmatrix} \\\\
      &= \\begin{bmatrix} 0.1385 \\\\ -0.0381 \\end{bmatrix} \\\\[6pt]
    \\frac{\\partial E}{\\partial W^{[2]}} &= dz^{[2]} (a^{[1]})^{\\top} \\\\
      &= \\begin{bmatrix} 0.0822 & 0.0827 \\\\ -0.0226 & -0.0227 \\end{bmatrix}
    \\end{aligned}
    $$

    $$
    \\begin{aligned}
    dz^{[1]} &= (W^{[2]})^{\\top} dz^{[2]} \\odot g'(z^{[1]}) \\\\
      &= \\begin{bmatrix} 0.4 & 0.5 \\\\ 0.45 & 0.55 \\end{bmatrix} \\begin{bmatrix} 0.1385 \\\\ -0.0381 \\end{bmatrix} \\odot \\begin{bmatrix} 0.2413 \\\\ 0.2406 \\end{bmatrix} \\\\
      &= \\begin{bmatrix} 0.0088 \\\\ 0.01 \\end{bmatrix} \\\\[6pt]
    \\frac{\\partial E}{\\partial W^{[1]}} &= dz^{[1]} x^{\\top} \\\\
      &= \\begin{bmatrix} 0.0004 & 0.0009 \\\\ 0.0005 & 0.001 \\end{bmatrix}
    \\end{aligned}
    $$

    ## Update

    $$
    \\begin{aligned}
    W^{[1]+} &= W^{[1]} - \\eta \\frac{\\partial E}{\\partial W^{[1]}} \\\\
      &= \\begin{bmatrix} 0.1498 & 0.1996 \\\\ 0.2498 & 0.2995 \\end{bmatrix} \\\\[6pt]
    W^{[2]+} &= W^{[2]} - \\eta \\frac{\\partial E}{\\partial W^{[2]}} \\\\
      &= \\begin{bmatrix} 0.3589 & 0.4087 \\\\ 0.5113 & 0.5614 \\end{bmatrix}
    \\end{aligned}
    $$

    """
}
