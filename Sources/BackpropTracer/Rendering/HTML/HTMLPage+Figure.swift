extension HTMLPage {
  /// The network figure as inline SVG, with the given values only (it must not give away what a
  /// student is asked to compute), and over it a mark for every unit and every parameter
  /// (hidden until the script shows the one of the current step); or the sentence saying why a
  /// network is too large to draw.
  func writeFigure(to output: inout String) {
    Self.write(walkthrough.networkFigure(showingComputedValues: false), title: trace.title, to: &output) { figure in
      guard case let .network(network) = figure else { return "" }
      return marks(of: network)
    }
  }

  /// The figure blocks of a document as inline SVG (with `overlay` drawn last into each) and
  /// its paragraphs (a figure's stand-in when it is too large to draw).
  static func write(
    _ blocks: [Document.Block], title: String, to output: inout String, overlay: (Figure) -> String = { _ in "" }
  ) {
    for block in blocks {
      switch block {
      case let .figure(figure):
        var svg = SVGRenderer.draw(figure, title: title)
        guard svg.hasSuffix("</svg>\n") else { continue }
        svg.removeLast("</svg>\n".count)
        output += "<figure class=\"diagram\">\n" + svg + overlay(figure) + "</svg>\n"
        output += "<figcaption>\(Escaping.svg(figure.caption)).</figcaption>\n</figure>\n"
      case let .paragraph(pieces):
        output += "<p>"
        write(pieces, to: &output)
        output += "</p>\n"
      default:
        continue
      }
    }
  }

  /// The marks of the figure's parts: a ring around each unit (`n:NAME`) and around the neuron
  /// of each bias (`p:NAME`), each weight's edge and label (`p:NAME`). The figure's edges are in
  /// the order the walkthrough draws them: layer by layer, neuron by neuron, weight by weight.
  private func marks(of figure: NetworkFigure) -> String {
    let layout = NetworkFigureLayout.layout(figure)
    let network = trace.network
    let number = SVGRenderer.number
    var svg = "<g class=\"marks\" fill=\"none\" aria-hidden=\"true\">\n"
    func ring(_ box: FigureBox, _ mark: String) {
      svg += "<circle class=\"mark\" data-mark=\"\(Escaping.svg(mark))\" cx=\"\(number(box.centre.x))\" "
      svg += "cy=\"\(number(box.centre.y))\" r=\"\(number(box.width / 2 + 5))\" />\n"
    }
    let units = figure.columns.joined().map(\.name)
    for (index, name) in units.enumerated() where index < layout.nodes.count { ring(layout.nodes[index].box, "n:" + name) }
    var parameters: [Int] = []
    var firstNode = network.inputNames.count
    for layer in network.layers {
      for (row, n) in layer.neurons.enumerated() {
        let neuron = network.neurons[n]
        parameters += neuron.weights
        if let bias = neuron.bias, firstNode + row < layout.nodes.count {
          ring(layout.nodes[firstNode + row].box, "p:" + network.parameters[bias].name)
        }
      }
      firstNode += layer.neurons.count
    }
    for (index, edge) in layout.edges.enumerated() where index < parameters.count {
      let mark = Escaping.svg("p:" + network.parameters[parameters[index]].name)
      let points = edge.points.map { "\(number($0.x)),\(number($0.y))" }.joined(separator: " ")
      svg += "<polyline class=\"mark\" data-mark=\"\(mark)\" points=\"\(points)\" />\n"
      for label in layout.labels where label.edge == index {
        let box = label.box
        svg += "<rect class=\"mark\" data-mark=\"\(mark)\" x=\"\(number(box.x - 2))\" y=\"\(number(box.y - 2))\" "
        svg += "width=\"\(number(box.width + 4))\" height=\"\(number(box.height + 4))\" rx=\"4\" />\n"
      }
    }
    return svg + "</g>\n"
  }
}
