import Testing

@testable import BackpropTracer

/// The problem sheet and the answer key of Mazur's 2-2-2 network, seed 7, student s01.
@Suite("Problem sheets and keys")
struct ProblemSheetTests {
  static func variant() throws -> StudentVariant {
    let (bytes, fixture) = try CourseTestSupport.fixture("mazur-2-2-2")
    let roster = try Roster.parse(Array("id\ns01\n".utf8), file: "r.csv")
    return try CourseVariants(fixture: fixture, bytes: bytes, roster: roster, plan: AssignmentPlan(seed: 7)).variants[0]
  }

  @Test("The sheet gives the network and the questions in the assignment's order, in Markdown, SVG and LaTeX")
  func sheet() throws {
    let files = ProblemSheet.files(of: try Self.variant())
    #expect(files.map(\.name) == ["sheets/s01.md", "sheets/s01.svg", "sheets/s01.tex"])
    let markdown = files[0].contents
    #expect(markdown.hasPrefix("# Problem sheet: Backpropagation step by step: the 2-2-2 sigmoid network\n\nStudent: `s01`\n\n"))
    #expect(markdown.contains("| $w_{5}$ | weight | from h1 to o1 | $0.52$ | yes |\n"))
    #expect(markdown.contains("![The network with each input's value and each weight](s01.svg)\n"))
    #expect(markdown.contains("| 1 | $\\mathrm{net}_ {h1}$ | `net_h1` |\n"))
    #expect(markdown.contains("| 34 | $w_{8}^{+}$ | `w8_new` |\n"))
    #expect(markdown.contains("```text\nnet_h1 = \nout_h1 = \nnet_h2 = \n"))
    let latex = files[2].contents
    #expect(latex.contains("\\item $\\mathrm{net}_{h1}$ \\quad (key \\texttt{net\\_h1}) \\hfill \\rule{6cm}{0.4pt}\n"))
    #expect(latex.hasSuffix("\\end{enumerate}\n\n\\end{document}\n"))
    #expect(LaTeXCheck.problems(in: latex).isEmpty)
  }

  @Test("The check for computed values finds them in a full derivation, and none in the sheet")
  func leakCheckCanFail() throws {
    let variant = try Self.variant()
    let out = try #require(variant.trace["out_h1"])
    let derivation = MarkdownRenderer.render(variant.trace, imageBase: nil)
    #expect(CourseTestSupport.numbers(in: derivation).contains(NumberFormat.standard.plain(out)))
    for file in ProblemSheet.files(of: variant) {
      #expect(!CourseTestSupport.numbers(in: file.contents).contains(NumberFormat.standard.plain(out)))
      #expect(!CourseTestSupport.numbers(in: file.contents).contains(NumberFormat(decimals: 4).plain(out)))
    }
  }

  @Test("The key is an answers file in the assignment's order, and a Markdown table with the worked steps")
  func key() throws {
    let files = AnswerKey.files(of: try Self.variant())
    #expect(files.map(\.name) == ["keys/s01.json", "keys/s01.md"])
    #expect(files[0].contents.hasPrefix("{\n  \"net_h1\": 0.3812,\n  \"out_h1\": 0.5941624957086329,\n"))
    #expect(files[1].contents.contains("| 5 | $\\mathrm{net}_ {o1}$ | `net_o1` | $1.447335042$ |\n"))
    #expect(files[1].contents.contains("\\mathrm{net}_{o1} &= w_{5} \\mathrm{out}_{h1} + w_{6} \\mathrm{out}_{h2} + b_{2}"))
    #expect(MarkdownCheck.problems(in: files[1].contents).isEmpty)
  }
}
