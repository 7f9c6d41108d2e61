/// Builds the step-by-step derivation of a trace as a `Document`: title and source, the
/// conventions, the network, the forward pass, the error, the backward pass, the update and the
/// error after training.
///
/// Every equation shows formula → numbers substituted → result, using the values the engine
/// recorded; nothing is recomputed here.
public struct Walkthrough: Sendable {
  /// The record to present.
  public let trace: Trace
  /// How numbers are printed.
  public let format: NumberFormat
  let notation: Notation
  let writer: FormulaWriter

  /// Creates a walkthrough of `trace` in the `mazur` notation.
  public init(trace: Trace, format: NumberFormat = .standard) {
    self.trace = trace
    self.format = format
    let network = trace.network
    notation = .mazur(outputs: Set(network.outputLayer.neurons.map { network.neurons[$0].name }))
    writer = FormulaWriter(trace: trace, notation: notation, format: format)
  }

  /// The whole derivation.
  public func document() -> Document {
    var document = Document()
    document.add(.heading(level: 1, text: trace.title))
    if !trace.source.isEmpty {
      document.add(.paragraph([.emphasis("Source:"), .text(" " + trace.source)]))
    }
    document.add(
      .paragraph([
        .text(
          "Every number below was computed by backprop-trace in double precision and is shown rounded to \(format.decimals) decimals, trailing zeros dropped."
        )
      ]))
    addConventions(to: &document)
    addNetwork(to: &document)
    addForwardPass(to: &document)
    addBackwardPass(to: &document)
    addUpdate(to: &document)
    addTraining(to: &document)
    return document
  }

  func name(_ neuron: Int) -> String { trace.network.neurons[neuron].name }

  func layerTitle(_ index: Int) -> String {
    let network = trace.network
    let layer = network.layers[index]
    let names = layer.neurons.map(name).joined(separator: ", ")
    let role = index == network.layers.count - 1 ? "Output layer" : "Hidden layer \(index + 1)"
    return "\(role): \(names) (\(layer.activation.displayName))"
  }

  /// The aligned line of the entry at `position`: symbol = formula = substituted = result.
  func line(_ position: Int) -> Document.AlignedLine {
    let formula = writer.formula(at: position)
    return Document.AlignedLine(
      symbol: formula.symbol, steps: [formula.formula, formula.substituted].compactMap { $0 } + [formula.result])
  }

  func lines(_ positions: Range<Int>) -> Document.Block {
    .aligned(positions.map(line))
  }

  private func addConventions(to document: inout Document) {
    let network = trace.network
    document.add(.heading(level: 2, text: "Conventions"))
    let activations = network.layers.map(\.activation)
    var items: [[Document.Inline]] = [
      [
        .math("\\mathrm{net}_{j} = b_{j} + \\sum_{i} w_{ij} \\mathrm{out}_{i}"),
        .text(": the net input of neuron j is its bias plus the weighted outputs of the units that feed it (inputs count as units whose output is their value)."),
      ],
      [.math("\\mathrm{out}_{j} = g(\\mathrm{net}_{j})"), .text(" with g = " + Array(Set(activations.map(\.displayName))).sorted().joined(separator: ", ") + ".")],
      [.math(network.loss.totalErrorFormula), .text(": the error, " + network.loss.displayName + ".")],
      [
        .math("\\delta_{j} = \\frac{\\partial E_{\\mathrm{total}}}{\\partial \\mathrm{net}_{j}}"),
        .text(": the error signal of neuron j, the product of the error's slope with respect to its output and the slope of its activation."),
      ],
      [
        .math("p^{+} = p - \\eta \\times \\frac{\\partial E_{\\mathrm{total}}}{\\partial p}"),
        .text(" with "), .math("\\eta = \(format.tex(network.learningRate))"),
        .text("; every gradient is computed with the parameters as they were before the update."),
      ],
    ]
    let frozen = network.parameters.filter { !$0.isTrainable }.map(\.name)
    if !frozen.isEmpty {
      items.append([.text("Frozen (not updated): " + frozen.joined(separator: ", ") + ".")])
    }
    document.add(.list(items))
  }

  private func addNetwork(to document: inout Document) {
    let network = trace.network
    document.add(.heading(level: 2, text: "The network"))
    var items: [[Document.Inline]] = [
      [.text("Inputs: ")] + valueList(network.inputNames.map(Quantity.input))
    ]
    for index in network.layers.indices { items.append([.text(layerTitle(index))]) }
    let outputs = network.outputLayer.neurons
    items.append([.text("Targets: ")] + valueList(outputs.map { Quantity.target(name($0)) }))
    document.add(.list(items))
    let uses = ParameterUses(network)
    let rows: [[[Document.Inline]]] = network.parameters.enumerated().map { p, parameter in
      [
        [.math(Notation.nameSymbol(parameter.name))],
        [.text(parameter.role.rawValue)],
        [.text(uses.describe(p))],
        [.math(format.tex(parameter.value))],
        [.text(parameter.isTrainable ? "yes" : "no (frozen)")],
      ]
    }
    document.add(.table(header: ["Parameter", "Role", "Connects", "Value", "Trained"], rows: rows))
  }
}

extension Walkthrough {
  /// `symbol = value` for each quantity, separated by commas.
  func valueList(_ quantities: [Quantity]) -> [Document.Inline] {
    quantities.enumerated().flatMap { index, quantity -> [Document.Inline] in
      let equation = Document.Inline.math("\(notation.symbol(quantity)) = \(format.tex(trace[quantity.key] ?? .nan))")
      return index == 0 ? [equation] : [.text(", "), equation]
    }
  }
}
