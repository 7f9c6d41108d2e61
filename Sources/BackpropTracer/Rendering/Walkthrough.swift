/// Builds the step-by-step derivation of a trace as a `Document`: title and source, the
/// conventions, the network (with a figure), the forward pass, the error, the backward pass,
/// the update, the error after training and, for a hand computation, the drift.
///
/// Every equation shows formula → numbers substituted → result, using the values the engine
/// recorded; nothing is recomputed here.
public struct Walkthrough: Sendable {
  /// The record to present: with rounded intermediates, the hand computation's replay.
  public let trace: Trace
  /// The record in full precision, for the drift section of a hand computation.
  let exact: Trace
  /// The lecturer's choices.
  public let options: RenderOptions
  var format: NumberFormat { options.format }
  let notation: Notation
  let writer: FormulaWriter

  /// Creates a walkthrough of `trace` with `options`.
  ///
  /// With `roundedIntermediates`, the trace is replayed with every given value and every
  /// intermediate rounded as printed (`Trace.replay(overriding:rounding:)`).
  public init(trace: Trace, options: RenderOptions = RenderOptions()) {
    exact = trace
    if options.roundedIntermediates {
      let format = options.format
      var givens: [TraceKey: Double] = [:]
      for position in 0..<trace.count where trace.layout.derivations[position] == .given {
        givens[trace.layout.keys[position]] = format.rounded(trace.values[position])
      }
      self.trace = trace.replay(overriding: givens, rounding: format.rounded)
    } else {
      self.trace = trace
    }
    self.options = options
    notation = Notation(options.notation, network: trace.network, errorTerm: options.errorTerm)
    // An excerpt (`only`) writes a few entries of what may be a huge trace: symbols and numbers
    // are then made on demand instead of for every entry.
    writer = FormulaWriter(
      trace: self.trace, notation: notation, format: options.format, precomputing: options.only == nil)
  }

  /// The whole derivation.
  public func document() -> Document {
    var document = Document()
    document.add(.heading(level: 1, text: trace.title))
    if !trace.source.isEmpty {
      document.add(.paragraph([.emphasis("Source:"), .text(" " + trace.source)]))
    }
    let precision = format.precisionDescription
    document.add(
      .paragraph([
        .text(
          options.roundedIntermediates
            ? "This is a hand computation: every value is rounded to \(precision) (trailing zeros dropped) before it is used in a later step, as a student does on paper. The drift from full precision is shown at the end."
            : "Every number below was computed by backprop-trace in double precision and is shown rounded to \(precision), trailing zeros dropped."
        )
      ]))
    if isPerceptron {
      addPerceptron(to: &document)
      return document
    }
    addConventions(to: &document)
    addNetwork(to: &document)
    addForwardPass(to: &document)
    if isEvaluation {
      addResults(to: &document)
      return document
    }
    addBackwardPass(to: &document)
    addBatch(to: &document)
    addUpdate(to: &document)
    addTraining(to: &document)
    if options.roundedIntermediates { addDrift(to: &document) }
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

  private func addNetwork(to document: inout Document) {
    let network = trace.network
    document.add(.heading(level: 2, text: "The network"))
    var items: [[Document.Inline]] = network.layers.indices.map { [.text(layerTitle($0))] }
    let outputs = network.outputLayer.neurons
    if !isDataSet {
      items.insert([.text("Inputs: ")] + valueList(network.inputNames.map(Quantity.input)), at: 0)
      items.append([.text("Targets: ")] + valueList(outputs.map { Quantity.target(name($0)) }))
    }
    document.add(.list(items))
    if isDataSet { addExampleTable(to: &document) }
    let uses = ParameterUses(network)
    let rows: [[[Document.Inline]]] = network.parameters.enumerated().map { p, parameter in
      [
        [.math(notation.symbol(.parameter(parameter.name)))],
        [.text(parameter.role.rawValue)],
        [.text(uses.describe(p))],
        [.math(format.tex(parameter.value))],
        [.text(parameter.isTrainable ? "yes" : "no (frozen)")],
      ]
    }
    document.add(.table(header: ["Parameter", "Role", "Connects", "Value", "Trained"], rows: rows))
    for block in networkFigure() { document.add(block) }
  }
}

extension Walkthrough {
  /// The inputs and targets of the examples the traced step uses, a row each.
  func addExampleTable(to document: inout Document) {
    let network = trace.network
    let outputs = network.outputLayer.neurons.map(name)
    let header = ["Example"] + network.inputNames + outputs.map { "target " + $0 }
    let rows: [[[Document.Inline]]] = trace.layout.sections.filter { $0.kind == .example }.map { section in
      [[.text("\(section.example ?? 0)")]] + section.entries.map { [.math(format.tex(trace.values[$0]))] }
    }
    document.add(.paragraph([.text("The examples of the traced step:")]))
    document.add(.table(header: header, rows: rows))
  }

  /// `symbol = value` for each quantity, separated by commas.
  func valueList(_ quantities: [Quantity]) -> [Document.Inline] {
    quantities.enumerated().flatMap { index, quantity -> [Document.Inline] in
      let equation = Document.Inline.math("\(notation.symbol(quantity)) = \(format.tex(trace[quantity.key] ?? .nan))")
      return index == 0 ? [equation] : [.text(", "), equation]
    }
  }
}
