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
  private let neurons: [String: NeuronSymbols]
  private let inputs: [String: String]
  private let parameterSymbols: [String: String]
  /// The data-set example whose quantities are being written (marked with `exampleIndex`).
  private var example: Int?

  /// The notation `preset` for `network`; with `errorTerm`, δ is shown as Err = −δ.
  public init(_ preset: NotationPreset, network: Network, errorTerm: Bool = false) {
    self.preset = preset
    self.errorTerm = errorTerm
    var neurons: [String: NeuronSymbols] = [:]
    for (index, layer) in network.layers.enumerated() {
      for (position, neuron) in layer.neurons.enumerated() {
        let name = network.neurons[neuron].name
        neurons[name] = NeuronSymbols(
          preset, name: name, layer: index + 1, position: position + 1, isOutput: index == network.layers.count - 1)
      }
    }
    self.neurons = neurons
    var inputs: [String: String] = [:]
    for (position, name) in network.inputNames.enumerated() {
      inputs[name] = preset.input.map { Self.fill($0, name: name, layer: "0", position: "\(position + 1)") } ?? Self.nameSymbol(name)
    }
    self.inputs = inputs
    var symbols = Self.parameterSymbols(preset, network: network)
    symbols.reserveCapacity(network.parameters.count)
    for parameter in network.parameters where symbols[parameter.name] == nil {
      symbols[parameter.name] = Self.nameSymbol(parameter.name)
    }
    parameterSymbols = symbols
  }

  /// The TeX symbol of a quantity.
  public func symbol(_ quantity: Quantity) -> String {
    switch quantity {
    case let .input(name):
      return withExample(
        inputs[name] ?? preset.input.map { Self.fill($0, name: name, layer: "0", position: "0") } ?? Self.nameSymbol(name))
    case let .parameter(name): return parameter(name)
    case let .target(name): return withExample(neurons[name]?.target ?? neuron(preset.target, name))
    case .learningRate: return preset.learningRate
    case let .net(name): return net(name)
    case let .out(name): return out(name)
    case let .errorTerm(name): return withExample(neurons[name]?.errorTerm ?? neuron(preset.errorTerm, name))
    case .totalError: return total
    case let .errorSlope(name): return signal(stem: outStem(name), index: outIndex(name))
    case let .activationSlope(name): return fraction(out(name), net(name))
    case let .activationJacobian(outName, netName): return fraction(out(outName), net(netName))
    case .logSumExp: return "\\log \\sum_{k} e^{" + withExample(preset.net + "_{k}") + "}"
    case let .delta(name): return delta(name)
    case let .deltaByChain(name): return signal(stem: preset.net, index: index(name))
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
    case let .totalErrorAfterEpoch(epoch): return superscripted(preset.total, after("\\mathrm{epoch}\\ \(epoch)"))
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
  func generic(_ stem: String) -> String { stem + Self.fill(preset.neuronIndex, name: "j", layer: "l", position: "j") }

  /// The symbol of the error signal of the net input: δ, dz, z̄, ∂J/∂a, or Err with `errorTerm`.
  func delta(_ name: String) -> String {
    if errorTerm { return withExample("\\mathrm{Err}" + index(name)) }
    if let delta = preset.delta { return withExample(neurons[name]?.delta ?? neuron(delta, name)) }
    return signal(stem: preset.net, index: index(name))
  }

  func net(_ name: String) -> String { withExample(neurons[name]?.net ?? preset.net + index(name)) }
  func out(_ name: String) -> String {
    guard let neuron = neurons[name] else { return withExample(preset.out + index(name)) }
    return withExample(neuron.outStem + neuron.outIndex)
  }

  /// The total error (of the current example, when there is one).
  private var total: String { withExample(preset.total) }

  /// `symbol` marked as belonging to the current data-set example, if any.
  fileprivate func withExample(_ symbol: String) -> String {
    guard let example else { return symbol }
    return superscripted(symbol, preset.exampleIndex.replacing("{e}", with: "\(example)"))
  }

  /// The stem of a neuron's output: the preset's, or the output symbol's part before its index.
  private func outStem(_ name: String) -> String { neurons[name]?.outStem ?? preset.out }

  private func outIndex(_ name: String) -> String { neurons[name]?.outIndex ?? index(name) }

  /// The preset's neuron index filled in for a neuron: `_{h1}`, `^{[2]}_{1}`.
  private func index(_ name: String) -> String { neurons[name]?.index ?? neuron(preset.neuronIndex, name) }

  private func parameter(_ name: String) -> String { parameterSymbols[name] ?? Self.nameSymbol(name) }

  /// ∂E/∂p as the preset writes it: a fraction, `dW^{[2]}_{11}` or `\bar{w}^{(2)}_{11}`.
  private func parameterSignal(_ name: String) -> String {
    let symbol = parameter(name)
    // A fraction takes the symbol whole: no need to split it into stem and index.
    if preset.errorSignals == .fractions { return fraction(total, symbol) }
    let end = symbol.utf8.firstIndex { $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "^") } ?? symbol.endIndex
    return signal(stem: String(symbol[..<end]), index: String(symbol[end...]), ofExampleQuantity: false)
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

  private func after(_ step: some CustomStringConvertible) -> String { preset.afterStep.replacing("{s}", with: step.description) }

  /// A pattern filled in for a name that is no neuron of the network (layer and position 0).
  private func neuron(_ pattern: String, _ name: String) -> String {
    Self.fill(pattern, name: name, layer: "0", position: "0")
  }

  func fraction(_ top: String, _ bottom: String) -> String {
    "\\frac{\\partial \(top)}{\\partial \(bottom)}"
  }

  /// `symbol` with a superscript. When it already has one, the new superscript goes on an empty
  /// group after it (`W^{[2]}_{11}{}^{+}`): TeX would unwrap `{\bar{z}^{(1)}}` and report a double
  /// superscript, so bracing the symbol is not enough.
  private func superscripted(_ symbol: String, _ superscript: String) -> String {
    symbol.utf8.contains(UInt8(ascii: "^")) ? "{\(symbol)}{}\(superscript)" : symbol + superscript
  }
}

/// The symbols of one neuron that do not depend on the example, made once per notation.
private struct NeuronSymbols {
  let isOutput: Bool
  /// The neuron index: `_{h1}`, `^{[2]}_{1}`.
  let index: String
  let net: String
  let outStem: String
  let outIndex: String
  let target: String
  let errorTerm: String
  /// δ in a preset that writes one, else nil.
  let delta: String?

  init(_ preset: NotationPreset, name: String, layer: Int, position: Int, isOutput: Bool) {
    func fill(_ pattern: String) -> String {
      Notation.fill(pattern, name: name, layer: "\(layer)", position: "\(position)")
    }
    self.isOutput = isOutput
    index = fill(preset.neuronIndex)
    net = preset.net + index
    if isOutput, let output = preset.outputOut {
      outStem = String(output.prefix { $0 != "_" && $0 != "^" })
      outIndex = fill(String(output.drop { $0 != "_" && $0 != "^" }))
    } else {
      outStem = preset.out
      outIndex = index
    }
    target = fill(preset.target)
    errorTerm = fill(preset.errorTerm)
    delta = preset.delta.map(fill)
  }
}

extension Notation {
  /// Fills the placeholders `{n}`, `{l}`, `{j}` of an index pattern, in that order (so a name
  /// `j` put in for `{n}` is then itself a placeholder, as the generic symbols of the conventions
  /// rely on).
  static func fill(_ pattern: String, name: String, layer: String, position: String) -> String {
    replacing(replacing(replacing(pattern, "n", with: name), "l", with: layer), "j", with: position)
  }

  /// `text` with every `{letter}` replaced, left to right: `String.replacing` without its
  /// generic machinery.
  private static func replacing(_ text: String, _ letter: Unicode.Scalar, with replacement: String) -> String {
    let utf8 = text.utf8
    var result = ""
    var copied = utf8.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let middle = utf8.index(after: index)
      guard utf8[index] == UInt8(ascii: "{"), middle < utf8.endIndex, utf8[middle] == UInt8(ascii: letter) else {
        index = middle
        continue
      }
      let close = utf8.index(after: middle)
      guard close < utf8.endIndex, utf8[close] == UInt8(ascii: "}") else {
        index = middle
        continue
      }
      result += text[copied..<index]
      result += replacement
      index = utf8.index(after: close)
      copied = index
    }
    guard copied != utf8.startIndex else { return text }
    result += text[copied...]
    return result
  }
}
