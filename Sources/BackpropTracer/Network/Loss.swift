/// The error E that training minimises, as a sum of one term per output neuron.
///
/// Each case names one definition (`LossDefinition`, in `Losses/`), which holds everything the
/// project knows about it: its term and slope, their formulas, its name in a lecture and how a
/// computational graph writes it. With n outputs, targets t, outputs o and net inputs z of the
/// output layer:
/// - `halfSquaredError`: E = Σ ½(t − o)², ∂E/∂o = −(t − o) (seed 000's convention);
/// - `squaredError`: E = Σ (t − o)², ∂E/∂o = −2(t − o);
/// - `meanSquaredError`: E = (1/n) Σ (t − o)², ∂E/∂o = −(2/n)(t − o);
/// - `binaryCrossEntropy` (sigmoid outputs): E = −Σ [t log o + (1 − t) log(1 − o)],
///   ∂E/∂o = (o − t) / (o(1 − o)), and with the sigmoid's slope δ = o − t;
/// - `crossEntropy` (a softmax output layer, one-hot or class targets): E = −Σ t log o,
///   ∂E/∂o = −t/o, and through the softmax δ = o − t;
/// - `output` (a circuit, no targets): E = Σ o, ∂E/∂o = 1, so every gradient is the output's.
///
/// The cross-entropies are computed from the net inputs so that no logarithm of 0 is ever taken:
/// log σ(z) = −softplus(−z), log(1 − σ(z)) = −softplus(z), log softmaxᵢ(z) = zᵢ − log Σⱼ e^{zⱼ}.
public enum Loss: String, CaseIterable, Sendable {
  case halfSquaredError
  case squaredError
  case meanSquaredError
  case binaryCrossEntropy
  case crossEntropy
  case output

  /// Does `operation` with this loss's definition, as its own type: the one place that names the
  /// definition of each case (specialised by the compiler for each, as for `Activation`).
  @inline(__always) func apply<Operation: LossOperation>(_ operation: Operation) -> Operation.Result {
    switch self {
    case .halfSquaredError: return operation.with(SquaredError(.half))
    case .squaredError: return operation.with(SquaredError(.full))
    case .meanSquaredError: return operation.with(SquaredError(.mean))
    case .binaryCrossEntropy: return operation.with(BinaryCrossEntropy())
    case .crossEntropy: return operation.with(CrossEntropy())
    case .output: return operation.with(OutputItself())
    }
  }

  /// The definition of this loss.
  var definition: any LossDefinition { apply(Definition()) }

  /// The name a lecture uses: `half the sum of squared errors`.
  public var displayName: String { definition.displayName }

  /// False for `output`, whose examples give no targets.
  public var usesTargets: Bool { definition.usesTargets }

  /// The activation the output layer must have for this loss, if any.
  package var requiredOutputActivation: Activation? { apply(RequiredOutputActivation()) }

  /// True when δ of an output neuron simplifies to o − t (cross-entropy with its matching
  /// activation); the engine then uses o − t and records the full chain beside it.
  package var simplifiesDelta: Bool { requiredOutputActivation != nil }

  /// The term E_o that one output contributes to E.
  ///
  /// `net` is the output's net input and `logSumExp` the output layer's log Σ e^{net}; only the
  /// cross-entropies use them.
  package func term(target: Double, output: Double, net: Double, logSumExp: Double, outputCount: Int) -> Double {
    apply(Term(target: target, output: output, net: net, logSumExp: logSumExp, outputCount: outputCount))
  }

  /// The partial derivative ∂E/∂o of E with respect to one output.
  ///
  /// For the cross-entropies this is infinite when the output is exactly 0 or 1 (the engine then
  /// reports it); a zero target contributes exactly 0 to the categorical one.
  package func slope(target: Double, output: Double, outputCount: Int) -> Double {
    apply(Slope(target: target, output: output, outputCount: outputCount))
  }
}

/// Something done with a loss's definition, for any definition (`Loss.apply(_:)`).
protocol LossOperation {
  associatedtype Result
  func with<Definition: LossDefinition>(_ definition: Definition) -> Result
}

extension Loss {
  private struct Definition: LossOperation {
    func with<D: LossDefinition>(_ definition: D) -> any LossDefinition { definition }
  }

  private struct RequiredOutputActivation: LossOperation {
    func with<D: LossDefinition>(_ definition: D) -> Activation? { definition.requiredOutputActivation }
  }

  private struct Term: LossOperation {
    let target, output, net, logSumExp: Double, outputCount: Int
    func with<D: LossDefinition>(_ definition: D) -> Double {
      definition.term(target: target, output: output, net: net, logSumExp: logSumExp, outputCount: outputCount)
    }
  }

  private struct Slope: LossOperation {
    let target, output: Double, outputCount: Int
    func with<D: LossDefinition>(_ definition: D) -> Double {
      definition.slope(target: target, output: output, outputCount: outputCount)
    }
  }
}
