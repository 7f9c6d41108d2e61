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
    switch self {
    case .given, .one, .repeatedSteps: return
    case let .weightedSum(weights, inputs, bias):
      each(weights)
      each(inputs)
      if let bias { body(bias) }
    case let .activation(_, net): body(net)
    case let .activationSlope(_, net, out):
      body(net)
      body(out)
    case let .softmax(net, nets):
      body(net)
      each(nets)
    case let .softmaxSlope(outI, outJ, _):
      body(outI)
      body(outJ)
    case let .errorTerm(_, target, output, net, logSumExp, _):
      body(target)
      body(output)
      body(net)
      if let logSumExp { body(logSumExp) }
    case let .errorSlope(_, target, output, _):
      body(target)
      body(output)
    case let .jacobianChain(factors, slopes):
      each(factors)
      each(slopes)
    case let .outputMinusTarget(output, target):
      body(output)
      body(target)
    case let .sum(keys), let .mean(keys), let .product(keys), let .logSumExp(keys), let .countNonZero(keys): each(keys)
    case let .copy(key): body(key)
    case let .update(parameter, gradient, rate):
      body(parameter)
      body(gradient)
      body(rate)
    case let .velocity(previous, gradient, momentum, rate, _):
      body(previous)
      body(gradient)
      body(momentum)
      body(rate)
    case let .momentumStep(parameter, velocity, rate, _):
      body(parameter)
      body(velocity)
      body(rate)
    case let .penalty(weights, decay):
      each(weights)
      body(decay)
    case let .penaltySlope(weight, decay):
      body(weight)
      body(decay)
    case let .difference(a, b):
      body(a)
      body(b)
    case let .perceptronUpdate(parameter, rate, error, input):
      body(parameter)
      body(rate)
      body(error)
      if let input { body(input) }
    }
  }
}
