extension Walkthrough {
  /// The part of a derivation that holds only what a problem gives: the conventions (the
  /// formulas, the loss, the learning rate; for the perceptron rule, the rule) and the network
  /// with its inputs, targets and parameters (its figure without the neurons' outputs or the
  /// updated parameters).
  func addGivenValues(to document: inout some BlockSink) {
    if isPerceptron {
      document.add(.heading(level: 2, text: "The perceptron rule"))
      document.add(perceptronRule())
    } else {
      addConventions(to: &document)
    }
    addNetwork(to: &document, parameterEntries: ParameterEntries(trace), figureShowsComputedValues: false)
  }
}
