import BackpropTracer
import Testing

@Suite("Markdown")
struct MarkdownTests {
  @Test("Fixture text is shown literally, never as Markdown, HTML or math", arguments: [
    ("*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"),
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ("costs $5 and $6", "costs <span>&#36;</span>5 and <span>&#36;</span>6"),
    ("a | b", "a \\| b"),
    ("[link](http://x)", "\\[link\\](http://x)"),
    ("# heading", "\\# heading"),
    ("- item", "\\- item"),
    ("1. item", "1\\. item"),
    ("\\input{/etc/passwd}", "`\\input{/etc/passwd}`"),
    ("line\nbreak", "line break"),
    ("2-2-2 (seed 000)", "2-2-2 (seed 000)"),
  ])
  func escaping(text: String, escaped: String) {
    #expect(Escaping.markdown(text) == escaped)
  }

  @Test("A hostile title stays text in the rendered page")
  func hostileTitle() throws {
    let fixture = try loadFixture(
      """
      {"title": "<script>x</script> $\\\\input{a}$ | _b_", "loss": "squaredError", "learningRate": 1,
       "network": {"inputs": ["x"], "layers": [{"activation": "identity", "neurons": ["o"], "weights": [["w"]]}],
                   "parameters": {"w": 1}},
       "example": {"inputs": {"x": 1}, "targets": {"o": 0}}}
      """)
    let page = MarkdownRenderer.render(try fixture.trace(), imageBase: "hostile")
    #expect(page.hasPrefix("# &lt;script&gt;x&lt;/script&gt; `$\\input{a}$` \\| \\_b\\_\n"))
  }

  @Test("Display math is a block of its own: $$ alone on a line, blank lines around")
  func displayBlocks() throws {
    let page = MarkdownRenderer.render(try Repository.fixture("mazur-2-2-2").trace(), imageBase: "mazur-2-2-2")
    let lines = page.split(separator: "\n", omittingEmptySubsequences: false)
    var inside = false
    for (index, line) in lines.enumerated() {
      if line.contains("$$") {
        #expect(line == "$$", "line \(index + 1): \(line)")
        let neighbour = inside ? index + 1 : index - 1
        #expect(lines.indices.contains(neighbour) && lines[neighbour].isEmpty, "line \(index + 1): no blank line around the block")
        inside.toggle()
      } else if inside {
        #expect(!line.isEmpty, "line \(index + 1): a blank line inside a display block")
      }
    }
    #expect(!inside)
  }
}
