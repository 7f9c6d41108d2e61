extension Walkthrough {
  /// The conventions in the chosen notation: net, out, the error, δ (or Err), the update.
  func addConventions(to document: inout some BlockSink) {
    let network = trace.network
    let preset = notation.preset, words = preset.words
    document.add(.heading(level: 2, text: "Conventions"))
    let net = generic(preset.net).tex, out = generic(preset.out).tex
    let source = Notation.unit(preset.out, preset, name: "k", layer: "l-1", position: "k").tex
    let weight: MathSymbol
    if let stems = preset.weightStems, let brackets = preset.layerBrackets {
      weight = MathSymbol(stems.hidden, subscripts: [.text(preset.weightOrder == .neuronThenInput ? "jk" : "kj")], superscripts: [.layer("l", brackets)])
    } else {
      weight = MathSymbol(.italic("w"), subscripts: [.text("kj")])
    }
    let bias = generic(preset.biasStems.hidden).tex
    let target = MathSymbol(preset.target, subscripts: [.text("o")])
    let output = preset.outputOut.map { MathSymbol($0, subscripts: [.text("o")]) }
      ?? Notation.unit(preset.out, preset, name: "o", layer: "L", position: "o")
    let activations = Array(Set(network.layers.map(\.activation.displayName))).sorted().joined(separator: ", ")
    let rate = MathSymbol(preset.learningRate).tex
    let total = preset.total
    var items: [[Document.Inline]] = [
      [
        .math("\(net) = \(bias) + \\sum_{k} \(weight.tex) \(source)"),
        .text(": the net input of \(words.neuron) j is its bias plus the weighted outputs of the \(words.neuron)s k that feed it (inputs count as \(words.neuron)s whose output is their value)."),
      ],
      [.math("\(out) = g(\(net))"), .text(" with g = \(activations).")],
    ]
    guard !isEvaluation else {
      document.add(.list(items))
      return
    }
    items += [
      [
        .math(MathSyntax.tex.print(MathFormula.equation(
          .symbol(preset.total.expression),
          network.loss.definition.totalFormula(target: .symbol(target.expression), output: .symbol(output.expression))))),
        .text(": the error, " + network.loss.displayName + "."),
      ],
    ]
    let genericNet = generic(preset.net)
    let genericDelta: String
    if notation.errorTerm {
      genericDelta = generic(.upright("Err")).tex
    } else if let delta = preset.delta {
      genericDelta = generic(delta).tex
    } else {
      genericDelta = notation.signal(of: genericNet).tex
    }
    let sign = notation.errorTerm ? "-" : ""
    let x = MathSymbol(.italic("X")), p = MathSymbol(.italic("p"))
    items.append([
      .math("\(genericDelta) = \(sign)\(MathExpression.partial(total, genericNet).tex)"),
      .text(notation.errorTerm
        ? ": the error term of \(words.neuron) j, the negative of its \(words.errorSignal) (the convention of some textbooks). Only the sign shown differs: the numbers are those of the \(words.errorSignal) with the opposite sign."
        : ": the \(words.errorSignal) of \(words.neuron) j, the product of the error's slope with respect to its output and the slope of its activation."),
    ])
    switch preset.errorSignals {
    case .fractions: break
    case .prefixedD: items.append([.math("dX"), .text(" stands for "), .math(MathExpression.partial(total, x).tex), .text(" for any quantity X.")])
    case .bars: items.append([.math("\\bar{X}"), .text(" (the error signal of X) stands for "), .math(MathExpression.partial(total, x).tex), .text(".")])
    }
    let update: Document.Inline =
      notation.errorTerm
      ? .math("p^{+} = p + \(rate) \\times \(genericDelta) \\times \(source)")
      : .math("p^{+} = p - \(rate) \\times \(MathExpression.partial(total, p).tex)")
    items.append([
      update, .text(" with "), .math("\(rate) = \(format.tex(network.learningRate))"),
      .text("; every gradient is computed with the parameters as they were before the update."),
    ])
    items += trainingConventions()
    let frozen = network.parameters.filter { !$0.isTrainable }.map(\.name)
    if !frozen.isEmpty { items.append([.text("Frozen (not updated): " + frozen.joined(separator: ", ") + ".")]) }
    document.add(.list(items))
  }
}

extension Walkthrough {
  /// A generic symbol for the conventions: `stem` of neuron j in layer l.
  private func generic(_ stem: MathBase) -> MathSymbol {
    Notation.unit(stem, notation.preset, name: "j", layer: "l", position: "j")
  }

  /// The conventions of the training plan, read from the layout: examples, optimizer, decay.
  func trainingConventions() -> [[Document.Inline]] {
    var items: [[Document.Inline]] = []
    let layout = trace.layout
    let rate = MathSymbol(notation.preset.learningRate).tex
    if isDataSet {
      let mean = layout.sections.first { $0.kind == .batch }.map { layout.derivations[$0.entries.lowerBound] }
      let combination: String
      if case .mean = mean { combination = "mean" } else { combination = "sum" }
      let order: String
      switch trace.plan.order {
      case .inOrder: order = "Each epoch visits the examples in order"
      case let .shuffled(seed): order = "Each epoch visits the examples in a fresh order, shuffled by SplitMix64 seeded with \(seed) (so the run repeats exactly)"
      }
      let size = trace.plan.batchSize
      items.append([
        .text("\(order), \(size == 1 ? "one example" : "\(size) examples") per step; a step's error and gradients are the \(combination) of its examples' values. A superscript "),
        .math(ScriptPart.example("k", notation.preset.exampleBrackets).tex),
        .text(" marks a value of example k of the data set."),
      ])
    }
    if let velocity = layout.derivations.first(where: { if case .velocity = $0 { return true } else { return false } }),
      case let .velocity(_, _, _, _, averaged) = velocity
    {
      items.append([
        .math(averaged ? "v^{+} = \\mu v + (1 - \\mu) g, \\quad p^{+} = p - \(rate) v^{+}" : "v^{+} = \\mu v - \(rate) g, \\quad p^{+} = p + v^{+}"),
        .text(": momentum, with g the gradient, every velocity v starting at 0, and "),
        .math("\\mu = \(format.tex(trace[Quantity.momentum.key] ?? 0))"), .text("."),
      ])
    }
    if layout.position(of: Quantity.penalty.key) != nil {
      items.append([
        .math("\\tilde{J} = \(notation.preset.total.tex) + \\Omega, \\quad \\Omega = \\frac{\\lambda}{2} \\sum w^{2}"),
        .text(": weight decay over the weights (not the biases), so a weight's gradient gains "),
        .math("\\lambda w"), .text(" with "), .math("\\lambda = \(format.tex(trace[Quantity.weightDecay.key] ?? 0))"), .text("."),
      ])
    }
    // What the definitions of the network's activations say of them, each once, in layer order.
    var explained: Set<String> = []
    for layer in trace.network.layers where explained.insert(layer.activation.name).inserted {
      if let note = layer.activation.definition.explanation.conventions { items.append(note) }
    }
    return items
  }
}
