@testable import BackpropTracer
import Foundation
import Testing

@Suite("The step-through page")
struct HTMLPageTests {
  @Test("Every fixture's page, in every notation preset, is well-formed, MathML throughout, self-contained and holds every value")
  func fixturesInEveryPreset() throws {
    var pages = 0
    let names = try Repository.fixtureNames
    for name in names {
      let fixture = try Repository.fixture(name)
      let trace = try fixture.trace()
      for preset in NotationPreset.all {
        check(trace, RenderOptions(notation: preset), judge: fixture.judge, "\(name), \(preset.name)")
        pages += 1
      }
      check(trace, RenderOptions(notation: fixture.defaultNotation, errorTerm: true), judge: fixture.judge, "\(name), error term")
      check(
        trace, RenderOptions(format: NumberFormat(significant: 3), roundedIntermediates: true), judge: fixture.judge,
        "\(name), rounded intermediates")
    }
    #expect(pages == names.count * NotationPreset.all.count)
  }

  @Test("Pages of 100 random networks (seeds 0 to 99, options from seed 18: any activation, loss, sharing, data set) are well-formed and hold every value")
  func randomNetworks() throws {
    var random = SplitMix64(seed: 18)
    for seed in 0..<100 as Range<UInt64> {
      let (network, examples) = RandomNetworks.make(seed: seed)
      var plan = TrainingPlan(batchSize: Int.random(in: 1...examples.count, using: &random))
      if Bool.random(using: &random) { plan.optimizer = .momentum(0.9) }
      if Bool.random(using: &random) { plan.weightDecay = 0.01 }
      let fixture = Fixture(
        file: "r.json", title: "seed \(seed)", source: "", network: network, examples: examples,
        isDataSet: examples.count > 1, plan: plan, steps: 1, expected: [])
      guard let trace = try? fixture.trace() else { continue }
      let preset = NotationPreset.all[Int(seed) % NotationPreset.all.count]
      check(trace, RenderOptions(notation: preset, errorTerm: seed % 3 == 0), judge: .standard, "seed \(seed), \(preset.name)")
    }
  }

  @Test("A hostile title, source and unit names are shown as text: the page runs nothing from the fixture")
  func hostileFixture() throws {
    let hostile = "</script><script>alert(1)</script> \" ' & < > ]]> --> <!-- &amp; <math>"
    let fixture = try mazurFixture(title: hostile)
    let network = fixture.network
    let neurons = network.neurons.map {
      Neuron(name: "<b id=\"x\">\($0.name)&amp;</b>", layer: $0.layer, weights: $0.weights, bias: $0.bias, firstConnection: $0.firstConnection)
    }
    let renamed = Network(
      inputNames: network.inputNames.map { "<img src=x onerror=alert(1)>" + $0 }, layers: network.layers, neurons: neurons,
      parameters: network.parameters, loss: network.loss, learningRate: network.learningRate)
    let hostileFixture = Fixture(
      file: "hostile.json", title: hostile, source: hostile, network: renamed, examples: fixture.examples, isDataSet: false,
      plan: fixture.plan, steps: 1, expected: [])
    let trace = try hostileFixture.trace()
    let page = HTMLRenderer.render(trace)
    let structure = check(trace, RenderOptions(), judge: .standard, "hostile")
    #expect(structure.scripts.count == 2, "only the page's own data block and script")
    #expect(!structure.elements.contains { ["b", "img"].contains($0.name) }, "a name became markup")
    #expect(!structure.elements.contains { $0.attributes.keys.contains { $0.hasPrefix("on") } }, "an event handler attribute")
    #expect(page.contains("<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot; &apos; &amp; &lt; &gt; ]]&gt;"))
    #expect(structure.prose.contains(hostile), "the title reads as itself")
  }

  @Test("The page opens with the controls hidden and every value shown, so it reads without its script")
  func readableWithoutScript() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let structure = PageStructure(HTMLRenderer.render(trace))
    let controls = try #require(structure.elements.first { $0.attributes["id"] == "controls" })
    #expect(controls.attributes["hidden"] == "hidden")
    #expect(!structure.elements.contains { ($0.attributes["class"] ?? "").split(separator: " ").contains { $0 == "pending" || $0 == "future" } })
    #expect(structure.elements.contains { $0.attributes["aria-live"] == "polite" })
    #expect(structure.prose.contains("0.74136507"), "∂E/∂out_o1 is printed in the page itself")
  }

  @Test("Every graph fixture's page, and the graph of every network fixture, is well-formed, MathML throughout and holds every value")
  func graphPages() throws {
    var graphs = try Repository.graphFixtureNames.map { ($0, try Repository.graphFixture($0)) }
    for name in try Repository.fixtureNames {
      if let graph = try? Repository.fixture(name).graphFixture() { graphs.append(("network " + name, graph)) }
    }
    #expect(graphs.count > 4)
    for (name, fixture) in graphs {
      let structure = Self.checkPage(HTMLRenderer.render(fixture), judge: .standard, name)
      let expected = fixture.trace.printedValues(of: fixture.graph)
      #expect(structure.values.count == expected.count, "\(name): \(structure.values.count) values for \(expected.count) keys")
      var shown: [String: String] = [:]
      for (key, value) in structure.values { shown[key] = value }
      for (key, value) in expected {
        #expect(shown[key].flatMap(Double.init) == value, "\(name): \(key) is \(shown[key] ?? "missing"), computed \(value)")
      }
    }
  }

  /// Checks the page of `trace` (`checkPage`) and that every key of the trace is in it with its
  /// value.
  @discardableResult
  private func check(_ traced: Trace, _ options: RenderOptions, judge: Judge, _ context: String) -> PageStructure {
    let structure = Self.checkPage(HTMLRenderer.render(traced, options: options, judge: judge), judge: judge, context)
    let trace = Walkthrough(trace: traced, options: options).trace  // a hand computation's values are its own
    var shown: [String: String] = [:]
    for (key, value) in structure.values { shown[key] = value }
    #expect(structure.values.count == trace.count, "\(context): \(structure.values.count) values for \(trace.count) keys")
    for position in 0..<trace.count {
      let key = trace.layout.keys[position].rawValue
      guard let text = shown[key], let value = Double(text) else {
        Issue.record("\(context): \(key) is not in the page")
        continue
      }
      let recorded = trace.values[position]
      #expect(value == recorded || options.errorTerm && value == -recorded, "\(context): \(key) is \(text), recorded \(recorded)")
    }
    return structure
  }

  /// Checks a page: well-formed, every step's math MathML Core and no TeX outside the TeX
  /// sources, no URL anywhere it could load from or link to, the judge's table as data.
  static func checkPage(_ page: String, judge: Judge, _ context: String) -> PageStructure {
    let structure = PageStructure(page)
    #expect(structure.error == nil, "\(context): not well-formed: \(structure.error ?? "")")
    let linking: Set<String> = ["src", "href", "xlink:href", "action", "formaction", "poster", "srcset", "data", "background"]
    let links = structure.elements.flatMap { $0.attributes.keys.filter(linking.contains) }
    #expect(links.isEmpty, "\(context): attributes that load or link: \(links)")
    var withoutNamespaces = page
    for namespace in ["http://www.w3.org/1999/xhtml", "http://www.w3.org/2000/svg"] {
      withoutNamespaces = withoutNamespaces.replacing("xmlns=\"\(namespace)\"", with: "")
    }
    for scheme in ["http:", "https:", "file:", "@import"] {
      #expect(!withoutNamespaces.contains(scheme), "\(context): the page names \(scheme)")
    }
    #expect(!withoutNamespaces.replacing("url(#", with: "").contains("url("), "\(context): a CSS url() other than a fragment")
    let outsideMathML = Set(structure.elements.filter(\.inMath).map(\.name)).subtracting(PageStructure.mathMLElements)
    #expect(outsideMathML.isEmpty, "\(context): not MathML Core inside <math>: \(outsideMathML)")
    var steps = 0
    for element in structure.elements.indices where structure.elements[element].attributes["class"] == "step" {
      steps += 1
      #expect(structure.elements[element + 1].name == "math", "\(context): a step without MathML")
    }
    #expect(steps > 0, "\(context): no step")
    for tex in ["\\frac", "\\mathrm", "\\times", "\\cdot", "_{", "^{", "$$"] {
      #expect(!structure.prose.contains(tex), "\(context): TeX \(tex) outside the TeX source")
    }
    #expect(structure.scripts.count == 2, "\(context): the data block and the page's script")
    let rules = structure.scripts.first.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    #expect(rules?["minimumSignificantDigits"] as? Int == judge.minimumSignificantDigits, "\(context): the rule table")
    return structure
  }
}
