import Testing

/// The corpus's checks catch what they are for: each slip the generated corpus once showed, or
/// that the rules of `shared/tools/README.md` forbid, is found in a small example.
@Suite("Corpus checks")
struct CorpusCheckTests {
  @Test("TeX math with a doubled script, a script on an empty group, unbalanced braces or a non-number is refused", arguments: [
    "1 - a^{[1]}_{1}^{2}", "\\mathrm{out}_{h1}^{(1)}^{2}", "W^{[1]}_{11}^{2} + 1", "x_{1}_{2}", "{W^{[2]}_{12}}{}^{+}",
    "\\frac{1}{2}(x", "x^{2", "\\left( x", "\\mathrm{inf} \\cdot 1", "1 + nan", "a \\\\ b",
  ])
  func texMathRefused(math: String) {
    #expect(!TeXMathCheck.problems(in: math).isEmpty, "\(math) passed")
  }

  @Test("Sound TeX math passes", arguments: [
    "(a^{[1]}_{1})^{2}", "\\mathrm{out}_{h1}^{(1)} + W^{[1] (2)}_{11}", "\\frac{\\partial E}{\\partial w_{5}}", "e^{-z^{[1]}_{1}}",
    "\\left. \\frac{\\partial E}{\\partial a} \\right\\vert_{\\mathrm{via}\\ h1}", "\\mathrm{ReLU}'(x)", "\\infty", "\\sin x",
  ])
  func texMathAccepted(math: String) {
    #expect(TeXMathCheck.problems(in: math).isEmpty)
  }

  @Test("Markdown that would not render on GitHub, KaTeX or MathJax is refused", arguments: [
    "Costs <span>$</span>5 and <span>$</span>6", "an $ x$ here", "glued a$x$ here", "$x$5 after", "$\\{x\\}$ braces",
    "$a^{[1](2)}$ link", "$\\mathrm{net}_{h1}$ is fine but ${x}_{1}$ is not", "| $a \\vert b | c$ |", "odd $x$ $",
    "$w^\\ast$ and $x*y$", "$a \\, b$", "$$\nx\n$$", "text\n\n$$\n\\begin{aligned}\nx^{2}^{3} &= 1\n\\end{aligned}\n$$\n",
    "text\n$$\n\\begin{aligned}\nx &= 1\n\\end{aligned}\n$$\n", "a `code span that does not close",
  ])
  func markdownRefused(markdown: String) {
    #expect(!MarkdownCheck.problems(in: markdown).isEmpty, "\(markdown) passed")
  }

  @Test("Markdown as the writer spells it passes")
  func markdownAccepted() {
    let markdown = "# Costs <span>&#36;</span>5 and `$\\input{x}$`\n\nInputs: $x_{1} = 0.5$, $\\mathrm{out}_ {h1} = 1$.\n\n$$\n\\begin{aligned}\nz^{[1] (2)}_{1} &= 1 \\\\\n  &= 2 \\\\[6pt]\ny &= 3\n\\end{aligned}\n$$\n\n| $x$ | $1$ |\n"
    #expect(MarkdownCheck.problems(in: markdown) == [])
  }

  @Test("LaTeX that pdflatex would reject or misprint is refused", arguments: [
    "The \\textquotedbl{}XOR\\textquotedbl{} problem", "50% done", "caf\u{E9}", "\\begin{center}\n{x\n\\end{center}",
    "\\begin{align*}\nx^{2}^{3} &= 1\n\\end{align*}", "$x_{1}_{2}$ in text", "a $x$ and $y", "\\begin{itemize}\n\\end{center}",
  ])
  func latexRefused(latex: String) {
    #expect(!LaTeXCheck.problems(in: latex).isEmpty, "\(latex) passed")
  }

  @Test("LaTeX as the writer spells it passes")
  func latexAccepted() {
    let latex = "% Generated\n\\section*{The {``}XOR{''} problem 50\\%}\n\\begin{align*}\nW^{[1]+}_{11} &= 1 \\\\\n  &= 2\n\\end{align*}\nText $x_{1}$ and \\{ braces \\}.\n"
    #expect(LaTeXCheck.problems(in: latex) == [])
  }

  @Test("SVG that is not well formed is refused", arguments: [
    "<svg width=\"1\"><text>a & b</text></svg>", "<svg width=\"1\"><g></svg>", "<svg width=\"1\"><text x=\"NaN\">a</text></svg>",
    "<svg width=\"1\"><text x=\"1>a</text></svg>", "<g></g>",
  ])
  func svgRefused(svg: String) {
    #expect(!SVGCheck.problems(in: svg).isEmpty, "\(svg) passed")
  }

  @Test("SVG as the writer spells it passes")
  func svgAccepted() {
    #expect(SVGCheck.problems(in: "<svg width=\"1\">\n<title>A &amp; B &#36;</title>\n<line x1=\"0\"/>\n<text>w<tspan dy=\"4\">5</tspan></text>\n</svg>\n") == [])
  }
}
