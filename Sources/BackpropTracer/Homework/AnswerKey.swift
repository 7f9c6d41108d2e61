/// A student's answer key: the true value of every key the assignment asks for, as an answers
/// file in JSON (full precision; `grade` and `verify` score it 100%) and as Markdown for the
/// teaching assistant, with each value's worked step.
package enum AnswerKey {
  /// `keys/ID.json` and `keys/ID.md`.
  package static func files(of variant: StudentVariant, notation: NotationPreset? = nil) -> [(name: String, contents: String)] {
    let base = "keys/" + variant.student.id
    return [(base + ".json", json(of: variant)), (base + ".md", markdown(of: variant, notation: notation))]
  }

  /// The answers in the form of an answers file: `{"net_h1": 0.3775, …}` in the assignment's
  /// order, each value the shortest decimal that reads back as the engine's.
  package static func json(of variant: StudentVariant) -> String {
    let lines = positions(of: variant).map { key, position in
      "  \(JSONRenderer.quoted(key.rawValue)): \(JSONRenderer.number(variant.trace.values[position]))"
    }
    return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
  }

  /// The key as Markdown: a table of the values (at the tool's 9 decimals) and the worked steps.
  static func markdown(of variant: StudentVariant, notation: NotationPreset?) -> String {
    let trace = variant.trace
    let writer = FormulaWriter(
      trace: trace, notation: Notation(notation ?? variant.fixture.defaultNotation, network: trace.network), format: .standard)
    let asked = positions(of: variant)
    var document = Document()
    document.add(.heading(level: 1, text: "Answer key: " + trace.title))
    document.add(.paragraph([
      .text("Student: "), .code(variant.student.id),
      .text(". The values are rounded to 9 decimals here; the JSON key beside this file holds them in full."),
    ]))
    let rows: [[[Document.Inline]]] = asked.enumerated().map { number, entry in
      [[.text("\(number + 1)")], [.math(writer.symbol(at: entry.position))], [.code(entry.key.rawValue)], [.math(writer.number(at: entry.position))]]
    }
    document.add(.table(header: ["#", "Quantity", "Key", "Value"], rows: rows))
    document.add(.heading(level: 2, text: "Worked steps"))
    var math = AlignedMath()
    for entry in asked { math.append(writer.formula(at: entry.position)) }
    document.add(.aligned(math))
    return MarkdownRenderer.write(document, imageBase: nil)
  }

  /// The assignment's keys with their positions in the trace, in the assignment's order.
  static func positions(of variant: StudentVariant) -> [(key: TraceKey, position: Int)] {
    variant.fixture.assignment.compactMap { key in variant.trace.layout.position(of: key).map { (key, $0) } }
  }
}
