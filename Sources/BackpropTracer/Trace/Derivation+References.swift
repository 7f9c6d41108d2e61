extension Derivation {
  /// The keys of the values this derivation reads, in the order it names them.
  ///
  /// Values of later steps (`repeatedSteps`) depend on the whole step but name nothing.
  var references: [TraceKey] {
    var keys: [TraceKey] = []
    forEachReference { keys.append($0) }
    return keys
  }

  /// Calls `body` with each key of `references`, in order, without collecting them.
  func forEachReference(_ body: (TraceKey) -> Void) {
    func each(_ keys: [TraceKey]) { for key in keys { body(key) } }
    func each(_ a: TraceKey, _ b: TraceKey, _ c: TraceKey? = nil, _ d: TraceKey? = nil) {
      body(a)
      body(b)
      if let c { body(c) }
      if let d { body(d) }
    }
    switch self {
    case .given, .one, .repeatedSteps: return
    case let .weightedSum(weights, inputs, bias):
      each(weights)
      each(inputs)
      if let bias { body(bias) }
    case let .activation(_, net): body(net)
    case let .activationSlope(_, net, out): each(net, out)
    case let .softmax(net, nets):
      body(net)
      each(nets)
    case let .softmaxSlope(outI, outJ, _): each(outI, outJ)
    case let .errorTerm(_, target, output, net, logSumExp, _): each(target, output, net, logSumExp)
    case let .errorSlope(_, target, output, _): each(target, output)
    case let .jacobianChain(factors, slopes):
      each(factors)
      each(slopes)
    case let .outputMinusTarget(output, target): each(output, target)
    case let .sum(keys), let .mean(keys), let .product(keys), let .logSumExp(keys), let .countNonZero(keys): each(keys)
    case let .copy(key), let .negation(key): body(key)
    case let .update(parameter, gradient, rate): each(parameter, gradient, rate)
    case let .velocity(previous, gradient, momentum, rate, _): each(previous, gradient, momentum, rate)
    case let .momentumStep(parameter, velocity, rate, _): each(parameter, velocity, rate)
    case let .penalty(weights, decay):
      each(weights)
      body(decay)
    case let .penaltySlope(weight, decay): each(weight, decay)
    case let .difference(a, b): each(a, b)
    case let .perceptronUpdate(parameter, rate, error, input): each(parameter, rate, error, input)
    }
  }
}
