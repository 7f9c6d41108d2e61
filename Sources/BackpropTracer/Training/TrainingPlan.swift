/// How a run trains: which examples each step uses, how their gradients combine, and how the
/// parameters move.
public struct TrainingPlan: Equatable, Sendable {
  /// How the per-example errors and gradients of a batch are combined.
  public enum Reduction: String, Equatable, Sendable, CaseIterable {
    /// Added up: E = Σ E_k, ∂E/∂p = Σ ∂E_k/∂p.
    case sum
    /// Averaged: E = (1/m) Σ E_k, ∂E/∂p = (1/m) Σ ∂E_k/∂p (seed 003's Δ/m).
    case mean
  }

  /// The order in which each epoch visits the examples.
  public enum Order: Equatable, Sendable {
    /// As listed in the data set, every epoch.
    case inOrder
    /// A fresh permutation every epoch, drawn from a seeded generator (so runs repeat exactly).
    case shuffled(seed: UInt64)
  }

  /// How the parameters move once the gradient is known.
  public enum Optimizer: Equatable, Sendable {
    /// p ← p − η·g.
    case sgd
    /// v ← μv − η·g, p ← p + v (seed 003's momentum).
    case momentum(Double)
    /// v ← μv + (1 − μ)·g, p ← p − η·v (the averaging variant).
    case averagedMomentum(Double)

    /// μ, or nil for plain SGD.
    public var coefficient: Double? {
      switch self {
      case .sgd: return nil
      case let .momentum(mu), let .averagedMomentum(mu): return mu
      }
    }
  }

  /// Examples per step; the whole data set when it is at least its size.
  public var batchSize: Int
  /// How a batch's errors and gradients combine.
  public var reduction: Reduction
  /// The order of the examples in each epoch.
  public var order: Order
  /// The update rule.
  public var optimizer: Optimizer
  /// λ of the weight-decay penalty λ/2 Σ w² over the weights (not the biases), or nil for none.
  public var weightDecay: Double?
  /// When the error over the data set is recorded: after every epoch (the default) or step.
  public var errorRecording: ErrorRecording

  /// Creates a plan.
  public init(
    batchSize: Int = 1, reduction: Reduction = .mean, order: Order = .inOrder, optimizer: Optimizer = .sgd,
    weightDecay: Double? = nil, errorRecording: ErrorRecording = .everyEpoch
  ) {
    self.batchSize = batchSize
    self.reduction = reduction
    self.order = order
    self.optimizer = optimizer
    self.weightDecay = weightDecay
    self.errorRecording = errorRecording
  }

  /// One example, plain SGD: the setting of seed 000's worked example.
  public static let singleExample = TrainingPlan()
}
