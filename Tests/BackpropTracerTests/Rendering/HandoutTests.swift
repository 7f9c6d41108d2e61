import BackpropTracer
import Foundation
import Testing

/// The LaTeX handout's pagination: each derivation block kept on one page, a table of contents
/// for a long document, and the compact detail. (That no block is split in the compiled PDF is
/// checked by `.ci/run`, which reads the pages each block reports in pdflatex's log.)
@Suite("Handouts")
struct HandoutTests {
  private func latex(_ name: String, _ options: RenderOptions = RenderOptions()) throws -> String {
    LaTeXRenderer.render(try Repository.fixture(name).trace(), options: options)
  }

  /// The text between each `\begin{name}` and its `\end{name}`.
  private func environments(_ name: String, in text: String) -> [Substring] {
    text.split(separator: "\\begin{\(name)}").dropFirst().map { $0.split(separator: "\\end{\(name)}")[0] }
  }

  @Test("Every display of every fixture's handout is in a block of at most 18 rows, with the paragraph that leads it", arguments: try Repository.fixtureNames)
  func blocks(name: String) throws {
    let text = try latex(name)
    let blocks = environments("btblock", in: text)
    #expect(blocks.count == environments("align*", in: text).count)
    for block in blocks {
      let rows = block.components(separatedBy: "\\\\").count
      #expect(rows <= 18, "a block of \(rows) rows")
    }
    // "Weight w5:" stays with its display.
    if name == "mazur-2-2-2" {
      #expect(blocks.contains { $0.hasPrefix("\nWeight $w_{5}$:\n\n\\begin{align*}") })
    }
  }

  @Test("A table of contents when the previous run counted more than 4 pages; sections listed in it")
  func contents() throws {
    let text = try latex("mazur-2-2-2")
    #expect(text.contains("\\ifnum\\btpages>4 \\tableofcontents\\bigskip\\fi\n\n\\subsection*{Conventions}"))
    #expect(text.contains("\\addcontentsline{toc}{section}{Backward pass}"))
    #expect(text.contains("\\addcontentsline{toc}{subsection}{Hidden layer 1: h1, h2 (sigmoid)}"))
    let fragment = LaTeXRenderer.render(try Repository.fixture("mazur-2-2-2").trace(), fragment: true)
    #expect(!fragment.contains("btblock") && !fragment.contains("tableofcontents"))
  }

  @Test("A sum too wide for the page breaks between its terms; a long table between its rows; a layer's heading stands on its own line")
  func wideContent() throws {
    let text = try latex("feedforward-3-4-4-1")
    // The long substitution of the second layer's first net input is measured, and broken after
    // a + where the page is full.
    #expect(text.contains("&= \\btwrap{\\mathrm{net}_{g1}}{(-0.5) \\times 0.278884822 + \\allowbreak 0.1 \\times 0.721115178 + \\allowbreak "))
    // Short steps stay as they are.
    #expect(text.contains("  &= 0.345514997 \\\\[6pt]\n"))
    // The parameters table: a row per parameter, which a page may break between.
    let tables = environments("bttable", in: text)
    #expect(tables.count == 2 && !text.contains("\\begin{tabular}"))
    #expect(tables.allSatisfy { $0.contains("\\btrule{") && $0.contains("\\noalign{\\nobreak}") })
  }

  @Test("Handouts with wide sums, long tables and a heading per example's layer compile without an overfull box (compiled with pdflatex when installed)", arguments: ["feedforward-3-4-4-1", "xor-relu-network"])
  func noOverfullBoxes(name: String) throws {
    guard PDFLaTeX.path != nil else { return }
    let result = try PDFLaTeX.compile(try latex(name))
    #expect(result.status == 0)
    let overfull = result.log.split(separator: "\n").filter { $0.hasPrefix("Overfull") }
    #expect(overfull.isEmpty, "\(overfull)")
  }

  @Test("--detail compact: the representatives with their formulas, every other value on one row")
  func compact() throws {
    let full = try latex("mazur-2-2-2")
    let compact = try latex("mazur-2-2-2", RenderOptions(detail: .compact))
    #expect(compact.utf8.count * 4 < full.utf8.count * 3, "\(compact.utf8.count) bytes against \(full.utf8.count)")
    // h1 (the layer's representative) with its formula; h2 with its numbers on one row.
    // Each row flows as one paragraph, broken only after an = where the line is full.
    #expect(compact.contains("\\btrow{\\mathrm{net}_{h1} = \\allowbreak w_{1} i_{1} + w_{2} i_{2} + b_{1} = \\allowbreak 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 = 0.3775}\n"))
    #expect(compact.contains("\\btrow{\\mathrm{net}_{h2} = \\allowbreak 0.25 \\times 0.05 + 0.3 \\times 0.1 + 0.35 = 0.3925}\n"))
    #expect(!compact.contains("align*"))
    // Every value of the step is still there.
    for value in ["0.082167041", "0.082667628", "-0.02260254", "0.000438568", "0.35891648", "0.51130127"] {
      #expect(compact.contains(value), "\(value)")
    }
    // The sigmoid's derivation is kept, in text style.
    #expect(compact.contains("Why the sigmoid"))
  }

  @Test("--detail compact fits the 2-2-2 step in at most 4 pages at 11 pt, no block split, in every notation (compiled with pdflatex when installed)", arguments: NotationPreset.all.map(\.name))
  func compactPages(name: String) throws {
    guard PDFLaTeX.path != nil else { return }
    let preset = try #require(NotationPreset.named(name))
    let compact = try latex("mazur-2-2-2", RenderOptions(notation: preset, detail: .compact))
    #expect(compact.contains("\\documentclass[11pt]{article}"))
    let result = try PDFLaTeX.compile(compact)
    #expect(result.status == 0)
    let pages = try #require(result.pages)
    #expect(pages <= 4, "\(pages) pages")
    #expect(!result.log.contains("Overfull"))
    // Every block begins and ends on one page.
    let marks = result.log.split(separator: "\n").filter { $0.hasPrefix("btblock ") }.map { $0.split(separator: " ") }
    var begins: [Substring: Substring] = [:]
    for mark in marks where mark.count == 6 {
      if mark[2] == "begins" { begins[mark[1]] = mark[5] } else { #expect(begins[mark[1]] == mark[5], "block \(mark[1])") }
    }
    #expect(!begins.isEmpty)
  }
}
