/// How the quantities of one network are written as math symbols: a `NotationPreset` applied
/// to the network's names, layers and positions.
///
/// Symbols are `MathExpression`s built from parts (the user's names, which are ASCII letters
/// and digits only, and the preset's bases), so they are always safe to place in math and any
/// mark (an example, an update, a step) joins the one superscript a symbol has.
package struct Notation: Sendable {
  /// The preset.
  package let preset: NotationPreset
  /// Whether δ is presented as the "error term" Err = −∂E/∂net (its sign flipped).
  package let errorTerm: Bool
  private let neurons: [String: NeuronSymbols]
  private let inputs: [String: MathSymbol]
  private let parameterSymbols: [String: MathSymbol]
  /// The total error, its TeX cached: every gradient's fraction has it on top.
  private let totalSymbol: MathSymbol
  /// The data-set example whose quantities are being written (marked with the example index).
  private var example: Int?

  /// The notation `preset` for `network`; with `errorTerm`, δ is shown as Err = −δ.
  package init(_ preset: NotationPreset, network: Network, errorTerm: Bool = false) {
    self.preset = preset
    self.errorTerm = errorTerm
    totalSymbol = preset.total.cachingTeX()
    var neurons: [String: NeuronSymbols] = [:]
    for (index, layer) in network.layers.enumerated() {
      for (position, neuron) in layer.neurons.enumerated() {
        let name = network.neurons[neuron].name
        neurons[name] = NeuronSymbols(
          preset, name: name, layer: index + 1, position: position + 1, isOutput: index == network.layers.count - 1)
      }
    }
    self.neurons = neurons
    var inputs: [String: MathSymbol] = [:]
    for (position, name) in network.inputNames.enumerated() {
      inputs[name] = Self.input(preset, name: name, position: position + 1).cachingTeX()
    }
    self.inputs = inputs
    let positional = Self.parameterSymbols(preset, network: network)
    var symbols: [String: MathSymbol] = [:]
    symbols.reserveCapacity(network.parameters.count)
    for parameter in network.parameters {
      symbols[parameter.name] = (positional[parameter.name] ?? Self.userSymbol(parameter)).cachingTeX()
    }
    parameterSymbols = symbols
  }

  /// The symbol of a quantity.
  package func symbol(_ quantity: Quantity) -> MathExpression {
    switch quantity {
    case let .input(name):
      return withExample(inputs[name] ?? Self.input(preset, name: name, position: 0)).expression
    case let .parameter(name): return parameter(name).expression
    case let .target(name): return withExample(neuronSymbols(name).target).expression
    case .learningRate: return MathSymbol(preset.learningRate).expression
    case let .net(name): return net(name).expression
    case let .out(name): return out(name).expression
    case let .errorTerm(name): return withExample(neuronSymbols(name).errorTerm).expression
    case .totalError: return total.expression
    case let .errorSlope(name): return signal(of: neuronSymbols(name).out)
    case let .activationSlope(name): return .partial(out(name), net(name))
    case let .activationJacobian(outName, netName): return .partial(out(outName), net(netName))
    case .logSumExp: return .logSumExp(term: withExample(MathSymbol(preset.net, subscripts: [.text("k")])))
    case let .delta(name): return delta(name)
    case let .deltaByChain(name): return signal(of: neuronSymbols(name).net)
    case let .netSlopeParameter(neuron, parameter):
      return .partial(net(neuron), self.parameter(parameter))
    case let .netSlopeOut(consumer, source): return .partial(net(consumer), out(source))
    case let .errorSlopeVia(source, consumer):
      if preset.layerBrackets == nil, neurons[consumer]?.isOutput == true {
        return .partial(withExample(MathSymbol(preset.errorTerm, subscripts: [.text(consumer)])), out(source))
      }
      return via(signal(of: neuronSymbols(source).out), consumer)
    case let .gradient(name): return parameterSignal(name)
    case let .gradientVia(parameter, neuron): return via(parameterSignal(parameter), neuron)
    case let .updated(name): return parameter(name).adding(.updated).expression
    case .momentum: return MathSymbol(.greek("mu")).expression
    case .weightDecay: return MathSymbol(.greek("lambda")).expression
    case let .velocity(name): return velocity(name).expression
    case let .updatedVelocity(name): return velocity(name).adding(.updated).expression
    case .penalty: return Self.penalty.expression
    case .objective: return Self.objective.expression
    case let .penaltySlope(name): return .partial(Self.penalty, parameter(name))
    case let .objectiveGradient(name): return .partial(Self.objective, parameter(name))
    case let .totalErrorAfterStep(step): return preset.total.adding(.afterStep("\(step)")).expression
    case let .totalErrorAfterEpoch(epoch): return preset.total.adding(.afterStep("\(epoch)")).expression
    case let .parameterAfterStep(name, step): return parameter(name).adding(.afterStep("\(step)")).expression
    case let .errorTermSignal(name): return errorTermSymbol(name).expression
    case let .outputError(name):
      return withExample(MathSymbol(.italic("e"), subscripts: neuronSymbols(name).target.subscripts)).expression
    case let .inputGradient(name):
      return signal(of: inputs[name] ?? Self.input(preset, name: name, position: 0))
    case let .netAfterStep(name, step): return net(name).adding(.afterStep("\(step)")).expression
    case let .outAfterStep(name, step): return out(name).adding(.afterStep("\(step)")).expression
    case let .ofExample(inner, example):
      var scoped = self
      scoped.example = example
      let symbol = scoped.symbol(inner)
      // A step value (a parameter updated by the perceptron rule) is marked with the example too.
      return inner.isPerExample ? symbol : symbol.adding(exampleIndex(example))
    case let .ofEpoch(inner, epoch): return symbol(inner).adding(.afterStep("\(epoch)"))
    case let .perceptronError(name):
      let index = neuronSymbols(name).net
      return withExample(MathSymbol(.upright("err"), subscripts: index.subscripts, superscripts: index.superscripts)).expression
    case .mistakes: return MathSymbol(.upright("mistakes")).expression
    case let .finalParameter(name): return parameter(name).adding(.final).expression
    }
  }

  /// The TeX of a quantity's symbol.
  package func tex(_ quantity: Quantity) -> String { symbol(quantity).tex }

  /// The TeX of the symbol of each quantity, in order: what `quantities.map(tex)` gives, printed
  /// into one buffer (a trace has one symbol per entry, 161,249 for a 784-50-10 step).
  func tex<Quantities: RandomAccessCollection<Quantity>>(_ quantities: Quantities) -> PrintedTexts
  where Quantities.Index == Int {
    PrintedTexts(count: quantities.count, capacity: quantities.count * 40) { position, text in
      MathSyntax.tex.write(symbol(quantities[quantities.startIndex + position]), to: &text)
    }
  }

  /// The error signal of the net input: δ, dz, z̄, ∂J/∂a, or Err with `errorTerm`.
  func delta(_ name: String) -> MathExpression {
    let symbols = neuronSymbols(name)
    if errorTerm { return errorTermSymbol(name).expression }
    if let delta = symbols.delta { return withExample(delta).expression }
    return signal(of: symbols.net)
  }

  /// The error term Err = −δ of a neuron, indexed as its net input.
  private func errorTermSymbol(_ name: String) -> MathSymbol {
    let net = neuronSymbols(name).net
    return withExample(MathSymbol(.upright("Err"), subscripts: net.subscripts, superscripts: net.superscripts))
  }

  func net(_ name: String) -> MathSymbol { withExample(neuronSymbols(name).net) }
  func out(_ name: String) -> MathSymbol { withExample(neuronSymbols(name).out) }

  /// The total error (of the current example, when there is one).
  var total: MathSymbol { withExample(totalSymbol) }

  /// The derivative of the error with respect to `symbol`: a fraction, `d` + symbol, or the
  /// symbol under a bar. `ofExampleQuantity` says whether `symbol` belongs to the current example
  /// (a net or an output) or not (a parameter), which decides where an example's mark goes.
  func signal(of symbol: MathSymbol, ofExampleQuantity: Bool = true) -> MathExpression {
    let marked = ofExampleQuantity ? withExample(symbol) : symbol
    switch preset.errorSignals {
    case .fractions: return .partial(total, marked)
    case .prefixedD: return withExample(MathSymbol(.differential(symbol.base), subscripts: symbol.subscripts, superscripts: symbol.superscripts)).expression
    case .bars: return withExample(MathSymbol(.accented(.bar, symbol.base), subscripts: symbol.subscripts, superscripts: symbol.superscripts)).expression
    }
  }

  /// The index of data-set example `example` as a superscript part.
  func exampleIndex(_ example: Int) -> ScriptPart { .example("\(example)", preset.exampleBrackets) }

  /// `symbol` marked as belonging to the current data-set example, if any.
  private func withExample(_ symbol: MathSymbol) -> MathSymbol {
    guard let example else { return symbol }
    return symbol.adding(exampleIndex(example))
  }

  /// The symbols of neuron `name`; those of a neuron at layer 0, position 0 for a name the
  /// network does not have.
  private func neuronSymbols(_ name: String) -> NeuronSymbols {
    neurons[name] ?? NeuronSymbols(preset, name: name, layer: 0, position: 0, isOutput: false)
  }

  private func parameter(_ name: String) -> MathSymbol {
    parameterSymbols[name] ?? MathSymbol.named(name, unit: .italic("w"))
  }

  /// ∂E/∂p as the preset writes it: a fraction, `dW^{[2]}_{11}` or `\bar{w}^{(2)}_{11}`.
  private func parameterSignal(_ name: String) -> MathExpression {
    signal(of: parameter(name), ofExampleQuantity: false)
  }

  private func velocity(_ name: String) -> MathSymbol {
    MathSymbol(.italic("v"), subscripts: [.symbol(parameter(name))])
  }

  private func via(_ derivative: MathExpression, _ neuron: String) -> MathExpression {
    let label = preset.layerBrackets == nil ? MathSymbol(.italic(neuron)) : out(neuron)
    return .restricted(derivative, via: label.expression)
  }

  private static let penalty = MathSymbol(.greek("Omega"))
  private static let objective = MathSymbol(.accented(.tilde, .italic("J")))
}

/// The symbols of one neuron that do not depend on the example, made once per notation (an
/// object, so that looking one up costs a reference, not a copy of every symbol).
private final class NeuronSymbols: Sendable {
  let isOutput: Bool
  let net: MathSymbol
  let out: MathSymbol
  let target: MathSymbol
  let errorTerm: MathSymbol
  /// δ in a preset that writes one, else nil.
  let delta: MathSymbol?

  init(_ preset: NotationPreset, name: String, layer: Int, position: Int, isOutput: Bool) {
    self.isOutput = isOutput
    // A neuron: by layer and position (`z^{[2]}_{1}`) or by name (`\mathrm{net}_{h1}`); an
    // output's own symbols (target, error term, ŷ): by position or by name.
    let index = Notation.index(preset, name: name, layer: "\(layer)", position: "\(position)")
    let outputIndex: [ScriptPart] = [.text(preset.layerBrackets == nil ? name : "\(position)")]
    net = MathSymbol(preset.net, subscripts: index.subscripts, superscripts: index.superscripts).cachingTeX()
    if isOutput, let output = preset.outputOut {
      out = MathSymbol(output, subscripts: outputIndex).cachingTeX()
    } else {
      out = MathSymbol(preset.out, subscripts: index.subscripts, superscripts: index.superscripts).cachingTeX()
    }
    target = MathSymbol(preset.target, subscripts: outputIndex).cachingTeX()
    errorTerm = MathSymbol(preset.errorTerm, subscripts: outputIndex).cachingTeX()
    delta = preset.delta.map { MathSymbol($0, subscripts: index.subscripts, superscripts: index.superscripts).cachingTeX() }
  }
}
