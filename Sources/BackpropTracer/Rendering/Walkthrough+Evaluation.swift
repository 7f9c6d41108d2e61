extension Walkthrough {
  /// True when the trace is an evaluation: forward passes without error, gradient or update.
  var isEvaluation: Bool {
    !trace.layout.sections.contains { section in
      switch section.kind {
      case .error, .perceptronVisit: return true
      default: return false
      }
    }
  }

  /// The outputs of every example in one table, beside its inputs and (when the fixture gives
  /// them) the outputs it should have.
  func addResults(to document: inout some BlockSink) {
    let network = trace.network
    let outputs = network.outputLayer.neurons.map(name)
    let examples = trace.layout.sections.filter { $0.kind == .example }
    let showsTargets = examples.first.map { $0.entries.count > network.inputNames.count } ?? false
    let header =
      ["Example"] + network.inputNames + outputs.map { "out " + $0 } + (showsTargets ? outputs.map { "target " + $0 } : [])
    let rows: [[[Document.Inline]]] = examples.map { section in
      let example = section.example ?? 0
      let inputs = section.entries.prefix(network.inputNames.count).map { [Document.Inline.math(format.tex(trace.values[$0]))] }
      let outs = outputs.map { [Document.Inline.math(format.tex(trace[Quantity.ofExample(.out($0), example).key] ?? 0))] }
      let targets = showsTargets ? section.entries.dropFirst(network.inputNames.count).map { [Document.Inline.math(format.tex(trace.values[$0]))] } : []
      return [[.text("\(example)")]] + inputs + outs + targets
    }
    document.add(.heading(level: 2, text: "Results"))
    document.add(.paragraph([.text("Every example's output with the given weights:")]))
    document.add(.table(header: header, rows: rows))
  }
}
