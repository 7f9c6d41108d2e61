@testable import BackpropTracer
import Foundation
import Testing

@Suite("MathML from the symbol model and the formula trees")
struct MathMLTests {
  @Test("Symbols compose their scripts as in TeX: one superscript, a power beside the subscript or around a superscripted symbol")
  func symbols() {
    let out = MathSymbol(.upright("out"), subscripts: [.text("h1")])
    #expect(MathML.print(out.expression) == "<msub><mi>out</mi><mrow><mi>h</mi><mn>1</mn></mrow></msub>")
    #expect(MathML.print(out.expression.squared) == "<msubsup><mi>out</mi><mrow><mi>h</mi><mn>1</mn></mrow><mn>2</mn></msubsup>")
    let a = MathSymbol(.italic("a"), subscripts: [.text("1")], superscripts: [.layer("1", .square)]).adding(.example("2", .round))
    #expect(
      MathML.print(a.expression.squared)
        == "<msup><mrow><mo>(</mo><msubsup><mi>a</mi><mrow><mn>1</mn></mrow><mrow><mo>[</mo><mn>1</mn><mo>]</mo><mo>(</mo><mn>2</mn><mo>)</mo></mrow></msubsup><mo>)</mo></mrow><mn>2</mn></msup>"
    )
    let partial = MathExpression.partial(MathSymbol(.italic("E"), subscripts: [.upright("total")]), MathSymbol(.italic("w"), subscripts: [.text("5")]))
    #expect(
      MathML.print(partial)
        == "<mfrac><mrow><mo>∂</mo><msub><mi>E</mi><mrow><mi>total</mi></mrow></msub></mrow><mrow><mo>∂</mo><msub><mi>w</mi><mrow><mn>5</mn></mrow></msub></mrow></mfrac>"
    )
    #expect(MathML.print(MathSymbol(.accented(.hat, .italic("y"))).expression) == "<mover accent=\"true\"><mi>y</mi><mo>^</mo></mover>")
    #expect(MathML.print(MathSymbol(.greek("delta"), subscripts: [.text("o1")]).expression) == "<msub><mi>δ</mi><mrow><mi>o</mi><mn>1</mn></mrow></msub>")
  }

  @Test("A name from a fixture is escaped, and a number is MathML in every form it is printed in")
  func escapingAndNumbers() {
    #expect(MathML.print(MathSymbol.named("<b>&\"", unit: .italic("x")).expression) == "<mi>&lt;b&gt;&amp;&quot;</mi>")
    func number(_ text: String) -> String {
      var output = ""
      MathML.number(text, to: &output)
      return output
    }
    #expect(number("0.5933") == "<mn>0.5933</mn>")
    #expect(number("-0.2") == "<mrow><mo>−</mo><mn>0.2</mn></mrow>")
    #expect(number("3.51e-12") == "<mn>3.51</mn><mo>×</mo><msup><mn>10</mn><mrow><mrow><mo>−</mo><mn>12</mn></mrow></mrow></msup>")
  }

  @Test("Every entry of every fixture, in every preset and the error-term convention, writes the same numbers in MathML as in TeX")
  func sameNumbersAsTeX() throws {
    var entries = 0
    for name in try Repository.fixtureNames {
      let trace = try Repository.fixture(name).trace()
      for preset in NotationPreset.all {
        entries += compare(trace, RenderOptions(notation: preset), "\(name), \(preset.name)")
      }
      entries += compare(trace, RenderOptions(errorTerm: true, format: NumberFormat(significant: 2)), "\(name), error term")
    }
    #expect(entries > 1_000)
  }

  @Test("Entries of 100 random networks (seeds 0 to 99) write the same numbers in MathML as in TeX")
  func sameNumbersOnRandomNetworks() throws {
    for seed in 0..<100 as Range<UInt64> {
      let (network, examples) = RandomNetworks.make(seed: seed)
      let fixture = Fixture(
        file: "r.json", title: "r", source: "", network: network, examples: examples, isDataSet: examples.count > 1,
        plan: TrainingPlan(batchSize: examples.count), steps: 1, expected: [])
      guard let trace = try? fixture.trace() else { continue }
      compare(trace, RenderOptions(notation: NotationPreset.all[Int(seed) % NotationPreset.all.count]), "seed \(seed)")
    }
  }

  /// Compares, entry by entry, the digits of the TeX line (symbol, formula, substituted,
  /// result) with those of the MathML the page prints for it; returns the entries compared.
  @discardableResult
  private func compare(_ trace: Trace, _ options: RenderOptions, _ context: String) -> Int {
    let walkthrough = Walkthrough(trace: trace, options: options)
    let writer = walkthrough.writer
    var compared = 0
    for position in 0..<walkthrough.trace.count {
      let tex = writer.formula(at: position)
      let entry = writer.entryFormula(at: position)
      guard let formula = entry.formula else { continue }
      let operands = walkthrough.trace.layout.operandsOf(position)
      var symbols = "", values = ""
      MathMLFormulaPrinter(writer: writer, entry: operands, substituting: false).write(formula, to: &symbols)
      MathMLFormulaPrinter(writer: writer, entry: operands, substituting: true).write(formula, to: &values)
      if let written = tex.formula {
        #expect(digits(ofTeX: written) == digits(ofMathML: symbols), "\(context), \(trace.layout.keys[position]): \(written) / \(symbols)")
      }
      if let written = tex.substituted {
        #expect(digits(ofTeX: written) == digits(ofMathML: values), "\(context), \(trace.layout.keys[position]): \(written) / \(values)")
      }
      compared += 1
    }
    return compared
  }

  /// The digits of a text, sorted: TeX writes a layer's superscript before the subscript
  /// (MathML after it), and runs two script parts together (`W_{10}` for parts 1 and 0, which
  /// MathML keeps as two tokens).
  private func digits(_ text: String) -> [Character] {
    text.filter { $0.isASCII && $0.isNumber }.sorted()
  }

  private func digits(ofTeX tex: String) -> [Character] { digits(tex.replacing("6pt", with: "")) }

  /// The digits of MathML's text: tags and entities count as separators.
  private func digits(ofMathML mathML: String) -> [Character] {
    var text = "", skipping: Character?
    for character in mathML {
      if let end = skipping {
        if character == end { skipping = nil }
        continue
      }
      switch character {
      case "<": skipping = ">"
      case "&": skipping = ";"
      default:
        text.append(character)
        continue
      }
      text.append(" ")
    }
    return digits(text)
  }

}
