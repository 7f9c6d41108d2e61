extension HTMLPage {
  /// The network: its layers, the figure and a table of every given value (inputs, targets,
  /// parameters, settings), each row carrying its key and value.
  func writeGiven(to output: inout String) {
    let network = trace.network
    output += "<section aria-labelledby=\"network\">\n<h2 id=\"network\">The network</h2>\n<ul>\n"
    for index in network.layers.indices { output += "<li>\(layerTitle(index))</li>\n" }
    output += "</ul>\n"
    writeFigure(to: &output)
    let given = trace.layout.sections.filter(\.isGiven).flatMap(\.entries)
    writeTable(caption: "The given values", given, to: &output)
    output += "</section>\n"
  }

  /// A table of values, a row each: symbol, key, value.
  private func writeTable(caption: String, _ positions: [Int], to output: inout String) {
    output += "<table class=\"given\">\n<caption>\(caption)</caption>\n"
    output += "<thead><tr><th scope=\"col\">Symbol</th><th scope=\"col\">Key</th><th scope=\"col\">Value</th></tr></thead>\n<tbody>\n"
    for position in positions { writeRow(position, to: &output) }
    output += "</tbody>\n</table>\n"
  }

  private func writeRow(_ position: Int, to output: inout String) {
    output += "<tr \(keyAttributes(position, shown: trace.values[position]))><td><math>"
    writeSymbol(position, to: &output)
    output += "</math></td><td><code>\(Escaping.svg(trace.layout.keys[position].rawValue))</code></td><td><math>"
    writeValue(position, to: &output)
    output += "</math></td></tr>\n"
  }

  /// `data-key` and `data-value` (full precision) of the entry at `position`, whose value is
  /// shown as `shown`.
  private func keyAttributes(_ position: Int, shown: Double) -> String {
    "data-key=\"\(Escaping.svg(trace.layout.keys[position].rawValue))\" data-value=\"\(JSONRenderer.number(shown))\""
  }

  private func writeSymbol(_ position: Int, to output: inout String) {
    MathML.write(walkthrough.notation.symbol(trace.layout.quantities[position]), to: &output)
  }

  private func writeValue(_ position: Int, to output: inout String) {
    MathML.number(walkthrough.format.plain(trace.values[position]), to: &output)
  }

  /// Every derived value, a step each, under the heading of its pass and its section.
  func writeSteps(to output: inout String) {
    var pass: String?
    var number = 0
    for section in trace.layout.sections where !section.isGiven {
      let title = Self.pass(of: section.kind)
      if title != pass {
        if pass != nil { output += "</section>\n" }
        pass = title
        output += "<section class=\"group\">\n<h2>\(title)</h2>\n"
      }
      output += "<div class=\"group\">\n<h3>\(heading(of: section))</h3>\n"
      if section.kind == .training {
        // The error after each of many steps, and the parameters at the end: results of the
        // run, listed (the loss curve of the Markdown), not derived step by step.
        writeTable(caption: "After each step of the run", Array(section.entries), to: &output)
        output += "</div>\n"
        continue
      }
      for position in section.entries {
        if case .given = trace.layout.derivations[position] {
          writeGivenLine(position, to: &output)
        } else {
          number += 1
          writeStep(position, number: number, to: &output)
        }
      }
      output += "</div>\n"
    }
    if pass != nil { output += "</section>\n" }
  }

  /// A value a section states rather than derives (a setting of the optimizer): shown at once.
  private func writeGivenLine(_ position: Int, to output: inout String) {
    output += "<div class=\"given-line\" \(keyAttributes(position, shown: trace.values[position]))>"
    output += "<math displaystyle=\"true\" class=\"display\">"
    writeSymbol(position, to: &output)
    output += "<mo>=</mo>"
    writeValue(position, to: &output)
    output += "</math></div>\n"
  }

  /// One entry as a step (`StepMarkup`): its formula in symbols and substituted, as the TeX
  /// derivations print them (a step that reads as the result, or as the formula, left out), its
  /// key and the value shown (what a student must type: in the error-term convention a δ is
  /// shown as Err = −δ), a plain-text reading of its symbol and the part of the figure it is
  /// about.
  private func writeStep(_ position: Int, number: Int, to output: inout String) {
    let writer = walkthrough.writer
    let layout = trace.layout
    let tex = writer.formula(at: position)
    let entry = writer.entryFormula(at: position)
    let symbol = walkthrough.notation.symbol(layout.quantities[position])
    var step = StepMarkup(number: number, key: layout.keys[position].rawValue, shown: entry.result, spoken: symbol.plain)
    step.mark = Self.mark(of: layout.quantities[position])
    step.symbol = MathML.print(symbol)
    let operands = layout.operandsOf(position)
    if let formula = entry.formula {
      for (written, substituting) in [(tex.formula, false), (tex.substituted, true)] where written != nil {
        var row = ""
        MathMLFormulaPrinter(writer: writer, entry: operands, substituting: substituting).write(formula, to: &row)
        step.steps.append(row)
      }
    }
    MathML.number(walkthrough.format.plain(entry.result), to: &step.result)
    var math = AlignedMath()
    math.append(tex)
    step.tex = math.body
    step.write(to: &output)
  }

  /// The heading of a pass of the derivation, for the kind of a section.
  static func pass(of kind: TraceSection.Kind) -> String {
    switch kind {
    case .given, .example, .forward, .softmax: return "Forward pass"
    case .error: return "The error"
    case .errorSlopes, .delta, .errorForms, .gradient, .sharedGradient: return "Backward pass"
    case .inputGradients: return "Gradients with respect to the inputs"
    case .batch: return "The batch"
    case .update: return "The update"
    case .perceptronVisit, .perceptronEpoch, .perceptronResult: return "The perceptron rule"
    case .training: return "Training"
    }
  }

  /// A layer's title as HTML, its units in the notation's symbols (MathML) under a notation
  /// that numbers units, as the Markdown and LaTeX headings write them.
  func layerTitle(_ index: Int) -> String {
    walkthrough.layerHeading(index, text: Escaping.svg) { neuron in
      let name = trace.network.neurons[neuron].name
      guard walkthrough.writesUnitsAsSymbols else { return Escaping.svg(name) }
      var math = "<math>"
      MathML.write(walkthrough.notation.symbol(.out(name)), to: &math)
      return math + "</math>"
    }.joined()
  }

  /// The heading of one section as HTML: what its values are about (text escaped, a layer's
  /// title as `layerTitle` writes it).
  private func heading(of section: TraceSection) -> String {
    let network = trace.network
    func name(_ neuron: Int) -> String { network.neurons[neuron].name }
    let example = section.example.map { ", example \($0)" } ?? ""
    func plain(_ text: String) -> String { Escaping.svg(text + example) }
    switch section.kind {
    case let .forward(neuron): return plain("Neuron \(name(neuron))")
    case let .softmax(layer): return Escaping.svg("The softmax of ") + layerTitle(layer) + plain("")
    case .error: return plain("Each output's term of the error, then their sum")
    case let .errorSlopes(layer): return Escaping.svg("The error's slopes at the outputs of ") + layerTitle(layer) + plain("")
    case let .delta(neuron): return plain("The error signal of \(name(neuron))")
    case let .errorForms(neuron): return plain("The error signal of \(name(neuron)) in other books' conventions")
    case .inputGradients: return plain("The gradients with respect to the inputs")
    case let .gradient(parameter, neuron): return plain("The gradient of \(network.parameters[parameter].name) in \(name(neuron))")
    case let .sharedGradient(parameter): return Escaping.svg("The gradient of \(network.parameters[parameter].name), summed over its uses")
    case .batch: return Escaping.svg("The error and the gradients of the batch")
    case .update: return Escaping.svg("The new parameters")
    case let .perceptronVisit(epoch, visited): return Escaping.svg("Epoch \(epoch), example \(visited)")
    case let .perceptronEpoch(epoch): return Escaping.svg("The mistakes of epoch \(epoch)")
    case .perceptronResult: return Escaping.svg("How the run ended")
    case .training: return Escaping.svg("The error during training")
    case .given, .example: return Escaping.svg("Given values")
    }
  }

  /// The part of the figure a quantity is about: `n:NAME` for a unit, `p:NAME` for a parameter.
  static func mark(of quantity: Quantity) -> String? {
    switch quantity {
    case let .input(name), let .target(name), let .net(name), let .out(name), let .errorTerm(name),
      let .errorSlope(name), let .activationSlope(name), let .delta(name), let .deltaByChain(name),
      let .perceptronError(name), let .netSlopeOut(_, name), let .errorSlopeVia(name, _), let .activationJacobian(name, _):
      return "n:" + name
    case let .parameter(name), let .netSlopeParameter(_, name), let .gradient(name), let .gradientVia(name, _),
      let .updated(name), let .velocity(name), let .updatedVelocity(name), let .penaltySlope(name),
      let .objectiveGradient(name), let .parameterAfterStep(name, _), let .finalParameter(name):
      return "p:" + name
    case let .ofExample(inner, _), let .ofEpoch(inner, _):
      return mark(of: inner)
    default:
      return nil
    }
  }
}

extension TraceSection {
  /// True for a section of given values: the parameters and settings, an example's inputs and
  /// targets.
  var isGiven: Bool {
    switch kind {
    case .given, .example: return true
    default: return false
    }
  }
}
