extension MatrixView {
  private var network: Network { trace.network }

  /// The name of unit u (an input or a neuron's output) and its value's quantity.
  private func unit(_ u: Int) -> Quantity {
    let inputs = network.inputNames
    return u < inputs.count ? .input(inputs[u]) : .out(network.neurons[u - inputs.count].name)
  }

  /// Layer l's weight matrix with `entry(parameter name, neuron, input position)` in each place,
  /// oriented as the notation writes it.
  private func weights(_ l: Int, _ symbols: MatrixSymbols, _ tex: MatrixTeX, _ entry: (String, Int, Int) -> String) -> String {
    let layer = network.layers[l], neurons = Array(layer.neurons)
    func at(_ j: Int, _ i: Int) -> String {
      let neuron = network.neurons[neurons[j]]
      return entry(network.parameters[neuron.weights[i]].name, neurons[j], i)
    }
    return symbols.transposed
      ? tex.matrix(rows: layer.inputs.count, columns: neurons.count) { at($1, $0) }
      : tex.matrix(rows: neurons.count, columns: layer.inputs.count) { at($0, $1) }
  }

  /// A column of one quantity per neuron of layer l.
  private func column(_ l: Int, _ tex: MatrixTeX, _ quantity: (String) -> Quantity) -> String {
    let neurons = Array(network.layers[l].neurons)
    return tex.column(neurons.count) { number(quantity(network.neurons[neurons[$0]].name)) }
  }

  /// z = W a + b and a = g(z) of layer l.
  func forward(_ l: Int, _ symbols: MatrixSymbols, _ tex: MatrixTeX) -> [Document.AlignedLine] {
    let layer = network.layers[l], neurons = Array(layer.neurons), inputs = Array(layer.inputs)
    let matrix = weights(l, symbols, tex) { name, _, _ in number(.parameter(name)) }
    let below = tex.column(inputs.count) { number(unit(inputs[$0])) }
    let biases = tex.column(neurons.count) { j in
      network.neurons[neurons[j]].bias.map { number(.parameter(network.parameters[$0].name)) } ?? "0"
    }
    let product = symbols.transposed ? "\(matrix)^{\\top} \(below)" : "\(matrix) \(below)"
    let activation = layer.activation.isElementwise ? "g" : "\\operatorname{softmax}"
    return [
      Document.AlignedLine(
        symbol: symbols.nets(l + 1), steps: ["\(symbols.product(l + 1)) + \(symbols.biases(l + 1))", "\(product) + \(biases)", column(l, tex, Quantity.net)]),
      Document.AlignedLine(
        symbol: symbols.outs(l + 1), steps: ["\(activation)(\(symbols.nets(l + 1)))", column(l, tex, Quantity.out)]),
    ]
  }

  /// δ of layer l (from the loss for the output layer, through the layer above otherwise) and
  /// the gradient of its weights as an outer product.
  func backward(_ l: Int, _ symbols: MatrixSymbols, _ tex: MatrixTeX) -> [Document.AlignedLine] {
    let layer = network.layers[l], elementwise = layer.activation.isElementwise
    let slopes = column(l, tex, Quantity.activationSlope)
    var lines: [Document.AlignedLine] = []
    if l == network.layers.count - 1 || !elementwise {
      let steps = elementwise
        ? ["\\frac{\\partial E}{\\partial \(symbols.outs(l + 1))} \\odot g'(\(symbols.nets(l + 1)))", "\(column(l, tex, Quantity.errorSlope)) \\odot \(slopes)"]
        : []
      lines.append(Document.AlignedLine(symbol: symbols.delta(l + 1), steps: steps + [column(l, tex, Quantity.delta)]))
    } else {
      let above = weights(l + 1, symbols.rowPerInput, tex) { name, _, _ in number(.parameter(name)) }
      lines.append(Document.AlignedLine(
        symbol: symbols.delta(l + 1),
        steps: [
          "\(symbols.backProduct(l + 1)) \\odot g'(\(symbols.nets(l + 1)))",
          "\(above) \(column(l + 1, tex, Quantity.delta)) \\odot \(slopes)", column(l, tex, Quantity.delta),
        ]))
    }
    let gradient = weights(l, symbols, tex) { name, neuron, _ in
      let via = Quantity.gradientVia(parameter: name, neuron: network.neurons[neuron].name)
      return trace.layout.position(of: via.key) != nil || example.map { trace.layout.position(of: Quantity.ofExample(via, $0).key) != nil } == true
        ? number(via) : number(.gradient(name))
    }
    lines.append(Document.AlignedLine(symbol: symbols.gradient(l + 1), steps: [symbols.gradientProduct(l + 1), gradient]))
    return lines
  }

  /// W⁺ = W − η ∂E/∂W of layer l (a frozen weight keeps its value).
  func update(_ l: Int, _ symbols: MatrixSymbols, _ tex: MatrixTeX) -> Document.AlignedLine {
    let matrix = weights(l, symbols, tex) { name, _, _ in
      trace.layout.position(of: Quantity.updated(name).key) != nil ? number(.updated(name)) : number(.parameter(name))
    }
    return Document.AlignedLine(
      symbol: symbols.updated(l + 1), steps: ["\(symbols.weights(l + 1)) - \\eta \(symbols.gradient(l + 1))", matrix])
  }
}
