/// The slopes a derivation uses, derived from their definitions where they are first needed
/// (`RenderOptions.explain`): the loss's before the first output neuron, each activation's before
/// the first neuron that has it (a softmax layer's Jacobian, and with cross-entropy its collapse
/// to o − t, before its first δ), the sum over a hidden neuron's consumers and the pre-update
/// weights before the first hidden neuron; later layers refer back.
struct Explanations {
  /// True once the loss's slope is derived.
  var loss = false
  /// The activations (by name) whose slopes are derived.
  var activations: Set<String> = []
  /// The layers whose activation's slope is derived in them or was referred back to.
  var referred: Set<Int> = []
  /// True once the sum over a hidden neuron's consumers (and why the weights are the ones before
  /// the update) is derived.
  var consumers = false
}

extension Walkthrough {
  /// Before the derived δ of `neuron`: the slopes it needs that no earlier block derived, in the
  /// notation's symbols of that neuron, or a reference back to them.
  func explain(_ neuron: Int, _ explained: inout Explanations, to document: inout some BlockSink) {
    guard options.explain else { return }
    explainLoss(neuron, &explained, to: &document)
    let network = trace.network
    let layer = network.neurons[neuron].layer, name = self.name(neuron)
    if layer < network.layers.count - 1 { explainConsumers(neuron, &explained, to: &document) }
    let net = symbol(.net(name)), out = symbol(.out(name))
    let activation = network.layers[layer].activation
    if activation == .softmax {
      guard explained.activations.insert(activation.name).inserted else { return }
      add(softmaxDerivation(neuron), to: &document)
      if network.loss == .crossEntropy, layer == network.layers.count - 1 {
        let outputs = network.layers[layer].neurons.map(self.name)
        let j = outputs.firstIndex(of: name) ?? 0
        add(
          CrossEntropy.softmaxCollapse(
            slope: symbol(.deltaByChain(name)), j: j, count: outputs.count,
            target: { symbol(.target(outputs[$0])) }, output: { symbol(.out(outputs[$0])) }),
          to: &document)
      }
      return
    }
    guard let derivation = activation.definition.slopeDerivation(net: net, out: out) else { return }
    if explained.activations.insert(activation.name).inserted {
      explained.referred.insert(layer)
      add(
        derivation, of: notation.symbol(.activationSlope(name)), defining: (notation.symbol(.out(name)), activation.definition.formula(net)),
        to: &document)
    } else if explained.referred.insert(layer).inserted {
      document.add(.paragraph([
        .text("The slope of the \(activation.displayName), "),
        .math(derivation.steps.last.map { MathSyntax.tex.print($0) } ?? ""),
        .text(", is the one derived above."),
      ]))
    }
  }

  /// Before the first output neuron's derivation: the loss's slope.
  func explainLoss(_ neuron: Int, _ explained: inout Explanations, to document: inout some BlockSink) {
    let network = trace.network
    guard options.explain, network.neurons[neuron].layer == network.layers.count - 1, !explained.loss else { return }
    explained.loss = true
    let name = self.name(neuron), loss = network.loss.definition, count = network.outputLayer.neurons.count
    let target = symbol(.target(name)), out = symbol(.out(name))
    add(
      loss.slopeDerivation(target: target, output: out, outputCount: count),
      of: notation.symbol(.errorSlope(name)),
      defining: (notation.symbol(.errorTerm(name)), loss.termFormula(target: target, output: out, outputCount: count)),
      to: &document)
  }

  private func symbol(_ quantity: Quantity) -> MathFormula { .symbol(notation.symbol(quantity)) }

  /// The softmax's Jacobian for `neuron` (and, when its layer has another, for the next one).
  private func softmaxDerivation(_ neuron: Int) -> LineDerivation {
    let network = trace.network
    let names = network.layers[network.neurons[neuron].layer].neurons.map(name)
    let name = self.name(neuron)
    let other = names.first { $0 != name }.map { other in
      (out: symbol(.out(other)), net: symbol(.net(other)), slope: symbol(.activationJacobian(out: other, net: name)))
    }
    return Softmax.jacobianDerivation(
      net: symbol(.net(name)), out: symbol(.out(name)), slope: symbol(.activationSlope(name)), other: other,
      count: names.count, nets: { symbol(.net(names[$0])) })
  }

  /// Before the first hidden neuron's δ: why its error's slope sums over the neurons of the next
  /// layer (the multivariable chain rule), and why each share uses the weights before the update.
  private func explainConsumers(_ neuron: Int, _ explained: inout Explanations, to document: inout some BlockSink) {
    guard !explained.consumers else { return }
    explained.consumers = true
    let network = trace.network, name = self.name(neuron), words = notation.preset.words
    let consumers = network.layers[network.neurons[neuron].layer + 1].neurons.map(self.name)
    let nets = consumers.map { notation.tex(.net($0)) }
    let netList = nets.count > 3 ? "\(nets[0]), \\dots, \(nets[nets.count - 1])" : nets.joined(separator: ", ")
    document.add(.paragraph([
      .text("Why a hidden \(words.neuron)'s slope is a sum over the next layer: the error depends on "),
      .math(notation.tex(.out(name))),
      .text(" only through the next layer's net inputs "), .math(netList),
      .text(", each of which depends on it; the chain rule for several variables adds one product per path, the error's slope with respect to that net input times the net input's slope with respect to the output (the \(words.weight) between them):"),
    ]))
    let count = consumers.count
    add(
      LineDerivation(lead: "", lines: [
        LineDerivation.Line(symbol: symbol(.errorSlope(name)), steps: [
          .sum(count) { .product([symbol(.deltaByChain(consumers[$0])), symbol(.netSlopeOut(consumer: consumers[$0], source: name))]) },
          .sum(count) { symbol(.errorSlopeVia(source: name, consumer: consumers[$0])) },
        ])
      ]), to: &document)
    addPreUpdate(to: &document)
  }

  /// Whether a hidden neuron's δ is derived (and with it, why the sum over its consumers and
  /// why the weights before the update): else the update section says why.
  var derivesHiddenDelta: Bool {
    let network = trace.network
    return trace.layout.sections.contains { section in
      guard case let .delta(neuron) = section.kind else { return false }
      return network.neurons[neuron].layer < network.layers.count - 1 && derives(section.kind)
    }
  }

  /// Why every gradient is taken at the parameters before the update: the rate at which the
  /// error falls along the step, at its start, is a sum of squared gradients only when every
  /// gradient is the slope of the same error at the same point.
  func addPreUpdate(to document: inout some BlockSink) {
    let words = notation.preset.words
    let total = notation.preset.total, p = MathSymbol(.italic("p"))
    let rate = notation.tex(.learningRate), gradient = MathExpression.partial(total, p).tex
    let error = notation.tex(.totalError)
    document.add(.paragraph([
      .text("Why every gradient uses the \(words.weight)s before the update: a step moves every parameter at once, from one point, "),
      .math("p^{+} = p - \(rate) \\times \(gradient)"),
      .text(". As "), .math(rate),
      .text(" grows from 0 the error changes at the rate below, minus a sum of squares, so it falls, because every gradient is the slope of the same error at the same parameters. A gradient taken after another parameter had moved would be the slope of a different function (the error with that parameter changed), and the sum would no longer be one of squares."
        + (trace.declaredVariant == .updatedOutputWeights
          ? " (The numbers of this walkthrough follow the declared variant, which backpropagates through the updated \(words.weight)s: the deviation this explains.)" : "")),
    ]))
    let style = isCompact ? "\\textstyle " : ""
    var math = AlignedMath([
      Document.AlignedLine(
        symbol: style + "\\left.\\frac{d}{d\(rate)} \(error)\\left(p - \(rate) \(gradient)\\right)\\right\\vert_{\(rate) = 0}",
        steps: [style + "\\sum_{p} \(gradient) \\times \\left(-\(gradient)\\right)", style + "-\\sum_{p} \\left(\(gradient)\\right)^{2}"])
    ])
    math.explains = true
    document.add(.aligned(math))
  }

  /// The derivation's words, then `symbol = definition` and `slope = step₁ = step₂ …`.
  private func add(
    _ derivation: SlopeDerivation, of slope: MathExpression, defining definition: (MathExpression, MathFormula),
    to document: inout some BlockSink
  ) {
    add(
      LineDerivation(lead: derivation.lead, lines: [
        LineDerivation.Line(symbol: .symbol(definition.0), steps: [definition.1]),
        LineDerivation.Line(symbol: .symbol(slope), steps: derivation.steps),
      ]), to: &document)
  }

  /// The derivation's words (when it has any), then its lines.
  private func add(_ derivation: LineDerivation, to document: inout some BlockSink) {
    if !derivation.lead.isEmpty { document.add(.paragraph([.text(derivation.lead)])) }
    // A compact handout sets the steps in text style, as its rows.
    let style = isCompact ? "\\textstyle " : ""
    func tex(_ formula: MathFormula) -> String { style + MathSyntax.tex.print(formula) }
    var math = AlignedMath(derivation.lines.map { line in
      Document.AlignedLine(symbol: tex(line.symbol), steps: line.steps.map(tex))
    })
    math.explains = true
    document.add(.aligned(math))
  }
}
