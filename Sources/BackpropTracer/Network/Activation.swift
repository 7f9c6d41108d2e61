/// A layer's activation function g: out = g(net).
///
/// Each case names one definition (`ActivationDefinition`, in `Activations/`), which holds
/// everything the project knows about it: its value and slope, their formulas, what a
/// walkthrough says of it and how a computational graph writes it. Every consumer reads that
/// definition; adding an activation is one case here and one definition.
///
/// All but `softmax` act on each neuron alone. `softmax` acts on the whole layer,
/// outᵢ = e^{netᵢ} / Σⱼ e^{netⱼ}, and its slope is the Jacobian ∂outᵢ/∂netⱼ = outᵢ(δᵢⱼ − outⱼ).
public enum Activation: Equatable, Hashable, Sendable {
  /// σ(net) = 1 / (1 + e^(−net)).
  case sigmoid
  /// tanh(net).
  case tanh
  /// ReLU(net) = max(0, net).
  case relu
  /// max(α·net, net) for a small α ≥ 0 (the negative slope).
  case leakyRelu(negativeSlope: Double)
  /// ELU(net) = net for net > 0, else α(e^net − 1).
  case elu(alpha: Double)
  /// softplus(net) = log(1 + e^net), a smooth ReLU.
  case softplus
  /// identity(net) = net: a linear unit.
  case identity
  /// The hard threshold (Heaviside step): 1 when net > 0, else 0. Its derivative is 0 wherever
  /// it exists (everywhere but 0), so no error signal flows back through it.
  case step
  /// The whole-layer normalised exponential.
  case softmax

  /// Does `operation` with this activation's definition, as its own type: the one place that
  /// names the definition of each case. The compiler specialises an operation for every
  /// definition, so that the engine's value and slope cost what a switch over the cases costs.
  @inline(__always) func apply<Operation: ActivationOperation>(_ operation: Operation) -> Operation.Result {
    switch self {
    case .sigmoid: return operation.with(Sigmoid())
    case .tanh: return operation.with(HyperbolicTangent())
    case .relu: return operation.with(ReLU())
    case let .leakyRelu(negativeSlope): return operation.with(LeakyReLU(negativeSlope: negativeSlope))
    case let .elu(alpha): return operation.with(ELU(alpha: alpha))
    case .softplus: return operation.with(Softplus())
    case .identity: return operation.with(Identity())
    case .step: return operation.with(Step())
    case .softmax: return operation.with(Softmax())
    }
  }

  /// The definition of this activation.
  var definition: any ActivationDefinition { apply(Definition()) }

  /// Every activation, in the order messages list them, each with its setting's default.
  public static let all: [Activation] = [
    .sigmoid, .tanh, .relu, .leakyRelu(negativeSlope: LeakyReLU.negativeSlope.defaultValue), .elu(alpha: ELU.alpha.defaultValue),
    .softplus, .identity, .step, .softmax,
  ]

  /// The fixture names of the activations, in the order messages list them.
  public static let names = all.map(\.name)

  /// Every activation that acts on one neuron alone (with the default settings).
  package static let elementwise = all.filter(\.isElementwise)

  /// The usual negative slope of a leaky ReLU when a fixture gives none (PyTorch's default).
  package static let defaultNegativeSlope = LeakyReLU.negativeSlope.defaultValue

  /// The activation a fixture names, with its setting's default; nil for an unknown name.
  public init?(name: String) {
    guard let activation = Self.all.first(where: { $0.name == name }) else { return nil }
    self = activation
  }

  /// The fixture name: `leakyRelu`.
  public var name: String { definition.name }

  /// The name a lecture uses: `sigmoid`, `ReLU`, `leaky ReLU with negative slope 0.01`.
  public var displayName: String { definition.displayName }

  /// The setting a fixture may give for this activation (the leaky ReLU's `negativeSlope`, the
  /// ELU's `alpha`), or nil.
  package var setting: ActivationSetting? { definition.setting }

  /// The setting's key and why the value this activation holds cannot be it (a leaky ReLU's
  /// negative slope of 2, an ELU's alpha of NaN), or nil.
  package var settingProblem: (key: String, problem: String)? {
    let definition = definition
    guard let setting = definition.setting, let value = definition.settingValue, let problem = setting.problem(value) else { return nil }
    return (setting.key, problem)
  }

  /// False for `softmax`, which needs the whole layer (see `softmax(_:from:count:into:at:)`).
  package var isElementwise: Bool { apply(IsElementwise()) }

  /// The value g(net) of an elementwise activation (NaN for `softmax`, which the engine computes
  /// layer by layer).
  public func value(at net: Double) -> Double { apply(Value(net: net)) }

  /// The slope ∂out/∂net of an elementwise activation, from net or out as lectures write it (NaN
  /// for `softmax`, whose slope is a Jacobian: `softmaxSlope`). At a kink the left slope is taken,
  /// as most libraries do.
  public func slope(net: Double, out: Double) -> Double { apply(Slope(net: net, out: out)) }
}

/// Something done with an activation's definition, for any definition (`Activation.apply(_:)`).
protocol ActivationOperation {
  associatedtype Result
  func with<Definition: ActivationDefinition>(_ definition: Definition) -> Result
}

extension Activation {
  private struct Definition: ActivationOperation {
    func with<D: ActivationDefinition>(_ definition: D) -> any ActivationDefinition { definition }
  }

  private struct IsElementwise: ActivationOperation {
    func with<D: ActivationDefinition>(_ definition: D) -> Bool { definition.isElementwise }
  }

  private struct Value: ActivationOperation {
    let net: Double
    func with<D: ActivationDefinition>(_ definition: D) -> Double { definition.value(net) }
  }

  private struct Slope: ActivationOperation {
    let net, out: Double
    func with<D: ActivationDefinition>(_ definition: D) -> Double { definition.slope(net: net, out: out) }
  }
}
