import BackpropTracer
import Foundation
import Testing

/// The promise of the README for the whole input space: every valid fixture, in every
/// notation (and with the error term), at every detail, gives Markdown whose math renders,
/// LaTeX (standalone and as a fragment) that compiles, and SVG that is well formed, with no
/// symbol that doubles a script or reads as a number. The real engines run on a sample in
/// `.ci/run` (`BACKPROP_CORPUS_OUT`).
@Suite("Corpus of generated fixtures")
struct CorpusTests {
  /// The notation variants each fixture is rendered in: every preset, and one with the error
  /// term (its preset rotating with the seed).
  static func variants(seed: UInt64) -> [(preset: NotationPreset, errorTerm: Bool)] {
    NotationPreset.all.map { ($0, false) } + [(NotationPreset.all[Int(seed % 5)], true)]
  }

  /// The formats each variant is written in: Markdown with its figures, LaTeX, a LaTeX fragment.
  static let formatsPerVariant = 3

  /// How numbers are printed for a seed: fixed decimals or significant digits, rotating.
  static func numbers(seed: UInt64) -> NumberFormat {
    [NumberFormat.standard, NumberFormat(decimals: 4), NumberFormat(decimals: 2), NumberFormat(significant: 4), NumberFormat(significant: 3)][Int(seed % 5)]
  }

  @Test("The corpus covers at least 500 fixture × notation × format cases per run")
  func size() throws {
    let cases = CorpusSeeds.networks.reduce(0) { $0 + Self.variants(seed: $1).count * Self.formatsPerVariant }
    #expect(cases >= 500, "only \(cases) cases")
    // Every fixed seed gives a fixture with a derivation (none is refused for overflowing).
    for seed in CorpusSeeds.fixed {
      _ = try Fixture.load(Array(FixtureGenerator.json(seed: seed).utf8), file: "corpus-\(seed).json").trace()
    }
  }

  @Test("Every generated fixture gives sound Markdown, LaTeX, fragments and SVG in every notation", arguments: CorpusSeeds.networks)
  func network(seed: UInt64) throws {
    let json = FixtureGenerator.json(seed: seed)
    let fixture: Fixture
    do {
      fixture = try Fixture.load(Array(json.utf8), file: "corpus-\(seed).json")
    } catch {
      Issue.record("seed \(seed): the generator wrote a fixture the loader refuses: \(error)\n\(json)")
      return
    }
    // A fixture whose values overflow (a saturated output under a cross-entropy) is refused
    // with a message naming the value; that is its whole output.
    let trace: Trace
    do {
      trace = try fixture.trace()
    } catch {
      #expect(error.description.contains("came out"), "seed \(seed): \(error)")
      return
    }
    for (index, variant) in Self.variants(seed: seed).enumerated() {
      let details = RenderOptions.Detail.allCases
      let detail = details[(Int(seed % UInt64(details.count)) + index) % details.count]
      let options = RenderOptions(
        notation: variant.preset, errorTerm: variant.errorTerm, format: Self.numbers(seed: seed), detail: detail,
        roundedIntermediates: seed % 7 == 3 && fixture.mode == .train)
      let label = "seed \(seed), \(variant.preset.name)\(variant.errorTerm ? " --error-term" : ""), --detail \(detail.rawValue)"
      let notation = Notation(variant.preset, network: trace.network, errorTerm: variant.errorTerm)
      for quantity in trace.layout.quantities where !notation.tex(quantity).contains(where: \.isLetter) {
        Issue.record("\(label): \(quantity.key.rawValue) is written as a bare number: \(notation.tex(quantity))")
      }
      let base = "corpus-\(seed)-\(variant.preset.name)\(variant.errorTerm ? "-err" : "")"
      let markdown = LectureFiles.render(trace, options: options, format: .markdown, base: base)
      let latex = LectureFiles.render(trace, options: options, format: .latex, base: base)[0].contents
      let fragment = LaTeXRenderer.render(trace, options: options, fragment: true)
      CorpusOutput.check(markdown: markdown, latex: latex, fragment: fragment, label: label)
      CorpusOutput.sample(markdown: markdown, latex: latex, fragment: fragment, base: base, seed: seed, variant: index)
      if index == Int(seed % 6) { CorpusOutput.deck(BeamerRenderer.render(trace, options: options), base: base, seed: seed, label: label) }
    }
  }

  @Test("Every generated graph fixture gives sound Markdown, LaTeX and fragments", arguments: CorpusSeeds.graphs)
  func graph(seed: UInt64) throws {
    let json = GraphGenerator.json(seed: seed)
    // A random graph may leave its domain (log of a negative number): the loader refuses it
    // with a message, and the case is one of refusal, tested elsewhere.
    guard let fixture = try? GraphFixture.load(Array(json.utf8), file: "graph-\(seed).json") else { return }
    let numbers = Self.numbers(seed: seed)
    let markdown = GraphFiles.render(fixture, format: .markdown, numbers: numbers, base: "graph-\(seed)")
    let latex = GraphFiles.render(fixture, format: .latex, numbers: numbers, base: "graph-\(seed)")[0].contents
    let fragment = GraphFiles.render(fixture, format: .latex, numbers: numbers, base: "graph-\(seed)", fragment: true)[0].contents
    CorpusOutput.check(markdown: markdown, latex: latex, fragment: fragment, label: "graph seed \(seed)")
    // A graph has one variant: the one the sample chooses for its seed.
    CorpusOutput.sample(markdown: markdown, latex: latex, fragment: fragment, base: "graph-\(seed)", seed: seed, variant: Int(seed % 6))
  }

  @Test("Most generated graph fixtures are valid, and those cover every function")
  func graphsLoad() {
    let loaded = CorpusSeeds.fixedGraphs.filter { seed in
      (try? GraphFixture.load(Array(GraphGenerator.json(seed: seed).utf8), file: "g.json")) != nil
    }
    #expect(loaded.count >= 12, "only \(loaded.count) of \(CorpusSeeds.fixedGraphs.count) graph seeds load")
    let functions = Set(loaded.map { Int($0 % UInt64(GraphGenerator.functions.count)) })
    #expect(functions.count == GraphGenerator.functions.count, "functions covered: \(functions.sorted())")
  }

  @Test("A network fixture's error graph gives sound Markdown and LaTeX", arguments: CorpusSeeds.fixed.prefix(8))
  func networkGraph(seed: UInt64) throws {
    let fixture = try Fixture.load(Array(FixtureGenerator.json(seed: seed).utf8), file: "corpus-\(seed).json")
    guard let graph = try? fixture.graphFixture() else { return }
    let markdown = GraphFiles.render(graph, format: .markdown, numbers: NumberFormat(decimals: 6), base: "g")
    let latex = GraphFiles.render(graph, format: .latex, numbers: NumberFormat(decimals: 6), base: "g")[0].contents
    CorpusOutput.check(markdown: markdown, latex: latex, fragment: nil, label: "error graph of seed \(seed)")
  }
}
