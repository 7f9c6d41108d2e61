/// A deliberate deviation from the correct step: one of the mistakes students commonly make, or
/// a convention some published walkthroughs used without saying so.
///
/// A variant produces a trace with the same layout (and so the same keys) as the correct one, so
/// its values can be compared with a student's answer for answer. It is computed by the core
/// itself, replaying the record (`ReplayingLedger`): the core makes each mistake where it is made
/// (`Backpropagation`, at the lines marked "Variant"), and computes everything after from it;
/// `targetsSwapped` alone is made in the given values the replay starts from. Lecturers can trace a variant
/// on purpose (`backprop-trace trace FIXTURE --variant NAME`); the verifier recomputes under each
/// variant to name the mistake that best explains a student's wrong numbers.
///
/// The variant is declared here, below the fixture reader, the trace and the engine, which all
/// name it; what it is called in prose (`summary`) and how a walkthrough announces it are
/// Verification's (`Variant+Summary.swift`, `Variant+Walkthrough.swift`).
package enum Variant: String, CaseIterable, Sendable {
  /// Every net input leaves out the bias: net = Σ w·x.
  case biasOmitted = "bias-omitted"
  /// The sigmoid is computed as 1/(1 + e^{+net}): the sign of the exponent is lost (the slip
  /// printed in seed 000). Its slope is still taken as out·(1 − out).
  case sigmoidSignLost = "sigmoid-sign-lost"
  /// The error has no ½: every error term and every ∂E/∂out is twice the correct one.
  case lossWithoutHalf = "loss-without-half"
  /// The update adds the gradient: p ← p + η·∂E/∂p.
  case gradientAdded = "gradient-added"
  /// δ leaves out the activation's slope: δ = ∂E/∂out, and every chain rule drops ∂out/∂net.
  case slopeOmitted = "slope-omitted"
  /// The hidden layer is backpropagated through the already-updated weights of the layer above.
  case updatedOutputWeights = "updated-output-weights"
  /// The update leaves out the learning rate: p ← p − ∂E/∂p.
  case learningRateOmitted = "learning-rate-omitted"
  /// The targets are matched to the wrong outputs (their order reversed: t1 and t2 swapped).
  case targetsSwapped = "targets-swapped"

  /// The variant's name on the command line: `bias-omitted`.
  package var name: String { rawValue }
}
