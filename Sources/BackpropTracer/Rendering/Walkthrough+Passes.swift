extension Walkthrough {
  /// Headings and one aligned block per neuron: net, then out.
  func addForwardPass(to document: inout Document) {
    document.add(.heading(level: 2, text: "Forward pass"))
    var layer = -1
    var pending = ValueTable()
    for section in trace.layout.sections {
      switch section.kind {
      case let .forward(neuron):
        let neuronLayer = trace.network.neurons[neuron].layer
        if neuronLayer != layer {
          pending.flush(into: &document)
          layer = neuronLayer
          document.add(.heading(level: 3, text: layerTitle(layer)))
        }
        add(section, derived: derives(section.kind), to: &document, pending: &pending)
      case .error:
        pending.flush(into: &document)
        document.add(.heading(level: 2, text: "The error"))
        document.add(.paragraph([.text("Each output's term of the error, then their sum:")]))
        add(section, derived: options.detail != .tables, to: &document, pending: &pending)
        pending.flush(into: &document)
      default:
        continue
      }
    }
  }

  /// Layer by layer from the output down: each neuron's δ, then its parameters' gradients.
  func addBackwardPass(to document: inout Document) {
    document.add(.heading(level: 2, text: "Backward pass"))
    let network = trace.network
    let uses = ParameterUses(network)
    var layer = -1
    var pending = ValueTable()
    for section in trace.layout.sections {
      let derived = derives(section.kind)
      switch section.kind {
      case let .delta(neuron):
        let neuronLayer = network.neurons[neuron].layer
        if neuronLayer != layer {
          pending.flush(into: &document)
          layer = neuronLayer
          document.add(.heading(level: 3, text: layerTitle(layer)))
          document.add(.paragraph([.text(layerIntroduction(layer))]))
        }
        if derived { document.add(.paragraph([.emphasis("Neuron \(name(neuron))")])) }
        add(section, derived: derived, to: &document, pending: &pending)
      case let .gradient(p, neuron):
        let parameter = network.parameters[p]
        let role = parameter.role == .bias ? "Bias" : "Weight"
        let share = uses.neurons(using: p).count > 1 ? ", its use in \(name(neuron))" : ""
        if derived { document.add(.paragraph([.text("\(role) \(parameter.name)\(share):")])) }
        add(section, derived: derived, to: &document, pending: &pending)
      case .sharedGradient where !derived:
        add(section, derived: false, to: &document, pending: &pending)
      case let .sharedGradient(p):
        let users = uses.neurons(using: p).map(name).joined(separator: ", ")
        let parameter = network.parameters[p].name
        let sentence =
          users.isEmpty
          ? "\(parameter) is not used by any neuron, so its gradient is 0:"
          : "\(parameter) is shared by \(users), so its gradient is the sum of its uses:"
        document.add(.paragraph([.text(sentence)]))
        document.add(lines(section.entries))
      default:
        continue
      }
    }
    pending.flush(into: &document)
  }

  private func layerIntroduction(_ layer: Int) -> String {
    if layer == trace.network.layers.count - 1 {
      return "For an output neuron the error's slope with respect to its output comes straight from the error function."
    }
    return "A hidden neuron's output feeds every neuron of the next layer, so the error's slope with respect to it is the sum of the shares that flow back through each of them (each share uses the weight before the update)."
  }

  /// The new values, then a table of every parameter before and after.
  func addUpdate(to document: inout Document) {
    guard let section = trace.layout.sections.first(where: { $0.kind == .update }) else { return }
    document.add(.heading(level: 2, text: "Update"))
    let network = trace.network
    let derived = section.entries.filter { position in
      guard case let .updated(name) = trace.layout.quantities[position] else { return false }
      return derivesUpdate(of: name)
    }
    if section.entries.isEmpty {
      document.add(.paragraph([.text("Every parameter is frozen: nothing is updated.")]))
    } else if !derived.isEmpty {
      document.add(.aligned(derived.map(line)))
    }
    let rows: [[[Document.Inline]]] = network.parameters.map { parameter in
      let before = trace[Quantity.parameter(parameter.name).key] ?? .nan
      let gradient = trace[Quantity.gradient(parameter.name).key] ?? .nan
      let after = parameter.isTrainable ? trace[Quantity.updated(parameter.name).key] ?? .nan : before
      return [
        [.math(notation.symbol(.parameter(parameter.name)))], [.math(format.tex(before))],
        [.math(format.tex(gradient))], [.math(format.tex(after))] + (parameter.isTrainable ? [] : [.text(" (frozen)")]),
      ]
    }
    document.add(.table(header: ["Parameter", "Before", "Gradient", "After"], rows: rows))
  }

  /// The error after the update, and after every milestone step of a longer run.
  func addTraining(to document: inout Document) {
    guard let section = trace.layout.sections.first(where: { $0.kind == .training }) else { return }
    document.add(.heading(level: 2, text: "After the update"))
    let before = trace[Quantity.totalError.key] ?? .nan
    let after = trace[Quantity.totalErrorAfterStep(1).key] ?? .nan
    document.add(
      .paragraph([
        .text("With the new parameters the total error falls from "), .math(format.tex(before)),
        .text(" to "), .math("\(notation.symbol(.totalErrorAfterStep(1))) = \(format.tex(after))"), .text("."),
      ]))
    guard trace.steps > 1 else { return }
    document.add(
      .paragraph([
        .text("Repeating the step \(trace.steps) times (the error after selected steps; the JSON export has every step):")
      ]))
    let rows: [[[Document.Inline]]] = Self.milestones(upTo: trace.steps).map { step in
      [[.text("\(step)")], [.math(format.tex(trace[Quantity.totalErrorAfterStep(step).key] ?? .nan))]]
    }
    document.add(.table(header: ["Step", "Total error after the step"], rows: rows))
    if let curve = lossCurve() { document.add(curve) }
    let finals = section.entries.filter {
      if case .parameterAfterStep = trace.layout.quantities[$0] { return true } else { return false }
    }
    if !finals.isEmpty {
      document.add(.paragraph([.text("The parameters after step \(trace.steps):")]))
      document.add(.aligned(finals.map { Document.AlignedLine(symbol: writer.formula(at: $0).symbol, steps: [writer.formula(at: $0).result]) }))
    }
  }

  /// Steps 1–5, then 10, 20, 50, 100, 200, 500, … below `steps`, then `steps` itself.
  static func milestones(upTo steps: Int) -> [Int] {
    var result = Array(1...min(steps, 5))
    var decade = 10
    while decade < steps {
      for multiple in [1, 2, 5] where decade * multiple < steps && decade * multiple > 5 {
        result.append(decade * multiple)
      }
      decade *= 10
    }
    if result.last != steps { result.append(steps) }
    return result
  }
}
