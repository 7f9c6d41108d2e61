/// Builds the step-by-step derivation of a trace as a `Document`: title and source, the
/// conventions, the network (with a figure), the forward pass, the error, the backward pass,
/// the update, the error after training and, for a hand computation, the drift.
///
/// Every equation shows formula → numbers substituted → result, using the values the engine
/// recorded; nothing is recomputed here (a hand computation's rounded values come from the
/// engine's replay, `Trace.handComputation(format:)`).
package struct Walkthrough: Sendable {
  /// What a walkthrough holds, in one object: the builders pass a walkthrough around in many
  /// closures, and copying one reference is cheaper than copying every field.
  private final class Storage: Sendable {
    let trace: Trace
    let exact: Trace
    let options: RenderOptions
    let notation: Notation
    let writer: FormulaWriter
    /// Whether the trace holds a data set's examples, found once: every layer heading asks.
    let isDataSet: Bool
    /// The position of the first value that a hand computation left undefined, when one did.
    let undefinedByHand: Int?

    init(
      trace: Trace, exact: Trace, options: RenderOptions, notation: Notation, writer: FormulaWriter, undefinedByHand: Int?
    ) {
      self.trace = trace
      self.exact = exact
      self.options = options
      self.notation = notation
      self.writer = writer
      self.undefinedByHand = undefinedByHand
      isDataSet = trace.layout.sections.contains { $0.example != nil }
    }
  }

  private let storage: Storage
  /// The record to present: with rounded intermediates, the hand computation's replay.
  package var trace: Trace { storage.trace }
  /// The record in full precision, for the drift section of a hand computation.
  var exact: Trace { storage.exact }
  /// The lecturer's choices.
  package var options: RenderOptions { storage.options }
  var format: NumberFormat { options.format }
  var notation: Notation { storage.notation }
  var writer: FormulaWriter { storage.writer }
  /// True when the trace holds a data set's examples (keys with `_exK`), which get headings.
  var isDataSet: Bool { storage.isDataSet }
  /// True when the trace presented is a hand computation (rounded intermediates).
  var isHandComputation: Bool { options.roundedIntermediates && storage.undefinedByHand == nil }
  /// The position of the first value rounding left undefined, for a hand computation asked for.
  var undefinedByHand: Int? { storage.undefinedByHand }

  /// Creates a walkthrough of `trace` with `options`.
  ///
  /// With `roundedIntermediates`, the trace is replayed with every given value and every
  /// intermediate rounded as printed (`Trace.replay(overriding:rounding:)`), unless rounding
  /// leaves a value undefined (see `Trace.handComputation(format:)`).
  package init(trace exact: Trace, options: RenderOptions = RenderOptions()) {
    var trace = exact
    var undefined: Int?
    if options.roundedIntermediates {
      let replay = exact.handComputation(format: options.format)
      if let position = replay.undefined {
        undefined = position
      } else {
        trace = replay.trace
      }
    }
    let notation = Notation(options.notation, network: trace.network, errorTerm: options.errorTerm)
    // An excerpt (`only`) writes a few entries of what may be a huge trace: symbols and numbers
    // are then made on demand instead of for every entry.
    let writer = FormulaWriter(
      trace: trace, notation: notation, format: options.format, precomputing: options.only == nil)
    storage = Storage(
      trace: trace, exact: exact, options: options, notation: notation, writer: writer, undefinedByHand: undefined)
  }

  /// The whole derivation.
  package func document() -> Document {
    var document = Document()
    write(to: &document)
    return document
  }

  /// Roughly the bytes of this derivation as Markdown or LaTeX, so that a writer can reserve
  /// its output once: about 200 bytes an entry derived in full (the 784-50-10 step writes 194),
  /// less when most entries are a table row, a little when only a few are chosen.
  var estimatedSize: Int {
    if options.only != nil { return 1 << 16 }
    return 4096 + trace.count * (options.detail == .full || options.detail == .compact ? 200 : 64)
  }

  /// Adds the blocks of the whole derivation to `document`, in order.
  func write(to document: inout some BlockSink) {
    document.add(.heading(level: 1, text: trace.title))
    if !trace.source.isEmpty {
      document.add(.paragraph([.emphasis("Source:"), .text(" " + trace.source)]))
    }
    document.add(introduction())
    if isPerceptron {
      addPerceptron(to: &document)
      return
    }
    addConventions(to: &document)
    let parameterEntries = ParameterEntries(trace)
    addNetwork(to: &document, parameterEntries: parameterEntries)
    addForwardPass(to: &document)
    if isEvaluation {
      addResults(to: &document)
      return
    }
    addBackwardPass(to: &document)
    addInputGradients(to: &document)
    addBatch(to: &document)
    addUpdate(to: &document, parameterEntries: parameterEntries)
    addTraining(to: &document)
    if isHandComputation { addDrift(to: &document) }
  }

  func name(_ neuron: Int) -> String { trace.network.neurons[neuron].name }

  /// Whether the notation writes units by their symbols in prose (`a^{[1]}_{1}`: a notation that
  /// numbers units), or by their names (`h1`).
  var writesUnitsAsSymbols: Bool { notation.preset.layerBrackets != nil }

  /// A unit (an input or a neuron, numbered as `Network.unitName` numbers them) in prose: its
  /// symbol under a notation that numbers units, its name under one that names them.
  func unitInline(_ unit: Int) -> Document.Inline {
    let network = trace.network, inputs = network.inputNames.count
    guard writesUnitsAsSymbols else { return .text(network.unitName(unit)) }
    return .math(notation.tex(unit < inputs ? .input(network.inputNames[unit]) : .out(network.neurons[unit - inputs].name)))
  }

  /// A neuron in prose, as `unitInline` writes it.
  func neuronInline(_ neuron: Int) -> Document.Inline { unitInline(trace.network.inputNames.count + neuron) }

  /// A layer's heading, its words spelled by `text` and each of its neurons by `neuron`:
  /// "Hidden layer 1: " h1 ", " h2 " (sigmoid)".
  func layerHeading<Piece>(_ index: Int, text: (String) -> Piece, neuron: (Int) -> Piece) -> [Piece] {
    let network = trace.network, layer = network.layers[index]
    let role = index == network.layers.count - 1 ? "Output layer" : "Hidden layer \(index + 1)"
    var pieces = [text(role + ": ")]
    for (position, unit) in layer.neurons.enumerated() {
      if position > 0 { pieces.append(text(", ")) }
      pieces.append(neuron(unit))
    }
    pieces.append(text(" (\(layer.activation.displayName))"))
    return pieces
  }

  /// A layer's heading in the notation's words: "Hidden layer 1: h1, h2 (sigmoid)" under a
  /// notation that names units, "Hidden layer 1: a^{[1]}_{1}, a^{[1]}_{2} (sigmoid)" under one
  /// that numbers them.
  func layerHeading(_ index: Int) -> [Document.Inline] {
    guard writesUnitsAsSymbols else { return [.text(layerTitle(index))] }
    return layerHeading(index, text: Document.Inline.text, neuron: neuronInline)
  }

  /// The heading block of a layer at `level`.
  func layerHeadingBlock(_ index: Int, level: Int) -> Document.Block {
    writesUnitsAsSymbols ? .headingWithMath(level: level, pieces: layerHeading(index)) : .heading(level: level, text: layerTitle(index))
  }

  /// A layer's title in words and the units' names, for plain text (a quiz).
  func layerTitle(_ index: Int) -> String {
    layerHeading(index, text: { $0 }, neuron: name).joined()
  }

  /// The aligned lines of the entries at `positions`, each symbol = formula = substituted =
  /// result.
  func lines<Positions: Sequence<Int>>(_ positions: Positions) -> Document.Block {
    // About what one line of a large network's derivation takes, so that a block is rarely
    // copied to grow.
    var math = AlignedMath(capacity: positions.underestimatedCount * 192)
    for position in positions { writer.appendLine(at: position, to: &math) }
    return .aligned(math)
  }

  /// The network section: layers, inputs and targets (or the examples' table), the parameters'
  /// table and the figure; with `figureShowsComputedValues` false the figure leaves out the
  /// neurons' outputs and the updated parameters (a problem sheet gives no computed value).
  func addNetwork(to document: inout some BlockSink, parameterEntries: ParameterEntries, figureShowsComputedValues: Bool = true) {
    let network = trace.network
    document.add(.heading(level: 2, text: "The network"))
    var items: [[Document.Inline]] = network.layers.indices.map(layerHeading)
    let outputs = network.outputLayer.neurons
    if !isDataSet {
      items.insert([.text("Inputs: ")] + valueList(network.inputNames.map(Quantity.input)), at: 0)
      if network.loss.usesTargets { items.append([.text("Targets: ")] + valueList(outputs.map { Quantity.target(name($0)) })) }
    }
    document.add(.list(items))
    if isDataSet { addExampleTable(to: &document) }
    let uses = ParameterUses(network)
    let rows: [[[Document.Inline]]] = network.parameters.enumerated().map { p, parameter in
      let position = parameterEntries.before[p]
      return [
        [.math(position.map(writer.symbol(at:)) ?? notation.tex(.parameter(parameter.name)))],
        [.text(parameter.role.rawValue)],
        uses.describe(p, unit: unitInline),
        [.math(printedValue(of: parameter, at: position))],
        [.text(parameter.isTrainable ? "yes" : "no (frozen)")],
      ]
    }
    let figure = networkFigure(showingComputedValues: figureShowsComputedValues)
    // A compact handout leaves the table out when the figure labels every parameter (and the
    // update's table lists them all).
    let figureLabelsAll = figure.count == 1
    if !(isCompact && figureLabelsAll) {
      document.add(.table(header: ["Parameter", "Role", "Connects", "Value", "Trained"], rows: rows))
    }
    for block in figure { document.add(block) }
  }
}

extension Walkthrough {
  /// A parameter's value before training as printed: the recorded entry's at `position` (made
  /// once), or for a hand computation, whose record holds rounded values, the exact value.
  private func printedValue(of parameter: Parameter, at position: Int?) -> String {
    guard !isHandComputation, let position else { return format.tex(parameter.value) }
    return writer.number(at: position)
  }

  /// The inputs and targets of the examples the traced step uses, a row each.
  func addExampleTable(to document: inout some BlockSink) {
    let network = trace.network
    let outputs = network.outputLayer.neurons.map(name)
    let header = ["Example"] + network.inputNames + (network.loss.usesTargets ? outputs.map { "target " + $0 } : [])
    let rows: [[[Document.Inline]]] = trace.layout.sections.filter { $0.kind == .example }.map { section in
      [[.text("\(section.example ?? 0)")]] + section.entries.map { [.math(format.tex(trace.values[$0]))] }
    }
    document.add(.paragraph([.text("The examples of the traced step:")]))
    document.add(.table(header: header, rows: rows))
  }

  /// `symbol = value` for each quantity, separated by commas.
  func valueList(_ quantities: [Quantity]) -> [Document.Inline] {
    quantities.enumerated().flatMap { index, quantity -> [Document.Inline] in
      let equation = Document.Inline.math("\(notation.tex(quantity)) = \(format.tex(trace[quantity.key] ?? .nan))")
      return index == 0 ? [equation] : [.text(", "), equation]
    }
  }
}
