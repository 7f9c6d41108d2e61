extension Notation {
  /// The index of a unit: the layer in the superscript and the position in the subscript
  /// (`^{[l]}_{j}`) in a layered preset, else the name in the subscript (`_{h1}`). The layer
  /// and position may be letters, for the generic symbols of the conventions (`l`, `l-1`, `j`).
  static func index(
    _ preset: NotationPreset, name: String, layer: String, position: String
  ) -> (subscripts: [ScriptPart], superscripts: [ScriptPart]) {
    guard let brackets = preset.layerBrackets else { return ([.text(name)], []) }
    return ([.text(position)], [.layer(layer, brackets)])
  }

  /// A unit's symbol in the preset: `stem` indexed as `index` says.
  static func unit(
    _ stem: MathBase, _ preset: NotationPreset, name: String, layer: String, position: String
  ) -> MathSymbol {
    let index = index(preset, name: name, layer: layer, position: position)
    return MathSymbol(stem, subscripts: index.subscripts, superscripts: index.superscripts)
  }

  /// An input's symbol: by position (`x_{1}`) in a preset that numbers inputs, else the user's
  /// name as a symbol (`i_{1}`, and `x_{1}` for an input named `1`).
  static func input(_ preset: NotationPreset, name: String, position: Int) -> MathSymbol {
    guard let base = preset.input else { return MathSymbol.named(name, unit: .italic("x")) }
    return MathSymbol(base, subscripts: [.text("\(position)")])
  }

  /// A parameter's own name as a symbol: `w5` → `w_{5}`; a name of digits alone becomes the
  /// subscript of `w` for a weight and of `b` for a bias.
  static func userSymbol(_ parameter: Parameter) -> MathSymbol {
    MathSymbol.named(parameter.name, unit: .italic(parameter.role == .bias ? "b" : "w"))
  }

  /// The symbol of every parameter in a preset that indexes by position: a weight or bias used
  /// once gets the preset's stem and indices at that use; a bias shared by exactly the neurons
  /// of one layer gets the layer alone; any other parameter keeps the user's name.
  static func parameterSymbols(_ preset: NotationPreset, network: Network) -> [String: MathSymbol] {
    guard let weightStems = preset.weightStems, let brackets = preset.layerBrackets else { return [:] }
    var weightUses = Array(repeating: [(layer: Int, j: Int, k: Int)](), count: network.parameters.count)
    var biasUses = Array(repeating: [(layer: Int, j: Int)](), count: network.parameters.count)
    for (index, layer) in network.layers.enumerated() {
      for (j, neuron) in layer.neurons.enumerated() {
        for (k, p) in network.neurons[neuron].weights.enumerated() { weightUses[p].append((index, j + 1, k + 1)) }
        if let b = network.neurons[neuron].bias { biasUses[b].append((index, j + 1)) }
      }
    }
    let outputLayer = network.layers.count - 1
    var symbols: [String: MathSymbol] = [:]
    for (p, parameter) in network.parameters.enumerated() {
      let weights = weightUses[p], biases = biasUses[p]
      if biases.isEmpty, weights.count == 1, let use = weights.first {
        let stem = use.layer == outputLayer ? weightStems.output : weightStems.hidden
        let (first, second) = preset.weightOrder == .neuronThenInput ? (use.j, use.k) : (use.k, use.j)
        let separator = use.j > 9 || use.k > 9 ? "," : ""
        symbols[parameter.name] = MathSymbol(
          stem, subscripts: [.text("\(first)\(separator)\(second)")], superscripts: [.layer("\(use.layer + 1)", brackets)])
      } else if weights.isEmpty, let first = biases.first {
        let stem = first.layer == outputLayer ? preset.biasStems.output : preset.biasStems.hidden
        let layer = ScriptPart.layer("\(first.layer + 1)", brackets)
        if biases.count == 1 {
          symbols[parameter.name] = MathSymbol(stem, subscripts: [.text("\(first.j)")], superscripts: [layer])
        } else if biases.allSatisfy({ $0.layer == first.layer }),
          biases.map(\.j) == Array(1...network.layers[first.layer].neurons.count)
        {
          symbols[parameter.name] = MathSymbol(stem, superscripts: [layer])
        }
      }
    }
    return symbols
  }
}
