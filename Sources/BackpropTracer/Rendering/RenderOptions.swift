/// What a lecturer chooses about a derivation: notation, precision, how much is derived, and
/// whether intermediates are rounded as in a hand computation.
public struct RenderOptions: Equatable, Sendable {
  /// How much of the backward pass and the update is derived step by step.
  public enum Detail: String, CaseIterable, Sendable {
    /// Every quantity derived: formula → numbers → result.
    case full
    /// Between full and summary, for a handout: one neuron and one weight per layer derived in
    /// full, every other quantity on one row (symbol = numbers = result), only those updates
    /// derived (the others in the table).
    case compact
    /// One neuron and one weight per layer derived in full (as seed 000 derives w5 and w1); the
    /// other values in tables.
    case summary
    /// Values only, in tables.
    case tables
  }

  /// The notation.
  public var notation: NotationPreset
  /// Present δ as the error term Err = −∂E/∂net (and the update as w ← w + η·Err·out).
  public var errorTerm: Bool
  /// How numbers are printed.
  public var format: NumberFormat
  /// How much is derived.
  public var detail: Detail
  /// Round every printed intermediate before it is used (a hand computation), and show the
  /// drift from full precision at the end.
  public var roundedIntermediates: Bool
  /// When set, only these neurons and parameters (by name) are derived and every other section
  /// is left out: a readable excerpt of a large network (`--only h1,w5`).
  public var only: [String]?
  /// Derive each slope the derivation uses (of each activation and of the loss) from its
  /// definition, once, where it is first needed; false for the bare derivation (`--no-explain`).
  public var explain: Bool
  /// Draw each layer's biases as a unit "+1" feeding the layer (`--figure bias-nodes`), instead
  /// of a label under each neuron.
  public var biasNodes: Bool
  /// Before each weight's gradient, the network figure with that weight's edge highlighted: a
  /// slide deck's step (set by the Beamer renderer).
  public var highlightsSteps = false

  /// Creates options; the defaults give the full derivation of seed 000 in the mazur notation.
  public init(
    notation: NotationPreset = .mazur, errorTerm: Bool = false, format: NumberFormat = .standard,
    detail: Detail = .full, roundedIntermediates: Bool = false, only: [String]? = nil,
    explain: Bool = true, biasNodes: Bool = false
  ) {
    self.explain = explain
    self.biasNodes = biasNodes
    self.only = only
    self.notation = notation
    self.errorTerm = errorTerm
    self.format = format
    self.detail = detail
    self.roundedIntermediates = roundedIntermediates
  }
}
