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

  /// The problems one of the checks finds in `text`: `kind` is `markdown`, `latex` or `svg`.
  private static func problems(_ kind: String, _ text: String) -> [String] {
    switch kind {
    case "markdown": return MarkdownCheck.problems(in: text)
    case "latex": return LaTeXCheck.problems(in: text)
    default: return SVGCheck.problems(in: text)
    }
  }

  @Test("Markdown, LaTeX and SVG that would not render, compile or parse are refused", arguments: [
    ("markdown", "Costs <span>$</span>5 and <span>$</span>6"), ("markdown", "an $ x$ here"), ("markdown", "glued a$x$ here"),
    ("markdown", "$x$5 after"), ("markdown", "$\\{x\\}$ braces"), ("markdown", "$a^{[1](2)}$ link"),
    ("markdown", "$\\mathrm{net}_{h1}$ is fine but ${x}_{1}$ is not"), ("markdown", "| $a \\vert b | c$ |"),
    ("markdown", "odd $x$ $"), ("markdown", "$w^\\ast$ and $x*y$"), ("markdown", "$a \\, b$"), ("markdown", "$$\nx\n$$"),
    ("markdown", "text\n\n$$\n\\begin{aligned}\nx^{2}^{3} &= 1\n\\end{aligned}\n$$\n"),
    ("markdown", "text\n$$\n\\begin{aligned}\nx &= 1\n\\end{aligned}\n$$\n"), ("markdown", "a `code span that does not close"),
    ("latex", "The \\textquotedbl{}XOR\\textquotedbl{} problem"), ("latex", "50% done"), ("latex", "caf\u{E9}"),
    ("latex", "\\begin{center}\n{x\n\\end{center}"), ("latex", "\\begin{align*}\nx^{2}^{3} &= 1\n\\end{align*}"),
    ("latex", "$x_{1}_{2}$ in text"), ("latex", "a $x$ and $y"), ("latex", "\\begin{itemize}\n\\end{center}"),
    ("svg", "<svg width=\"1\"><text>a & b</text></svg>"), ("svg", "<svg width=\"1\"><g></svg>"),
    ("svg", "<svg width=\"1\"><text x=\"NaN\">a</text></svg>"), ("svg", "<svg width=\"1\"><text x=\"1>a</text></svg>"), ("svg", "<g></g>"),
  ])
  func refused(kind: String, text: String) {
    #expect(!Self.problems(kind, text).isEmpty, "\(text) passed")
  }

  @Test("Markdown, LaTeX and SVG as the writers spell them pass", arguments: [
    ("markdown", "# Costs <span>&#36;</span>5 and `$\\input{x}$`\n\nInputs: $x_{1} = 0.5$, $\\mathrm{out}_ {h1} = 1$.\n\n$$\n\\begin{aligned}\nz^{[1] (2)}_{1} &= 1 \\\\\n  &= 2 \\\\[6pt]\ny &= 3\n\\end{aligned}\n$$\n\n| $x$ | $1$ |\n"),
    ("latex", "% Generated\n\\section*{The {``}XOR{''} problem 50\\%}\n\\begin{align*}\nW^{[1]+}_{11} &= 1 \\\\\n  &= 2\n\\end{align*}\nText $x_{1}$ and \\{ braces \\}.\n"),
    ("svg", "<svg width=\"1\">\n<title>A &amp; B &#36;</title>\n<line x1=\"0\"/>\n<text>w<tspan dy=\"4\">5</tspan></text>\n</svg>\n"),
  ])
  func accepted(kind: String, text: String) {
    #expect(Self.problems(kind, text) == [])
  }
}
