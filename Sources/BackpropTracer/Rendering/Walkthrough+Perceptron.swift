extension Walkthrough {
  /// True when the trace is a run of the perceptron rule.
  var isPerceptron: Bool {
    trace.layout.sections.contains { if case .perceptronVisit = $0.kind { return true } else { return false } }
  }

  /// The rule, the network and the examples, then epoch by epoch every visit (a table, and the
  /// derivation of each update), then how the run ended.
  func addPerceptron(to document: inout some BlockSink) {
    let network = trace.network
    document.add(.heading(level: 2, text: "The perceptron rule"))
    document.add(perceptronRule())
    document.add(.heading(level: 2, text: "The network and the examples"))
    document.add(.list(network.layers.indices.map(layerHeading)))
    addExampleTable(to: &document)
    let parameters: [[[Document.Inline]]] = network.parameters.map { parameter in
      [[.math(notation.tex(.parameter(parameter.name)))], [.math(format.tex(parameter.value))]]
    }
    document.add(.table(header: ["Parameter", "Start"], rows: parameters))
    var epoch = 0
    for section in trace.layout.sections {
      switch section.kind {
      case let .perceptronVisit(visitEpoch, example):
        if visitEpoch != epoch {
          epoch = visitEpoch
          document.add(.heading(level: 3, text: "Epoch \(epoch)"))
        }
        let misclassified = section.entries.contains { position in
          if case .perceptronUpdate = trace.layout.derivations[position] { return true } else { return false }
        }
        document.add(.paragraph([.emphasis("Example \(example)"), .text(misclassified ? ": misclassified, so the parameters move." : ": classified correctly, nothing changes.")]))
        document.add(lines(section.entries))
      case .perceptronEpoch:
        document.add(lines(section.entries))
      case let .perceptronResult(outcome):
        document.add(.heading(level: 2, text: "Result"))
        document.add(.paragraph([.text(Self.sentence(outcome))]))
        document.add(lines(section.entries))
      default:
        continue
      }
    }
  }

  /// The rule: the step output, the update of a misclassified example with the learning rate,
  /// and when the run stops.
  func perceptronRule() -> Document.Block {
    let rate = MathSymbol(notation.preset.learningRate).tex
    return .list([
      [.math("\\mathrm{out} = \\mathrm{step}(\\mathrm{net})"), .text(": 1 when the net input is above 0, else 0; the error of an example is "), .math("\\mathrm{err} = t - \\mathrm{out}"), .text(".")],
      [.text("On a misclassified example (err is not 0) every weight moves by "), .math("w \\leftarrow w + \(rate) \\times \\mathrm{err} \\times x"), .text(" and every bias by "), .math("b \\leftarrow b + \(rate) \\times \\mathrm{err}"), .text(", with "), .math("\(rate) = \(format.tex(trace.network.learningRate))"), .text("; a correctly classified example changes nothing.")],
      [.text("An epoch visits every example in order. The rule stops after an epoch without a mistake, or when the parameters at the end of an epoch repeat those of an earlier epoch (it would cycle for ever), or at the epoch limit.")],
    ])
  }

  private static func sentence(_ outcome: PerceptronOutcome) -> String {
    switch outcome {
    case let .converged(epoch):
      return "Epoch \(epoch) has no mistake: the rule has converged, and every example is classified correctly with these parameters."
    case let .cycles(epoch, repeating):
      let earlier = repeating == 0 ? "at the start" : "at the end of epoch \(repeating)"
      return "The parameters at the end of epoch \(epoch) are those \(earlier): the rule will cycle through the same updates for ever and never converge. No line separates these examples (XOR is the classic case), so no perceptron can classify them all."
    case let .stopped(epochs):
      return "The epoch limit (\(epochs)) came before convergence: some example is still misclassified."
    }
  }
}
