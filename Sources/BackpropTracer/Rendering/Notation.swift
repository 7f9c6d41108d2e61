/// How quantities are written as TeX math symbols: the lecture's notation.
///
/// `mazur` is the notation of seed 000 and of M. Mazur's walkthrough it follows: net/out,
/// E_total, target, w⁺ for an updated weight. Symbols are built from the user's names, which
/// are letters and digits only, so they are always safe to place in TeX.
public struct Notation: Sendable {
  /// The name of the preset: `mazur`.
  public let name: String
  private let outputs: Set<String>
  /// The data-set example whose quantities are being written, shown as a superscript `(k)`.
  private var example: Int?

  /// The notation of seed 000 (net/out, E_total, δ, w⁺), for a network whose output neurons
  /// are `outputs` (their shares of a hidden neuron's error are written ∂E_o1/∂out_h1).
  public static func mazur(outputs: Set<String>) -> Notation {
    Notation(name: "mazur", outputs: outputs, example: nil)
  }

  /// The TeX symbol of a quantity.
  public func symbol(_ quantity: Quantity) -> String {
    switch quantity {
    case let .input(name): return Self.nameSymbol(name) + exampleMark
    case let .parameter(name): return Self.nameSymbol(name)
    case let .target(name): return "\\mathrm{target}_{\(name)}" + exampleMark
    case .learningRate: return "\\eta"
    case let .net(name): return net(name)
    case let .out(name): return out(name)
    case let .errorTerm(name): return "E_{\(name)}" + exampleMark
    case .totalError: return total
    case let .errorSlope(name): return fraction(total, out(name))
    case let .activationSlope(name): return fraction(out(name), net(name))
    case let .activationJacobian(out, net): return fraction(self.out(out), self.net(net))
    case .logSumExp: return "\\log \\sum_{k} e^{\\mathrm{net}_{k}" + exampleMark + "}"
    case let .delta(name): return "\\delta_{\(name)}" + exampleMark
    case let .deltaByChain(name): return fraction(total, net(name))
    case let .netSlopeParameter(neuron, parameter): return fraction(net(neuron), Self.nameSymbol(parameter))
    case let .netSlopeOut(consumer, source): return fraction(net(consumer), out(source))
    case let .errorSlopeVia(source, consumer):
      if outputs.contains(consumer) { return fraction("E_{\(consumer)}" + exampleMark, out(source)) }
      return "\\left." + fraction(total, out(source)) + "\\right\\vert_{\\mathrm{via}\\ \(consumer)}"
    case let .gradient(name): return fraction(total, Self.nameSymbol(name))
    case let .gradientVia(parameter, neuron):
      return "\\left." + fraction(total, Self.nameSymbol(parameter)) + "\\right\\vert_{\\mathrm{via}\\ \(neuron)}"
    case let .updated(name): return Self.nameSymbol(name) + "^{+}"
    case .momentum: return "\\mu"
    case .weightDecay: return "\\lambda"
    case let .velocity(name): return "v_{\(Self.nameSymbol(name))}"
    case let .updatedVelocity(name): return "v_{\(Self.nameSymbol(name))}^{+}"
    case .penalty: return "\\Omega"
    case .objective: return "J"
    case let .penaltySlope(name): return "\\frac{\\partial \\Omega}{\\partial \(Self.nameSymbol(name))}"
    case let .objectiveGradient(name): return "\\frac{\\partial J}{\\partial \(Self.nameSymbol(name))}"
    case let .totalErrorAfterStep(step): return "E_{\\mathrm{total}}^{\\langle \(step) \\rangle}"
    case let .parameterAfterStep(name, step): return Self.nameSymbol(name) + "^{\\langle \(step) \\rangle}"
    case let .ofExample(inner, example):
      var scoped = self
      scoped.example = example
      return scoped.symbol(inner)
    }
  }

  private var exampleMark: String { example.map { "^{(\($0))}" } ?? "" }
  private var total: String { "E_{\\mathrm{total}}" + exampleMark }
  private func net(_ name: String) -> String { "\\mathrm{net}_{\(name)}" + exampleMark }
  private func out(_ name: String) -> String { "\\mathrm{out}_{\(name)}" + exampleMark }
  private func fraction(_ top: String, _ bottom: String) -> String {
    "\\frac{\\partial \(top)}{\\partial \(bottom)}"
  }

  private static let greekLetters: Set<String> = [
    "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
    "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi", "psi", "omega",
  ]

  /// A name as a symbol: letters then digits become a subscripted letter (`w5` → `w_{5}`,
  /// `theta4` → `\theta_{4}`, `w14` → `w_{14}`); a name of digits alone stays as it is; any other
  /// name is set upright (`\mathrm{bias}`).
  public static func nameSymbol(_ name: String) -> String {
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
}
