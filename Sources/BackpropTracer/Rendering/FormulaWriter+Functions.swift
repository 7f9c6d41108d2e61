extension FormulaWriter {
  /// out = g(net) in symbols and with the net input substituted.
  func activationFormula(_ activation: Activation, _ netKey: TraceKey, _ at: Int?) -> (String, String) {
    let x = value(at)
    let net = symbol(netKey, at)
    switch activation {
    case .sigmoid:
      return (
        "\\frac{1}{1 + e^{-\(net)}}",
        "\\frac{1}{1 + e^{\(format.tex(-x))}}"
      )
    case .tanh: return ("\\tanh(\(net))", "\\tanh(\(number(at)))")
    case .relu: return ("\\max(0, \(net))", "\\max(0, \(number(at)))")
    case let .leakyRelu(alpha):
      let slope = format.tex(alpha)
      return ("\\max(\(slope) \(net), \(net))", "\\max(\(slope) \\times \(operand(at)), \(number(at)))")
    case .identity: return (net, number(at))
    case .step:
      let comparison = x > 0 ? ">" : "\\le"
      return ("\\mathrm{step}(\(net))", "\\mathrm{step}(\(number(at))) \\text{ with } \(number(at)) \(comparison) 0")
    case .softmax: return (net, number(at))
    }
  }

  /// ∂out/∂net = g′(net) in symbols and substituted (nil where the lecture writes none).
  func slopeFormula(
    _ activation: Activation, net: (key: TraceKey, at: Int?), out: (key: TraceKey, at: Int?)
  ) -> (String?, String?) {
    switch activation {
    case .sigmoid:
      let o = symbol(out.key, out.at)
      return ("\(o)(1 - \(o))", "\(operand(out.at)) \\times (1 - \(operand(out.at)))")
    case .tanh:
      return ("1 - " + squared(out.key, out.at), "1 - \(operand(out.at))^{2}")
    case .relu, .leakyRelu:
      let comparison = value(net.at) > 0 ? ">" : "\\le"
      let name = activation == .relu ? "\\mathrm{ReLU}" : "\\mathrm{LReLU}"
      let x = number(net.at)
      return ("\(name)'(\(symbol(net.key, net.at)))", "\(name)'(\(x)) \\text{ with } \(x) \(comparison) 0")
    case .identity:
      return ("1", nil)
    case .step:
      return ("\\mathrm{step}'(\(symbol(net.key, net.at)))", "0 \\text{ (the step is flat wherever it has a slope)}")
    case .softmax:
      return (nil, nil)
    }
  }

  /// An output's error term (or, with `slope`, ∂E/∂o) in symbols and substituted.
  func errorFormula(
    _ loss: Loss, _ target: (key: TraceKey, at: Int?), _ output: (key: TraceKey, at: Int?), _ count: Int, slope: Bool
  ) -> (String, String) {
    loss.errorTerm(
      target: symbol(target.key, target.at), output: symbol(output.key, output.at), targetValue: operand(target.at),
      outputValue: operand(output.at), targetNumber: number(target.at), count: count, slope: slope, in: .tex)
  }
}
