extension Derivation {
  /// The keys of the values this derivation reads, in the order it names them.
  ///
  /// Values of later steps (`repeatedSteps`) depend on the whole step but name nothing.
  var references: [TraceKey] {
    switch self {
    case .given, .one, .repeatedSteps: return []
    case let .weightedSum(weights, inputs, bias): return weights + inputs + (bias.map { [$0] } ?? [])
    case let .activation(_, net): return [net]
    case let .activationSlope(_, net, out): return [net, out]
    case let .softmax(net, nets): return [net] + nets
    case let .logSumExp(nets): return nets
    case let .softmaxSlope(outI, outJ, _): return [outI, outJ]
    case let .errorTerm(_, target, output, net, logSumExp, _):
      return [target, output, net] + (logSumExp.map { [$0] } ?? [])
    case let .errorSlope(_, target, output, _): return [target, output]
    case let .jacobianChain(factors, slopes): return factors + slopes
    case let .outputMinusTarget(output, target): return [output, target]
    case let .sum(keys), let .mean(keys), let .product(keys): return keys
    case let .copy(key): return [key]
    case let .update(parameter, gradient, rate): return [parameter, gradient, rate]
    case let .velocity(previous, gradient, momentum, rate, _): return [previous, gradient, momentum, rate]
    case let .momentumStep(parameter, velocity, rate, _): return [parameter, velocity, rate]
    case let .penalty(weights, decay): return weights + [decay]
    case let .penaltySlope(weight, decay): return [weight, decay]
    case let .difference(a, b): return [a, b]
    case let .perceptronUpdate(parameter, rate, error, input): return [parameter, rate, error] + (input.map { [$0] } ?? [])
    case let .countNonZero(keys): return keys
    }
  }
}
