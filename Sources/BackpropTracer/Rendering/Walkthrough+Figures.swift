extension Walkthrough {
  /// Numbers in figures keep at most 4 decimals (or 4 significant digits), so labels stay short.
  var figureFormat: NumberFormat {
    format.significant.map { NumberFormat(significant: min($0, 4)) } ?? NumberFormat(decimals: min(format.decimals, 4))
  }

  /// The network figure (with a note when its edges are too many to label), or a sentence
  /// saying why there is none. Without `showingComputedValues`, only given values are shown
  /// (inputs and parameters before the step), not the neurons' outputs or the new parameters.
  func networkFigure(showingComputedValues: Bool = true) -> [Document.Block] {
    let network = trace.network
    let tallest = max(network.inputNames.count, network.layers.map(\.neurons.count).max() ?? 0)
    guard tallest <= NetworkFigure.largestDrawnColumn else {
      return [
        .paragraph([
          .text("A layer of \(tallest) units is too many to draw legibly, so there is no figure of the network; the table above lists every connection.")
        ])
      ]
    }
    guard network.layers.count < NetworkFigure.largestDrawnDepth else {
      return [
        .paragraph([
          .text("\(network.layers.count) layers are too many to draw on a page, so there is no figure of the network; the table above lists every connection.")
        ])
      ]
    }
    let labelled = tallest <= NetworkFigure.largestLabelledColumn
    let figureFormat = self.figureFormat
    // A data set's figure shows the values of the first example the trace holds.
    let example = trace.layout.sections.first { $0.kind == .example }?.example
    func value(_ quantity: Quantity) -> String {
      let shown = example.map { quantity.isPerExample ? Quantity.ofExample(quantity, $0) : quantity } ?? quantity
      return trace[shown.key].map(figureFormat.plain) ?? ""
    }
    func label(_ p: Int) -> ParameterLabel {
      let parameter = network.parameters[p]
      return ParameterLabel(
        symbol: notation.symbol(.parameter(parameter.name)).symbol ?? MathSymbol(.upright(parameter.name)),
        before: value(.parameter(parameter.name)),
        after: parameter.isTrainable && showingComputedValues ? trace[Quantity.updated(parameter.name).key].map(figureFormat.plain) : nil)
    }
    var columns = [network.inputNames.map { NetworkFigure.Node(name: $0, value: value(.input($0)), bias: nil) }]
    var edges: [NetworkFigure.Edge] = []
    for (index, layer) in network.layers.enumerated() {
      // With bias nodes, a unit "+1" at the foot of the column before the layer feeds each of
      // its neurons its bias, on an edge of its own.
      let biasRow = options.biasNodes && layer.neurons.contains { network.neurons[$0].bias != nil } ? columns[index].count : nil
      if biasRow != nil { columns[index].append(NetworkFigure.Node(name: "+1", value: "", bias: nil)) }
      var column: [NetworkFigure.Node] = []
      for (row, n) in layer.neurons.enumerated() {
        let neuron = network.neurons[n]
        var bias = neuron.bias.map(label)
        if let biasRow, let shown = bias {
          edges.append(.init(from: (index, biasRow), to: (index + 1, row), weight: labelled ? shown : nil))
          bias = nil
        }
        // The backward pass's δ beside the forward pass's output, in its own colour.
        let delta = showingComputedValues ? value(.delta(neuron.name)) : ""
        column.append(.init(name: neuron.name, value: showingComputedValues ? value(.out(neuron.name)) : "", bias: bias, delta: delta))
        for (source, p) in neuron.weights.enumerated() {
          edges.append(.init(from: (index, source), to: (index + 1, row), weight: labelled ? label(p) : nil))
        }
      }
      columns.append(column)
    }
    let figure = Document.Block.figure(.network(NetworkFigure(columns: columns, edges: edges)))
    guard labelled else {
      return [figure, .paragraph([.text("The edges are too many to label: the table above lists every weight.")])]
    }
    return [figure]
  }

  /// The loss curve of a run of several steps, sampled to at most `LossCurve.largestPointCount`
  /// points: over steps, or over epochs when the error is recorded once per epoch (`epochs`);
  /// nil for a single step.
  func lossCurve(epochs: Int? = nil) -> Document.Block? {
    guard trace.steps > 1 else { return nil }
    let last = epochs ?? trace.steps
    guard last > 0 else { return nil }
    let count = min(last, LossCurve.largestPointCount)
    let xs = [0] + (1...count).map { $0 * last / count }
    let errors = xs.map { x in
      trace[(epochs == nil || x == 0 ? Quantity.totalErrorAfterStep(x) : .totalErrorAfterEpoch(x)).key] ?? .nan
    }
    let largest = errors.max() ?? 1
    let points = zip(xs, errors).map { x, error in
      LossCurve.Point(x: Double(x) / Double(last), y: largest > 0 ? error / largest : 0)
    }
    return .figure(
      .lossCurve(LossCurve(points: points, lastStep: "\(last)", largestError: figureFormat.plain(largest), unit: epochs == nil ? "step" : "epoch")))
  }
}

extension Walkthrough {
  /// The network figure when it is drawn with every weight on its edge, else nil.
  func labelledNetworkFigure() -> NetworkFigure? {
    let blocks = networkFigure()
    guard blocks.count == 1, case let .figure(.network(figure)) = blocks[0] else { return nil }
    return figure
  }

  /// `figure` with the edge of parameter `p` into `neuron` highlighted, or nil when the
  /// parameter has no edge of its own there (a bias drawn under its neuron).
  func highlighting(_ p: Int, into neuron: Int, on figure: NetworkFigure) -> NetworkFigure? {
    let network = trace.network
    let symbol = notation.symbol(.parameter(network.parameters[p].name)).symbol
    let layer = network.neurons[neuron].layer, neurons = network.layers[layer].neurons
    guard let index = neurons.firstIndex(of: neuron) else { return nil }
    let row = neurons.distance(from: neurons.startIndex, to: index)
    guard let edge = figure.edges.firstIndex(where: { $0.to == (layer + 1, row) && $0.weight?.symbol == symbol })
    else { return nil }
    var highlighted = figure
    highlighted.highlighted = [edge]
    return highlighted
  }
}
