extension PlainFormulaWriter {
  /// out = g(net) in plain text: `1 / (1 + e^(-net_h1))`, `tanh(net_h1)`, `max(0, net_h1)`.
  func activationParts(_ activation: Activation, _ net: TraceKey) -> (String, String?) {
    let x = trace[net] ?? .nan
    switch activation {
    case .sigmoid: return ("1 / (1 + e^(-\(net)))", "1 / (1 + e^(\(format.plain(-x))))")
    case .tanh: return ("tanh(\(net))", "tanh(\(number(net)))")
    case .relu: return ("max(0, \(net))", "max(0, \(number(net)))")
    case let .leakyRelu(alpha):
      let slope = format.plain(alpha)
      return ("max(\(slope) * \(net), \(net))", "max(\(slope) * \(operand(net)), \(number(net)))")
    case .identity: return (net.rawValue, number(net))
    case .step: return ("step(\(net))", "step(\(number(net))), as \(number(net)) \(x > 0 ? ">" : "<=") 0")
    case .softmax: return (net.rawValue, number(net))
    }
  }

  /// ∂out/∂net in plain text: `out_h1 * (1 - out_h1)` for the sigmoid, `1 - out_h1^2` for tanh.
  func slopeParts(_ activation: Activation, net: TraceKey, out: TraceKey) -> (String, String?)? {
    let x = trace[net] ?? .nan
    switch activation {
    case .sigmoid: return ("\(out) * (1 - \(out))", "\(operand(out)) * (1 - \(operand(out)))")
    case .tanh: return ("1 - \(out)^2", "1 - \(operand(out))^2")
    case .relu, .leakyRelu:
      let name = activation == .relu ? "relu" : "leakyRelu"
      return ("\(name)'(\(net))", "\(name)'(\(number(net))), as \(number(net)) \(x > 0 ? ">" : "<=") 0")
    case .identity: return ("1", nil)
    case .step: return ("step'(\(net))", "0 (the step is flat wherever it has a slope)")
    case .softmax: return nil
    }
  }

  /// An output's error term or its slope ∂E/∂out in plain text, e.g. `1/2 * (target_o1 -
  /// out_o1)^2` and `-(target_o1 - out_o1)` for the half squared error.
  func errorParts(_ loss: Loss, target: TraceKey, output: TraceKey, count: Int, slope: Bool) -> (String, String?) {
    let (symbolic, numeric) = loss.errorTerm(
      target: target.rawValue, output: output.rawValue, targetValue: operand(target), outputValue: operand(output),
      targetNumber: number(target), count: count, slope: slope, in: .plain)
    return (symbolic, numeric)
  }
}
