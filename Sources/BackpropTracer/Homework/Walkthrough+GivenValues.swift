extension Walkthrough {
  /// The part of a derivation that holds only what a problem gives: the conventions (the
  /// formulas, the loss, the learning rate) and the network with its inputs, targets and
  /// parameters (its figure without the neurons' outputs or the updated parameters).
  func addGivenValues(to document: inout some BlockSink) {
    if !isPerceptron { addConventions(to: &document) }
    addNetwork(to: &document, parameterEntries: ParameterEntries(trace), figureShowsComputedValues: false)
  }
}
