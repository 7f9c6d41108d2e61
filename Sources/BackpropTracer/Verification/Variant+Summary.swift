extension Variant {
  /// What the variant does, as a phrase that completes "The … ": used in reports and help.
  package var summary: String {
    switch self {
    case .biasOmitted: return "bias left out of every net input"
    case .sigmoidSignLost: return "sigmoid computed as 1/(1 + e^net), with the exponent's sign lost"
    case .lossWithoutHalf: return "error taken without the ½, so every error term and ∂E/∂out doubles"
    case .gradientAdded: return "gradient added in the update instead of subtracted"
    case .slopeOmitted: return "activation's slope ∂out/∂net (σ′) left out of every chain rule"
    case .updatedOutputWeights: return "hidden layer backpropagated through the already-updated weights of the layer above"
    case .learningRateOmitted: return "learning rate left out of the update"
    case .targetsSwapped: return "targets matched to the wrong outputs (their order reversed)"
    }
  }
}
