/// Everything the project knows about one loss, in one place: the term E_o each output adds to
/// the error and its slope ∂E/∂o (the engine's arithmetic, the untraced kernel's too), their
/// formulas as expression trees that every syntax prints, the definition of the total error the
/// conventions state, its name in a lecture, and how a computational graph writes a term.
///
/// The formulas take the target and the output as formulas (symbols, or substituted, values)
/// and say how each is written when substituted.
protocol LossDefinition: Sendable {
  /// The name a lecture uses: `half the sum of squared errors`.
  var displayName: String { get }
  /// The activation the output layer must have (the cross-entropies'), or nil.
  var requiredOutputActivation: Activation? { get }
  /// False for a loss of the outputs alone (`OutputItself`): the examples give no targets.
  var usesTargets: Bool { get }

  /// E_o of one output; `net` and `logSumExp` (log Σ e^net over the outputs) for the
  /// cross-entropies, which are computed from them.
  func term(target: Double, output: Double, net: Double, logSumExp: Double, outputCount: Int) -> Double
  /// ∂E/∂o of one output.
  func slope(target: Double, output: Double, outputCount: Int) -> Double

  /// E_o as a formula: `\frac{1}{2}(t - o)^{2}`.
  func termFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula
  /// ∂E/∂o as a formula: `-(t - o)`.
  func slopeFormula(target: MathFormula, output: MathFormula, outputCount: Int) -> MathFormula
  /// The total error over every output o: `\sum_{o} \frac{1}{2}(t_{o} - o_{o})^{2}`.
  func totalFormula(target: MathFormula, output: MathFormula) -> MathFormula

  /// How `slopeFormula` follows from `termFormula`, step by step, in symbols.
  func slopeDerivation(target: MathFormula, output: MathFormula, outputCount: Int) -> SlopeDerivation

  /// E_o in the formula language of computational graphs (`Graph/`), of the graph names of the
  /// target and the output.
  func graphFormula(target: String, output: String, outputCount: Int) -> String
}

extension LossDefinition {
  var requiredOutputActivation: Activation? { nil }
  var usesTargets: Bool { true }
}
