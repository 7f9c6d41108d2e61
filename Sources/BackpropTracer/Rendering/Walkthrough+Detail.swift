extension Walkthrough {
  /// Whether a section is derived step by step at the chosen detail: everything in `full`,
  /// nothing in `tables`; in `summary` the first neuron of each layer and its first weight (the
  /// layer's representative, as seed 000 derives w5 and w1), and the error.
  func derives(_ kind: TraceSection.Kind) -> Bool {
    if let only = options.only { return selects(kind, only) }
    switch options.detail {
    case .full, .compact: return true
    case .tables: return false
    case .summary: return isRepresentative(kind)
    }
  }

  /// Whether a section is one `summary` derives (and `compact` writes with its formula): the
  /// first neuron of each layer and its first weight, the error.
  private func isRepresentative(_ kind: TraceSection.Kind) -> Bool {
    switch kind {
    case let .forward(neuron), let .delta(neuron): return isFirstInLayer(neuron)
    case let .gradient(p, neuron): return isFirstInLayer(neuron) && trace.network.neurons[neuron].weights.first == p
    case .error, .softmax, .errorSlopes: return true
    case .given, .example, .sharedGradient, .batch, .update, .training, .errorForms, .inputGradients: return false
    case .perceptronVisit, .perceptronEpoch, .perceptronResult: return true
    }
  }

  private func isNetSlope(_ quantity: Quantity) -> Bool {
    switch quantity {
    case .netSlopeParameter, .netSlopeOut: return true
    default: return false
    }
  }

  /// Whether a derived section is written a row per entry, its rows joining one display per
  /// layer: in `compact`.
  package var isCompact: Bool { options.detail == .compact && options.only == nil }

  /// The parameters whose updates are derived at the chosen detail, by name; nil for all of
  /// them: with `--only` the chosen ones, in `summary` each layer's representative weight (the
  /// first weight of its first neuron), none in `tables`. Made once per update section.
  func derivedUpdates() -> Set<String>? {
    if let only = options.only { return Set(only) }
    switch options.detail {
    case .full: return nil
    case .tables: return []
    case .summary, .compact:
      let network = trace.network
      return Set(network.layers.compactMap { layer in
        layer.neurons.first.flatMap { network.neurons[$0].weights.first }.map { network.parameters[$0].name }
      })
    }
  }

  /// With `--only`: the named neurons' forward and δ sections, the named parameters' gradients,
  /// and the error (always).
  private func selects(_ kind: TraceSection.Kind, _ only: [String]) -> Bool {
    let network = trace.network
    switch kind {
    case let .forward(neuron), let .delta(neuron): return only.contains(network.neurons[neuron].name)
    case let .gradient(p, _), let .sharedGradient(p): return only.contains(network.parameters[p].name)
    case .error, .softmax, .errorSlopes: return true
    case .given, .example, .batch, .update, .training, .errorForms, .inputGradients: return false
    case .perceptronVisit, .perceptronEpoch, .perceptronResult: return true
    }
  }

  private func isFirstInLayer(_ neuron: Int) -> Bool {
    trace.network.layers[trace.network.neurons[neuron].layer].neurons.first == neuron
  }

  /// Adds a section: derived, as aligned lines; otherwise its values join the pending table.
  func add(_ section: TraceSection, derived: Bool, to document: inout some BlockSink, pending: inout ValueTable) {
    if derived, isCompact {
      // The formula on the representative's rows (symbol = formula = numbers = result), the
      // numbers alone on the others'.
      // A slope of a net input (∂net/∂w = out, ∂net/∂out = w) is left out but for the
      // representative: its value is a number the forward pass or the parameters give, and it
      // stands substituted in the next row.
      let withFormula = isRepresentative(section.kind)
      for position in section.entries where withFormula || !isNetSlope(trace.layout.quantities[position]) {
        writer.appendRow(at: position, withFormula: withFormula, to: &pending.math)
      }
    } else if derived {
      pending.flush(into: &document)
      document.add(lines(section.entries))
    } else if options.only == nil {
      pending.rows += section.entries.map { position in
        [[.math(writer.symbol(at: position))], [.math(writer.result(at: position))]]
      }
    }
  }
}

/// Values waiting to be written as one table (the sections that are not derived), or as one
/// display of a row each (the sections a compact handout writes so).
struct ValueTable {
  /// Rows of (symbol, value).
  var rows: [[[Document.Inline]]] = []
  /// Rows of symbol = numbers = result, which a page may break between.
  var math = ValueTable.rowDisplay()

  /// An empty display of independent rows.
  static func rowDisplay() -> AlignedMath {
    var math = AlignedMath()
    math.breaksBetweenRows = true
    return math
  }

  /// Writes the rows as a table, if any, then the display, and empties them.
  mutating func flush(into document: inout some BlockSink) {
    if !rows.isEmpty {
      document.add(.table(header: ["Quantity", "Value"], rows: rows))
      rows = []
    }
    if !math.tex.isEmpty {
      document.add(.aligned(math))
      math = Self.rowDisplay()
    }
  }
}
