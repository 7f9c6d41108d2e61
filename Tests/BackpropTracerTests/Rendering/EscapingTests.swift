import BackpropTracer
import Testing

@Suite("Escaping")
struct EscapingTests {
  @Test(
    "LaTeX escaping turns every special character into literal text",
    arguments: [
      ("\\input{/etc/passwd}", "\\textbackslash{}input\\{/etc/passwd\\}"),
      ("\\write18{rm -rf /}", "\\textbackslash{}write18\\{rm -{}rf /\\}"),
      ("$x$ 50% #1 a&b", "\\$x\\$ 50\\% \\#1 a\\&b"),
      ("a_b ~c ^d", "a\\_b \\textasciitilde{}c \\textasciicircum{}d"),
      ("<script>|", "\\textless{}script\\textgreater{}\\textbar{}"),
      ("\"q\" 'q' `q`", "{``}q{''} {`}q{'} \\textasciigrave{}q\\textasciigrave{}"),
      // An apostrophe is the typographic one (a closing single quote), never a typewriter glyph.
      ("the error's slope, ''", "the error{'}s slope, {`}{'}"),
      ("α–β — “é” × → Ω", "\\ensuremath{\\alpha}{--}\\ensuremath{\\beta} {---} {``}\\'{e}{''} \\ensuremath{\\times} \\ensuremath{\\rightarrow} \\ensuremath{\\Omega}"),
      ("中\u{1F600}", "[U+4E2D][U+1F600]"),
      ("line\nbreak\u{0}", "line break "),
    ])
  func latex(text: String, escaped: String) {
    #expect(Escaping.latex(text) == escaped)
  }

  @Test(
    "Markdown escaping leaves no Markdown, HTML or math syntax",
    arguments: [
      ("\\input{/etc/passwd}", "`\\input{/etc/passwd}`"),
      ("$x$ | a_b *c* `d` [e](f) ~g~", "<span>&#36;</span>x<span>&#36;</span> \\| a\\_b \\*c\\* \\`d\\` \\[e\\](f) \\~g\\~"),
      ("<script>alert(1)</script> & &amp;", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &amp;amp;"),
      ("# heading", "\\# heading"),
      ("    1. indented", "1\\. indented"),
      ("a\u{1B}[31mb\nc", "a \\[31mb c"),
    ])
  func markdown(text: String, escaped: String) {
    #expect(Escaping.markdown(text) == escaped)
  }

  @Test(
    "SVG escaping leaves no markup",
    arguments: [
      ("<script>alert('x')</script>", "&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"),
      ("a & \"b\"\u{7}", "a &amp; &quot;b&quot; "),
      ("\\input{/etc/passwd} $ _ |", "\\input{/etc/passwd} $ _ |"),
    ])
  func svg(text: String, escaped: String) {
    #expect(Escaping.svg(text) == escaped)
  }
}
