extension Notation {
  /// The symbol of every parameter in a preset that indexes by position: a weight or bias used
  /// once gets the preset's pattern at that use; a bias shared by exactly the neurons of one
  /// layer gets the shared pattern; any other parameter keeps the user's name.
  static func parameterSymbols(_ preset: NotationPreset, network: Network) -> [String: String] {
    guard let weightStems = preset.weightStems else { return [:] }
    var weightUses = Array(repeating: [(layer: Int, j: Int, k: Int)](), count: network.parameters.count)
    var biasUses = Array(repeating: [(layer: Int, j: Int)](), count: network.parameters.count)
    for (index, layer) in network.layers.enumerated() {
      for (j, neuron) in layer.neurons.enumerated() {
        for (k, p) in network.neurons[neuron].weights.enumerated() { weightUses[p].append((index, j + 1, k + 1)) }
        if let b = network.neurons[neuron].bias { biasUses[b].append((index, j + 1)) }
      }
    }
    let outputLayer = network.layers.count - 1
    var symbols: [String: String] = [:]
    for (p, parameter) in network.parameters.enumerated() {
      let weights = weightUses[p], biases = biasUses[p]
      if biases.isEmpty, weights.count == 1, let use = weights.first {
        let stem = use.layer == outputLayer ? weightStems.output : weightStems.hidden
        let separator = use.j > 9 || use.k > 9 ? "," : ""
        symbols[parameter.name] =
          stem
          + preset.weightIndex.replacing("{l}", with: "\(use.layer + 1)")
          .replacing("{j}{k}", with: "\(use.j)\(separator)\(use.k)").replacing("{k}{j}", with: "\(use.k)\(separator)\(use.j)")
      } else if weights.isEmpty, let first = biases.first {
        let stem = first.layer == outputLayer ? preset.biasStems.output : preset.biasStems.hidden
        let wholeLayer = biases.map(\.j) == Array(1...network.layers[first.layer].neurons.count)
          && biases.allSatisfy { $0.layer == first.layer }
        let pattern = biases.count == 1 ? preset.biasIndex : wholeLayer ? preset.sharedBiasIndex : nil
        symbols[parameter.name] = pattern.map {
          stem + $0.replacing("{l}", with: "\(first.layer + 1)").replacing("{j}", with: "\(first.j)")
        }
      }
    }
    return symbols
  }

  private static let greekLetters: Set<String> = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
  ]

  /// A name as a symbol: letters then digits become a subscripted letter (`w5` → `w_{5}`,
  /// `theta4` → `\theta_{4}`, `w14` → `w_{14}`); a name of digits alone stays as it is; any other
  /// name is set upright (`\mathrm{bias}`).
  public static func nameSymbol(_ name: String) -> String {
    if let symbol = asciiNameSymbol(name) { return symbol }
    let letters = name.prefix { $0.isLetter }
    let digits = name.dropFirst(letters.count)
    guard digits.allSatisfy(\.isNumber) else { return "\\mathrm{\(name)}" }
    let stem: String
    if letters.isEmpty {
      return String(digits)
    } else if greekLetters.contains(String(letters)) {
      stem = "\\" + letters
    } else if letters.count == 1 {
      stem = String(letters)
    } else {
      stem = "\\mathrm{\(letters)}"
    }
    return digits.isEmpty ? stem : "\(stem)_{\(digits)}"
  }

  /// `nameSymbol` for a name of ASCII letters followed by ASCII digits (every generated name),
  /// without going through `Character`; nil for any other name.
  private static func asciiNameSymbol(_ name: String) -> String? {
    let utf8 = name.utf8
    func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
    func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
    let letterCount = utf8.prefix(while: isLetter).count
    guard letterCount > 0, utf8.dropFirst(letterCount).allSatisfy(isDigit) else { return nil }
    let letters = String(name.utf8.prefix(letterCount)) ?? name
    let digits = String(name.utf8.dropFirst(letterCount)) ?? ""
    let stem =
      letterCount == 1 ? letters : greekLetters.contains(letters) ? "\\" + letters : "\\mathrm{" + letters + "}"
    return digits.isEmpty ? stem : stem + "_{" + digits + "}"
  }
}
