extension Walkthrough {
  /// For a circuit (the loss `output`): the gradient of the output with respect to each input,
  /// derived from the first layer's δ (CS231n's dx). Other losses keep these values in the JSON
  /// export and for `check`, `verify` and quizzes, without a section of their own.
  func addInputGradients(to document: inout some BlockSink) {
    guard derivesInFull(.inputGradients) else { return }
    let sections = trace.layout.sections.filter { $0.kind == .inputGradients }
    guard !sections.isEmpty else { return }
    document.add(.heading(level: 2, text: "Gradients with respect to the inputs"))
    document.add(.paragraph([.text("Each input feeds every neuron of the first layer, so its gradient is the sum of their δ, each times the weight of its connection:")]))
    var example: Int?
    var pending = ValueTable()
    for section in sections {
      markExample(section, current: &example, to: &document)
      add(section, derived: options.detail != .tables && options.only == nil, to: &document, pending: &pending)
    }
    pending.flush(into: &document)
  }

  /// The output layer's outputs after the last of several steps, for up to
  /// `outputsAfterTrainingLimit` examples (the JSON export has every net and out).
  func addOutputsAfterTraining(_ section: TraceSection, to document: inout some BlockSink) {
    let network = trace.network
    let outputs = Set(network.outputLayer.neurons.map { network.neurons[$0].name })
    let shown = section.entries.filter { position in
      switch trace.layout.quantities[position] {
      case let .outAfterStep(name, _), let .ofExample(.outAfterStep(name, _), _): return outputs.contains(name)
      default: return false
      }
    }
    guard !shown.isEmpty else { return }
    let limit = Self.outputsAfterTrainingLimit * outputs.count
    let over = shown.count > limit ? " (the first \(Self.outputsAfterTrainingLimit) examples; the JSON export has every one)" : ""
    document.add(.paragraph([.text("The outputs after step \(trace.steps)\(over):")]))
    let lines = shown.prefix(limit).map { Document.AlignedLine(symbol: writer.symbol(at: $0), steps: [writer.result(at: $0)]) }
    document.add(.aligned(AlignedMath(Array(lines))))
  }

  /// False for the sections of values in other books' conventions that a derivation leaves to
  /// the JSON export, `check`, `verify` and quizzes: Err and e always, the inputs' gradients but
  /// for a circuit (the loss `output`).
  func derivesInFull(_ kind: TraceSection.Kind) -> Bool {
    switch kind {
    case .errorForms: return false
    case .inputGradients: return trace.network.loss == .output
    default: return true
    }
  }

  /// The most examples whose outputs after training a walkthrough lists.
  static let outputsAfterTrainingLimit = 8
}
