/// How the quantities of one network are written as TeX math symbols: a `NotationPreset`
/// applied to the network's names, layers and positions.
///
/// Symbols are built from the user's names, which are ASCII letters and digits only, and from
/// the preset's TeX, so they are always safe to place in math.
public struct Notation: Sendable {
  /// The preset.
  public let preset: NotationPreset
  /// Whether δ is presented as the "error term" Err = −∂E/∂net (its sign flipped).
  public let errorTerm: Bool
  private let neurons: [String: (layer: Int, position: Int, isOutput: Bool)]
  private let inputs: [String: Int]
  private let parameterSymbols: [String: String]
  /// The data-set example whose quantities are being written (marked with `exampleIndex`).
  private var example: Int?

  /// The notation `preset` for `network`; with `errorTerm`, δ is shown as Err = −δ.
  public init(_ preset: NotationPreset, network: Network, errorTerm: Bool = false) {
    self.preset = preset
    self.errorTerm = errorTerm
    var neurons: [String: (layer: Int, position: Int, isOutput: Bool)] = [:]
    for (index, layer) in network.layers.enumerated() {
      for (position, neuron) in layer.neurons.enumerated() {
        neurons[network.neurons[neuron].name] = (index + 1, position + 1, index == network.layers.count - 1)
      }
    }
    self.neurons = neurons
    inputs = Dictionary(uniqueKeysWithValues: network.inputNames.enumerated().map { ($1, $0 + 1) })
    parameterSymbols = Self.parameterSymbols(preset, network: network)
  }

  /// The TeX symbol of a quantity.
  public func symbol(_ quantity: Quantity) -> String {
    switch quantity {
    case let .input(name):
      return withExample(preset.input.map { fill($0, name: name, layer: 0, position: inputs[name] ?? 0) } ?? Self.nameSymbol(name))
    case let .parameter(name): return parameter(name)
    case let .target(name): return withExample(neuron(preset.target, name))
    case .learningRate: return preset.learningRate
    case let .net(name): return net(name)
    case let .out(name): return out(name)
    case let .errorTerm(name): return withExample(neuron(preset.errorTerm, name))
    case .totalError: return total
    case let .errorSlope(name): return signal(stem: outStem(name), index: outIndex(name))
    case let .activationSlope(name): return fraction(out(name), net(name))
    case let .activationJacobian(outName, netName): return fraction(out(outName), net(netName))
    case .logSumExp: return "\\log \\sum_{k} e^{" + withExample(preset.net + "_{k}") + "}"
    case let .delta(name): return delta(name)
    case let .deltaByChain(name): return signal(stem: preset.net, index: neuron(preset.neuronIndex, name))
    case let .netSlopeParameter(neuron, parameter): return fraction(net(neuron), self.parameter(parameter))
    case let .netSlopeOut(consumer, source): return fraction(net(consumer), out(source))
    case let .errorSlopeVia(source, consumer):
      if preset == .mazur, neurons[consumer]?.isOutput == true {
        return fraction(withExample("E_{\(consumer)}"), out(source))
      }
      return via(signal(stem: outStem(source), index: outIndex(source)), consumer)
    case let .gradient(name): return parameterSignal(name)
    case let .gradientVia(parameter, neuron): return via(parameterSignal(parameter), neuron)
    case let .updated(name): return superscripted(parameter(name), "^{+}")
    case .momentum: return "\\mu"
    case .weightDecay: return "\\lambda"
    case let .velocity(name): return "v_{\(parameter(name))}"
    case let .updatedVelocity(name): return "v_{\(parameter(name))}^{+}"
    case .penalty: return "\\Omega"
    case .objective: return "\\tilde{J}"
    case let .penaltySlope(name): return fraction("\\Omega", parameter(name))
    case let .objectiveGradient(name): return fraction("\\tilde{J}", parameter(name))
    case let .totalErrorAfterStep(step): return superscripted(preset.total, after(step))
    case let .parameterAfterStep(name, step): return superscripted(parameter(name), after(step))
    case let .ofExample(inner, example):
      var scoped = self
      scoped.example = example
      let symbol = scoped.symbol(inner)
      // A step value (a parameter updated by the perceptron rule) is marked with the example too.
      return inner.isPerExample ? symbol : scoped.withExample(symbol)
    case let .ofEpoch(inner, epoch): return superscripted(symbol(inner), after(epoch))
    case let .perceptronError(name): return withExample("\\mathrm{err}" + neuron(preset.neuronIndex, name))
    case .mistakes: return "\\mathrm{mistakes}"
    case let .finalParameter(name): return superscripted(parameter(name), "^{\\ast}")
    }
  }

  /// A generic symbol for the conventions: `net` of neuron j in layer l (`{n}` = j).
  func generic(_ stem: String) -> String { stem + fill(preset.neuronIndex, name: "j", layer: "l", position: "j") }

  /// The symbol of the error signal of the net input: δ, dz, z̄, ∂J/∂a, or Err with `errorTerm`.
  func delta(_ name: String) -> String {
    if errorTerm { return withExample(neuron("\\mathrm{Err}" + preset.neuronIndex, name)) }
    if let delta = preset.delta { return withExample(neuron(delta, name)) }
    return signal(stem: preset.net, index: neuron(preset.neuronIndex, name))
  }

  func net(_ name: String) -> String { withExample(preset.net + neuron(preset.neuronIndex, name)) }
  func out(_ name: String) -> String { withExample(outStem(name) + outIndex(name)) }

  /// The total error (of the current example, when there is one).
  private var total: String { withExample(preset.total) }

  /// `symbol` marked as belonging to the current data-set example, if any.
  fileprivate func withExample(_ symbol: String) -> String {
    guard let example else { return symbol }
    return superscripted(symbol, preset.exampleIndex.replacing("{e}", with: "\(example)"))
  }

  /// The stem of a neuron's output: the preset's, or the output symbol's part before its index.
  private func outStem(_ name: String) -> String {
    guard neurons[name]?.isOutput == true, let output = preset.outputOut else { return preset.out }
    return String(output.prefix { $0 != "_" && $0 != "^" })
  }

  private func outIndex(_ name: String) -> String {
    guard neurons[name]?.isOutput == true, let output = preset.outputOut else { return neuron(preset.neuronIndex, name) }
    return neuron(String(output.drop { $0 != "_" && $0 != "^" }), name)
  }

  private func parameter(_ name: String) -> String { parameterSymbols[name] ?? Self.nameSymbol(name) }

  /// ∂E/∂p as the preset writes it: a fraction, `dW^{[2]}_{11}` or `\bar{w}^{(2)}_{11}`.
  private func parameterSignal(_ name: String) -> String {
    let symbol = parameter(name)
    let stem = symbol.prefix { $0 != "_" && $0 != "^" }
    return signal(stem: String(stem), index: String(symbol.dropFirst(stem.count)), ofExampleQuantity: false)
  }

  /// The derivative of the error with respect to `stem + index`; `ofExampleQuantity` says
  /// whether that symbol belongs to the current example (a net or an output) or not (a
  /// parameter), which decides where an example's mark goes.
  func signal(stem: String, index: String, ofExampleQuantity: Bool = true) -> String {
    switch preset.errorSignals {
    case .fractions: return fraction(total, ofExampleQuantity ? withExample(stem + index) : stem + index)
    case .prefixedD: return withExample("d" + stem + index)
    case .bars: return withExample("\\bar{\(stem)}" + index)
    }
  }

  private func via(_ symbol: String, _ neuron: String) -> String {
    let label = preset == .mazur ? neuron : out(neuron)
    return "\\left." + symbol + "\\right\\vert_{\\mathrm{via}\\ \(label)}"
  }

  private func after(_ step: Int) -> String { preset.afterStep.replacing("{s}", with: "\(step)") }

  private func neuron(_ pattern: String, _ name: String) -> String {
    let place = neurons[name] ?? (0, 0, false)
    return fill(pattern, name: name, layer: place.layer, position: place.position)
  }

  func fraction(_ top: String, _ bottom: String) -> String {
    "\\frac{\\partial \(top)}{\\partial \(bottom)}"
  }

  /// `symbol` with a superscript. When it already has one, the new superscript goes on an empty
  /// group after it (`W^{[2]}_{11}{}^{+}`): TeX would unwrap `{\bar{z}^{(1)}}` and report a double
  /// superscript, so bracing the symbol is not enough.
  private func superscripted(_ symbol: String, _ superscript: String) -> String {
    symbol.contains("^") ? "{\(symbol)}{}\(superscript)" : symbol + superscript
  }
}

extension Notation {
  /// Fills the placeholders `{n}`, `{l}`, `{j}` of an index pattern.
  func fill(_ pattern: String, name: String, layer: some CustomStringConvertible, position: some CustomStringConvertible) -> String {
    pattern.replacing("{n}", with: name).replacing("{l}", with: layer.description)
      .replacing("{j}", with: position.description)
  }
}
