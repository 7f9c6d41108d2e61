extension Walkthrough {
  /// The conventions in the chosen notation: net, out, the error, δ (or Err), the update.
  func addConventions(to document: inout some BlockSink) {
    let network = trace.network
    let preset = notation.preset
    document.add(.heading(level: 2, text: "Conventions"))
    let net = notation.generic(preset.net), out = notation.generic(preset.out)
    let source = preset.out + Notation.fill(preset.neuronIndex, name: "k", layer: "l-1", position: "k")
    let weight = preset.weightStems == nil ? "w_{kj}" : preset.weightStems?.hidden ?? "w"
    let weightIndex = preset.weightStems == nil ? "" : Notation.fill(preset.weightIndex, name: "", layer: "l", position: "j")
    let bias = preset.biasStems.hidden + (preset.weightStems == nil ? "_{j}" : Notation.fill(preset.biasIndex, name: "j", layer: "l", position: "j"))
    let target = preset.target.replacing("{n}", with: "o").replacing("{j}", with: "o")
    let output = (preset.outputOut ?? (preset.out + preset.neuronIndex)).replacing("{n}", with: "o")
      .replacing("{j}", with: "o").replacing("{l}", with: "L")
    let activations = Array(Set(network.layers.map(\.activation.displayName))).sorted().joined(separator: ", ")
    let rate = preset.learningRate
    var items: [[Document.Inline]] = [
      [
        .math("\(net) = \(bias) + \\sum_{k} \(weight)\(weightIndex.replacing("{k}", with: "k")) \(source)"),
        .text(": the net input of neuron j is its bias plus the weighted outputs of the units k that feed it (inputs count as units whose output is their value)."),
      ],
      [.math("\(out) = g(\(net))"), .text(" with g = \(activations).")],
    ]
    guard !isEvaluation else {
      document.add(.list(items))
      return
    }
    items += [
      [
        .math(network.loss.totalErrorFormula(total: preset.total, target: target, output: output)),
        .text(": the error, " + network.loss.displayName + "."),
      ],
    ]
    let genericDelta = notation.errorTerm
      ? "\\mathrm{Err}" + Notation.fill(preset.neuronIndex, name: "j", layer: "l", position: "j")
      : preset.delta.map { Notation.fill($0, name: "j", layer: "l", position: "j") }
        ?? notation.signal(stem: preset.net, index: Notation.fill(preset.neuronIndex, name: "j", layer: "l", position: "j"))
    let sign = notation.errorTerm ? "-" : ""
    items.append([
      .math("\(genericDelta) = \(sign)\(notation.fraction(preset.total, net))"),
      .text(notation.errorTerm
        ? ": the error term of neuron j, the negative of its error signal (the convention of some textbooks). Only the sign shown differs: the numbers are those of the error signal with the opposite sign."
        : ": the error signal of neuron j, the product of the error's slope with respect to its output and the slope of its activation."),
    ])
    switch preset.errorSignals {
    case .fractions: break
    case .prefixedD: items.append([.math("dX"), .text(" stands for "), .math(notation.fraction(preset.total, "X")), .text(" for any quantity X.")])
    case .bars: items.append([.math("\\bar{X}"), .text(" (the error signal of X) stands for "), .math(notation.fraction(preset.total, "X")), .text(".")])
    }
    let update: Document.Inline =
      notation.errorTerm
      ? .math("p^{+} = p + \(rate) \\times \(genericDelta) \\times \(source)")
      : .math("p^{+} = p - \(rate) \\times \(notation.fraction(preset.total, "p"))")
    items.append([
      update, .text(" with "), .math("\(rate) = \(format.tex(network.learningRate))"),
      .text("; every gradient is computed with the parameters as they were before the update."),
    ])
    items += trainingConventions()
    let frozen = network.parameters.filter { !$0.isTrainable }.map(\.name)
    if !frozen.isEmpty { items.append([.text("Frozen (not updated): " + frozen.joined(separator: ", ") + ".")]) }
    document.add(.list(items))
  }
}

extension Walkthrough {
  /// The conventions of the training plan, read from the layout: examples, optimizer, decay.
  func trainingConventions() -> [[Document.Inline]] {
    var items: [[Document.Inline]] = []
    let layout = trace.layout
    let rate = notation.preset.learningRate
    if isDataSet {
      let mean = layout.sections.first { $0.kind == .batch }.map { layout.derivations[$0.entries.lowerBound] }
      let combination: String
      if case .mean = mean { combination = "mean" } else { combination = "sum" }
      let order: String
      switch trace.plan.order {
      case .inOrder: order = "Each epoch visits the examples in order"
      case let .shuffled(seed): order = "Each epoch visits the examples in a fresh order, shuffled by SplitMix64 seeded with \(seed) (so the run repeats exactly)"
      }
      let size = trace.plan.batchSize
      items.append([
        .text("\(order), \(size == 1 ? "one example" : "\(size) examples") per step; a step's error and gradients are the \(combination) of its examples' values. A superscript "),
        .math(notation.preset.exampleIndex.replacing("{e}", with: "k").replacing("^", with: "")),
        .text(" marks a value of example k of the data set."),
      ])
    }
    if let velocity = layout.derivations.first(where: { if case .velocity = $0 { return true } else { return false } }),
      case let .velocity(_, _, _, _, averaged) = velocity
    {
      items.append([
        .math(averaged ? "v^{+} = \\mu v + (1 - \\mu) g, \\quad p^{+} = p - \(rate) v^{+}" : "v^{+} = \\mu v - \(rate) g, \\quad p^{+} = p + v^{+}"),
        .text(": momentum, with g the gradient, every velocity v starting at 0, and "),
        .math("\\mu = \(format.tex(trace[Quantity.momentum.key] ?? 0))"), .text("."),
      ])
    }
    if layout.position(of: Quantity.penalty.key) != nil {
      items.append([
        .math("\\tilde{J} = \(notation.preset.total) + \\Omega, \\quad \\Omega = \\frac{\\lambda}{2} \\sum w^{2}"),
        .text(": weight decay over the weights (not the biases), so a weight's gradient gains "),
        .math("\\lambda w"), .text(" with "), .math("\\lambda = \(format.tex(trace[Quantity.weightDecay.key] ?? 0))"), .text("."),
      ])
    }
    if trace.network.layers.contains(where: { $0.activation == .softmax }) {
      items.append([
        .math("\\mathrm{softmax}_{i} = e^{z_{i}} / \\sum_{k} e^{z_{k}}"),
        .text(" acts on a whole layer; its slope is the Jacobian "),
        .math("\\partial \\mathrm{softmax}_{i} / \\partial z_{j} = \\mathrm{softmax}_{i} (\\delta_{ij} - \\mathrm{softmax}_{j})"),
        .text(". It is computed with the largest net input subtracted first, which changes nothing but the risk of overflow."),
      ])
    }
    return items
  }
}
