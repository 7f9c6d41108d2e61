extension Walkthrough {
  /// Adds "Example k" when `section` starts another example; returns true when it did.
  @discardableResult
  func markExample(_ section: TraceSection, current: inout Int?, to document: inout some BlockSink) -> Bool {
    guard let example = section.example, example != current else { return false }
    current = example
    document.add(.heading(level: 3, text: "Example \(example)"))
    return true
  }

  /// The level of layer headings: below the example headings of a data set.
  var layerLevel: Int { isDataSet ? 4 : 3 }

  /// Layer headings and one aligned block per neuron: net, then out (a softmax layer's outputs
  /// once all its net inputs are known).
  func addForwardPass(to document: inout some BlockSink) {
    document.add(.heading(level: 2, text: "Forward pass"))
    var layer = -1
    var example: Int?
    var pending = ValueTable()
    for section in trace.layout.sections {
      switch section.kind {
      case let .forward(neuron):
        if markExample(section, current: &example, to: &document) { layer = -1 }
        let neuronLayer = trace.network.neurons[neuron].layer
        if neuronLayer != layer {
          pending.flush(into: &document)
          layer = neuronLayer
          document.add(layerHeadingBlock(layer, level: layerLevel))
        }
        add(section, derived: derives(section.kind), to: &document, pending: &pending)
      case .softmax:
        pending.flush(into: &document)
        document.add(.paragraph([.text("With every net input of the layer known, the softmax normalises their exponentials:")]))
        add(section, derived: derives(section.kind), to: &document, pending: &pending)
      default:
        continue
      }
    }
    pending.flush(into: &document)
    guard trace.layout.sections.contains(where: { $0.kind == .error }) else { return }
    document.add(.heading(level: 2, text: "The error"))
    var errorExample: Int?
    for section in trace.layout.sections where section.kind == .error {
      markExample(section, current: &errorExample, to: &document)
      document.add(.paragraph([.text(errorIntroduction)]))
      add(section, derived: options.detail != .tables, to: &document, pending: &pending)
      pending.flush(into: &document)
    }
  }

  private var errorIntroduction: String {
    trace.network.loss == .crossEntropy
      ? "Each output's term of the error (computed from the net inputs, as log-softmax, so no logarithm of 0 is ever taken), then their sum:"
      : "Each output's term of the error, then their sum:"
  }

  /// Layer by layer from the output down: each neuron's δ, then its parameters' gradients.
  func addBackwardPass(to document: inout some BlockSink) {
    document.add(.heading(level: 2, text: "Backward pass"))
    let network = trace.network
    let uses = ParameterUses(network)
    var layer = -1
    var example: Int?
    var pending = ValueTable()
    var explained = Explanations()
    let stepFigure = options.highlightsSteps ? labelledNetworkFigure() : nil
    for section in trace.layout.sections {
      let derived = derives(section.kind)
      switch section.kind {
      case let .errorSlopes(layerIndex):
        if markExample(section, current: &example, to: &document) { layer = -1 }
        pending.flush(into: &document)
        layer = layerIndex
        document.add(layerHeadingBlock(layer, level: layerLevel))
        document.add(.paragraph([.text(layerIntroduction(layer))]))
        if derived, let first = network.layers[layerIndex].neurons.first { explainLoss(first, &explained, to: &document) }
        document.add(.paragraph([.text("A softmax \(notation.preset.words.neuron)'s output depends on every net input of its layer, so each δ needs the error's slope with respect to every output of the layer first:")]))
        add(section, derived: derived, to: &document, pending: &pending)
      case let .delta(neuron):
        if markExample(section, current: &example, to: &document) { layer = -1 }
        let neuronLayer = network.neurons[neuron].layer
        if neuronLayer != layer {
          pending.flush(into: &document)
          layer = neuronLayer
          document.add(layerHeadingBlock(layer, level: layerLevel))
          document.add(.paragraph([.text(layerIntroduction(layer))]))
        }
        if derived {
          explain(neuron, &explained, to: &document)
          if !isCompact { document.add(.paragraph(unitHeading(neuron))) }
        }
        add(section, derived: derived, to: &document, pending: &pending)
      case let .gradient(p, _) where isCompact && !network.parameters[p].isTrainable,
        let .sharedGradient(p) where isCompact && !network.parameters[p].isTrainable:
        // A compact handout leaves out the gradients of frozen parameters: nothing uses them.
        continue
      case let .gradient(p, neuron):
        if derived, let stepFigure, let highlighted = highlighting(p, into: neuron, on: stepFigure) {
          document.add(.figure(.network(highlighted)))
        }
        if derived, !isCompact { document.add(.paragraph(parameterHeading(p, useIn: uses.isShared(p) ? neuron : nil))) }
        add(section, derived: derived, to: &document, pending: &pending)
      case .sharedGradient where !derived:
        add(section, derived: false, to: &document, pending: &pending)
      case let .sharedGradient(p):
        let users = uses.neurons(using: p).map { [neuronInline($0)] }
        let parameter = Document.Inline.math(notation.tex(.parameter(network.parameters[p].name)))
        pending.flush(into: &document)
        let sentence: [Document.Inline] =
          users.isEmpty
          ? [.text(" is not used by any \(notation.preset.words.neuron), so its gradient is 0:")]
          : [.text(" is shared by ")] + users.joined(separator: [.text(", ")]) + [.text(", so its gradient is the sum of its uses:")]
        document.add(.paragraph([parameter] + sentence))
        if isCompact { add(section, derived: true, to: &document, pending: &pending) } else { document.add(lines(section.entries)) }
      default:
        continue
      }
    }
    pending.flush(into: &document)
  }

  private func layerIntroduction(_ layer: Int) -> String {
    let network = trace.network, neuron = notation.preset.words.neuron
    if layer == network.layers.count - 1 {
      var text = "For an output \(neuron) the error's slope with respect to its output comes straight from the error function."
      if network.loss.simplifiesDelta {
        text += " With \(network.loss.displayName) and a \(network.outputLayer.activation.displayName) output the chain rule collapses to δ = out − target: each δ is computed that way, and the full chain is shown beside it (the two agree up to rounding)."
      }
      return text
    }
    var text = "A hidden \(neuron)'s output feeds every \(neuron) of the next layer, so the error's slope with respect to it is the sum of the shares that flow back through each of them"
    // With explanations, why (and why each share uses the weight before the update) is derived.
    text += options.explain ? "." : " (each share uses the \(notation.preset.words.weight) before the update)."
    if let note = network.layers[layer].activation.definition.explanation.backward { text += " " + note }
    return text
  }

  /// The batch's error and gradients: the sum or mean over its examples.
  func addBatch(to document: inout some BlockSink) {
    guard let section = trace.layout.sections.first(where: { $0.kind == .batch }) else { return }
    document.add(.heading(level: 2, text: "The batch"))
    let count = trace.layout.sections.filter { $0.kind == .example }.count
    let combination: String
    if case .mean = trace.layout.derivations[section.entries.lowerBound] { combination = "mean" } else { combination = "sum" }
    document.add(
      .paragraph([
        .text(
          "The step uses \(count == 1 ? "one example" : "\(count) examples"); its error and its gradients are the \(combination) of the examples' values:"
        )
      ]))
    var pending = ValueTable()
    add(section, derived: options.detail == .full, to: &document, pending: &pending)
    pending.flush(into: &document)
  }
}

extension Walkthrough {
  /// What leads a unit's derivation, in the notation's words and symbols: *Neuron o1* (a
  /// notation that names units), or *Unit* a^{[2]}_{1} (o1) (one that numbers them).
  func unitHeading(_ neuron: Int) -> [Document.Inline] {
    let noun = notation.preset.words.neuron.capitalizedFirst
    guard writesUnitsAsSymbols else { return [.emphasis("\(noun) \(name(neuron))")] }
    return [.emphasis(noun), .text(" "), .math(notation.tex(.out(name(neuron)))), .text(" (\(name(neuron)))")]
  }

  /// What leads a parameter's gradient: Weight w_{5}:, Parameter W^{[2]}_{11} (w5):, with the
  /// unit whose use it is for a shared parameter.
  func parameterHeading(_ p: Int, useIn neuron: Int?) -> [Document.Inline] {
    let parameter = trace.network.parameters[p]
    let noun = parameter.role == .bias ? "Bias" : notation.preset.words.weight.capitalizedFirst
    let positional = writesUnitsAsSymbols
    var pieces: [Document.Inline] = [.text(noun + " "), .math(notation.tex(.parameter(parameter.name)))]
    if positional { pieces.append(.text(" (\(parameter.name))")) }
    if let neuron {
      pieces.append(.text(", its use in "))
      pieces += positional ? [neuronInline(neuron), .text(" (\(name(neuron)))")] : [neuronInline(neuron)]
    }
    pieces.append(.text(":"))
    return pieces
  }
}
