/// The slopes a derivation uses, derived from their definitions where they are first needed
/// (`RenderOptions.explain`): the loss's before the first output neuron, each activation's before
/// the first neuron that has it; later layers of an activation already derived refer back.
struct Explanations {
  /// True once the loss's slope is derived.
  var loss = false
  /// The activations (by name) whose slopes are derived.
  var activations: Set<String> = []
  /// The layers whose activation's slope is derived in them or was referred back to.
  var referred: Set<Int> = []
}

extension Walkthrough {
  /// Before the derived δ of `neuron`: the slopes it needs that no earlier block derived, in the
  /// notation's symbols of that neuron, or a reference back to them.
  func explain(_ neuron: Int, _ explained: inout Explanations, to document: inout some BlockSink) {
    guard options.explain else { return }
    let network = trace.network
    let layer = network.neurons[neuron].layer, name = self.name(neuron)
    let net = MathFormula.symbol(notation.symbol(.net(name))), out = MathFormula.symbol(notation.symbol(.out(name)))
    if layer == network.layers.count - 1, !explained.loss {
      explained.loss = true
      let loss = network.loss.definition, count = network.outputLayer.neurons.count
      let target = MathFormula.symbol(notation.symbol(.target(name)))
      add(
        loss.slopeDerivation(target: target, output: out, outputCount: count),
        of: notation.symbol(.errorSlope(name)),
        defining: (notation.symbol(.errorTerm(name)), loss.termFormula(target: target, output: out, outputCount: count)),
        to: &document)
    }
    let activation = network.layers[layer].activation
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

  /// The derivation's words, then `symbol = definition` and `slope = step₁ = step₂ …`.
  private func add(
    _ derivation: SlopeDerivation, of slope: MathExpression, defining definition: (MathExpression, MathFormula),
    to document: inout some BlockSink
  ) {
    document.add(.paragraph([.text(derivation.lead)]))
    // A compact handout sets the steps in text style, as its rows.
    let style = isCompact ? "\\textstyle " : ""
    func tex(_ expression: MathExpression) -> String { style + MathSyntax.tex.print(expression) }
    func tex(_ formula: MathFormula) -> String { style + MathSyntax.tex.print(formula) }
    document.add(.aligned(AlignedMath([
      Document.AlignedLine(symbol: tex(definition.0), steps: [tex(definition.1)]),
      Document.AlignedLine(symbol: tex(slope), steps: derivation.steps.map(tex)),
    ])))
  }
}
