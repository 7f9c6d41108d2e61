/// Backpropagation on a network of scalars, one example at a time, in the order a lecture
/// derives it: the given values, the forward pass, the error, the backward pass, the update.
///
/// This is the definition of every number a trace records. Each value is handed to a `Ledger`
/// as it is computed, with what it is (a `Quantity`) and how it was obtained (a `Derivation`),
/// and it is computed exactly as that derivation says; the core then goes on with the value the
/// ledger returns. So the same code lays a trace out (`LayoutLedger`) and records its values
/// (`ValueLedger`, which never builds a description), and replays a record with values put in
/// (`ReplayingLedger`). `TrainingStep` runs a batch through it with the optimizers; tests hold
/// the untraced kernel (`Kernel/`) to it bit for bit.
///
/// A replaying ledger may ask for a common mistake (`ledger.variant`, a `Variant`); the core
/// makes it where marked "Variant" below, and computes everything after from it.
struct Backpropagation {
  let network: Network
  let sharing: ParameterSharing
  /// Which example the values belong to, and so the keys they are recorded under.
  var key: KeyScope
  /// Every parameter's value: as given, until `descend` moves it.
  var parameters: [Double]
  private(set) var learningRate = 0.0
  /// out of every unit (the inputs, then each neuron's g(net)); the targets of the outputs.
  private(set) var out: [Double], targets: [Double] = []
  /// net, ∂E/∂out, ∂out/∂net and δ = ∂E/∂net of every neuron; log Σ e^net of a softmax output layer.
  private(set) var net: [Double], delta: [Double]
  private var dEdout, slope: [Double], logSumExp = 0.0
  /// ∂E/∂p of the current example, for every parameter.
  private(set) var gradients: [Double]

  /// The core of `network`, whose parameters start from `parameters` (one per parameter).
  init(_ network: Network, sharing: ParameterSharing, parameters: [Double]) {
    (self.network, self.sharing, self.parameters) = (network, sharing, parameters)
    key = KeyScope(network)
    out = Array(repeating: 0, count: network.unitCount)
    net = Array(repeating: 0, count: network.neurons.count)
    (dEdout, slope, delta) = (net, net, net)
    gradients = Array(repeating: 0, count: network.parameters.count)
  }

  /// The parameters and (for training) the learning rate, as given.
  mutating func noteGiven<L: Ledger>(learningRate: Bool, into ledger: inout L) {
    var local = ledger  // a copy the compiler keeps in registers through a long loop of notes
    defer { ledger = local }
    for p in parameters.indices { parameters[p] = local.note(.parameter(parameterName(p)), parameters[p], by: .given) }
    if learningRate { self.learningRate = local.note(.learningRate, network.learningRate, by: .given) }
  }

  /// An example's inputs and (for training) its targets, as given; returns them as noted.
  @discardableResult
  mutating func noteExample<L: Ledger>(_ example: Example, targets: Bool, into ledger: inout L) -> Example {
    ledger.begin(.example)
    for (i, input) in network.inputNames.enumerated() { out[i] = ledger.note(.input(input), example.inputs[i], by: .given) }
    if targets && network.loss.usesTargets {
      self.targets = zip(network.outputLayer.neurons, example.targets).map { ledger.note(.target(name($0)), $1, by: .given) }
    }
    if !network.loss.usesTargets { self.targets = example.targets }  // unused by the loss: never noted
    return Example(inputs: Array(out[..<network.inputNames.count]), targets: targets ? self.targets : example.targets)
  }

  /// The forward pass, layer by layer; a softmax layer's outputs once all its net inputs are known.
  mutating func forwardPass<L: Ledger>(into ledger: inout L) {
    for (l, layer) in network.layers.enumerated() {
      for j in layer.neurons {
        ledger.begin(.forward(neuron: j))
        forward(j, into: &ledger)
      }
      if !layer.activation.isElementwise { softmax(l, into: &ledger) }
    }
  }

  /// net = b + Σ w·x of neuron j, from the bias (0 without one), left to right; out = g(net),
  /// which it returns (for a softmax neuron, whose out waits for its layer, 0).
  @discardableResult mutating func forward<L: Ledger>(_ j: Int, into ledger: inout L) -> Double {
    let n = network.neurons[j], layer = network.layers[n.layer], key = key
    var sum = (ledger.variant == .biasOmitted ? nil : n.bias).map { parameters[$0] } ?? 0  // Variant: no bias
    for (i, w) in n.weights.enumerated() { sum += parameters[w] * out[layer.inputs.lowerBound + i] }
    net[j] = ledger.note(.net(n.name), sum, by: .weightedSum(
      weights: n.weights.map(key.parameter), inputs: layer.inputs.map(key.unit), bias: n.bias.map(key.parameter)))
    guard layer.activation.isElementwise else { return 0 }
    let g = ledger.variant == .sigmoidSignLost && layer.activation == .sigmoid  // Variant: 1 / (1 + e^net)
      ? Sigmoid.valueWithExponentSignLost(net[j]) : layer.activation.value(at: net[j])
    out[unit(j)] = ledger.note(.out(n.name), g, by: .activation(layer.activation, of: key.net(j)))
    return out[unit(j)]
  }

  /// out_j = e^{net_j} / Σ_k e^{net_k} over layer l, computed with the largest net subtracted.
  private mutating func softmax<L: Ledger>(_ l: Int, into ledger: inout L) {
    ledger.begin(.softmax(layer: l))
    let neurons = network.layers[l].neurons, nets = Array(net[neurons]), key = key
    var outs = nets
    logSumExp = Activation.softmax(nets, from: 0, count: nets.count, into: &outs, at: 0)
    for (i, j) in neurons.enumerated() {
      out[unit(j)] = ledger.note(.out(name(j)), outs[i], by: .softmax(of: key.net(j), over: neurons.map(key.net)))
    }
  }

  /// The error: a term per output, and E = 0 + E_o1 + E_o2 + …, which it returns.
  mutating func error<L: Ledger>(into ledger: inout L) -> Double {
    ledger.begin(.error)
    let outputs = network.outputLayer.neurons, loss = network.loss, key = key
    if loss == .crossEntropy {
      logSumExp = ledger.note(.logSumExp, logSumExp, by: .logSumExp(outputs.map(key.net)))
    }
    var total = 0.0
    for (k, j) in outputs.enumerated() {
      var term = loss.term(target: targets[k], output: out[unit(j)], net: net[j], logSumExp: logSumExp, outputCount: outputs.count)
      if ledger.variant == .lossWithoutHalf { term *= 2 }  // Variant: twice the term
      total += ledger.note(.errorTerm(name(j)), term, by: .errorTerm(loss, target: key.target(j), output: key.out(j),
        net: key.net(j), logSumExp: loss == .crossEntropy ? key(.logSumExp) : nil, outputCount: outputs.count))
    }
    return ledger.note(.totalError, total, by: .sum(outputs.map { key(.errorTerm(self.name($0))) }))
  }

  /// The backward pass, from the output layer down: each neuron's δ, then the gradients of its
  /// parameters; a shared parameter's gradient, 0 + the sum of its uses, after its last use.
  mutating func backwardPass<L: Ledger>(into ledger: inout L) {
    for p in sharing.summed { gradients[p] = 0 }
    for l in network.layers.indices.reversed() {
      let layer = network.layers[l], key = key
      if !layer.activation.isElementwise {
        ledger.begin(.errorSlopes(layer: l))
        for j in layer.neurons { errorSlope(j, into: &ledger) }
      }
      for j in layer.neurons {
        ledger.begin(.delta(neuron: j))
        delta(j, into: &ledger)
        ledger.begin(.errorForms(neuron: j))
        errorForms(j, into: &ledger)
        parameterGradients(j, into: &ledger)
      }
      for p in sharing.sumsAfterLayer[l] {
        ledger.begin(.sharedGradient(parameter: p))
        gradients[p] = ledger.note(.gradient(parameterName(p)), gradients[p], by: .sum(sharing.users[p].map {
          key(.gradientVia(parameter: self.parameterName(p), neuron: self.name($0)))
        }))
      }
    }
    inputGradients(into: &ledger)
  }

  /// ∂E/∂out of neuron j: from the loss for an output; for a hidden neuron, 0 + the share
  /// (chain of k) · w_kj flowing back through each neuron k it feeds, in the order of k.
  private mutating func errorSlope<L: Ledger>(_ j: Int, into ledger: inout L) {
    let n = network.neurons[j], loss = network.loss, key = key
    guard n.layer + 1 < network.layers.count else {
      let outputs = network.outputLayer.neurons, target = targets[j - outputs.lowerBound]
      var slope = loss.slope(target: target, output: out[unit(j)], outputCount: outputs.count)
      if ledger.variant == .lossWithoutHalf { slope *= 2 }  // Variant: twice the slope
      dEdout[j] = ledger.note(.errorSlope(n.name), slope,
        by: .errorSlope(loss, target: key.target(j), output: key.out(j), outputCount: outputs.count))
      return
    }
    let consumers = network.layers[n.layer + 1], position = unit(j) - consumers.inputs.lowerBound
    var sum = 0.0
    for k in consumers.neurons {
      let w = network.neurons[k].weights[position]
      let updated = ledger.variant == .updatedOutputWeights ? ledger.valueAfterUpdate(of: key.parameter(w)) : nil  // Variant
      let weight = ledger.note(.netSlopeOut(consumer: name(k), source: n.name), updated ?? parameters[w], by: .copy(key.parameter(w)))
      sum += ledger.note(.errorSlopeVia(source: n.name, consumer: name(k)), chain(k, ledger.variant) * weight,
        by: key.chainRule(through: k, times: key(.netSlopeOut(consumer: name(k), source: n.name))))
    }
    dEdout[j] = ledger.note(.errorSlope(n.name), sum,
      by: .sum(consumers.neurons.map { key(.errorSlopeVia(source: n.name, consumer: name($0))) }))
  }

  /// δ_j = ∂E/∂out_j · ∂out_j/∂net_j, or Σ_i ∂E/∂out_i · ∂out_i/∂net_j in a softmax layer; for the
  /// outputs of a cross-entropy with its matching activation, o − t, that chain noted beside it.
  private mutating func delta<L: Ledger>(_ j: Int, into ledger: inout L) {
    let layer = network.layers[network.neurons[j].layer], name = name(j), key = key
    var chain = 0.0
    if layer.activation.isElementwise {
      errorSlope(j, into: &ledger)
      slope[j] = ledger.note(.activationSlope(name), layer.activation.slope(net: net[j], out: out[unit(j)]),
        by: .activationSlope(layer.activation, net: key.net(j), out: key.out(j)))
      chain = ledger.variant == .slopeOmitted ? dEdout[j] : dEdout[j] * slope[j]  // Variant: no ∂out/∂net
    } else {
      for i in layer.neurons {
        chain += dEdout[i] * ledger.note(.activationJacobian(out: self.name(i), net: name),
          Activation.softmaxSlope(outI: out[unit(i)], outJ: out[unit(j)], sameNeuron: i == j),
          by: .softmaxSlope(outI: key.out(i), outJ: key.out(j), sameNeuron: i == j))
      }
    }
    let simplified = network.simplifiesDelta(of: j)
    delta[j] = ledger.note(simplified ? .deltaByChain(name) : .delta(name), chain, by: layer.activation.isElementwise
      ? .product([key.errorSlope(j), key.activationSlope(j)])
      : .jacobianChain(factors: layer.neurons.map(key.errorSlope),
        slopes: layer.neurons.map { key(.activationJacobian(out: self.name($0), net: name)) }))
    guard simplified else { return }
    delta[j] = ledger.note(.delta(name), out[unit(j)] - targets[j - layer.neurons.lowerBound],
      by: .outputMinusTarget(output: key.out(j), target: key.target(j)))
  }

  /// For each parameter p of neuron j, ∂net_j/∂p (the input it multiplies, or 1 for the bias) and
  /// the use (chain of j) · ∂net_j/∂p. ∂E/∂p is 0 + the sum of p's uses: a parameter used once
  /// has that sum noted here; a shared one, each use here and the sum after its last.
  private mutating func parameterGradients<L: Ledger>(_ j: Int, into ledger: inout L) {
    let n = network.neurons[j], key = key, chain = chain(j, ledger.variant), first = network.layers[n.layer].inputs.lowerBound
    var local = ledger
    defer { ledger = local }
    for (i, w) in n.weights.enumerated() {
      gradient(w, of: j, chain: chain, factor: out[first + i], by: .copy(key.unit(first + i)), into: &local)
    }
    if let b = n.bias { gradient(b, of: j, chain: chain, factor: 1, by: .one, into: &local) }
  }

  private mutating func gradient<L: Ledger>(
    _ p: Int, of j: Int, chain: Double, factor: Double, by derivation: @autoclosure () -> Derivation, into ledger: inout L
  ) {
    ledger.begin(.gradient(parameter: p, neuron: j))
    let x = ledger.note(netSlope(j, p), factor, by: derivation()), shared = sharing.isShared[p]
    let use = ledger.note(shared ? .gradientVia(parameter: parameterName(p), neuron: name(j)) : .gradient(parameterName(p)),
      shared ? chain * x : 0 + chain * x, by: key.chainRule(through: j, times: key(netSlope(j, p))))
    gradients[p] = shared ? gradients[p] + use : use
  }

  /// Gradient descent on every trainable parameter along `gradients` (the example's, or the batch's).
  mutating func update<L: Ledger>(along gradients: [Double], into ledger: inout L) {
    var local = ledger
    defer { ledger = local }
    for p in sharing.trainable { descend(p, along: gradients[p], into: &local) }
  }

  /// p ← p − η·g along g = ∂E/∂p (∂J/∂p `underDecay`), once the backward pass is over: every
  /// gradient used the parameters as they were before the update.
  mutating func descend<L: Ledger>(_ p: Int, along g: Double, underDecay: Bool = false, into ledger: inout L) {
    let name = parameterName(p)
    let new: Double
    switch ledger.variant {  // Variant: the gradient added, or the learning rate left out
    case .gradientAdded?: new = parameters[p] + learningRate * g
    case .learningRateOmitted?: new = parameters[p] - g
    default: new = Self.descent(parameters[p], learningRate: learningRate, gradient: g)
    }
    parameters[p] = ledger.note(.updated(name), new, by: .update(
      Quantity.parameter(name).key, gradient: (underDecay ? Quantity.objectiveGradient(name) : .gradient(name)).key,
      learningRate: Quantity.learningRate.key))
  }

  /// p − η·g.
  static func descent(_ p: Double, learningRate: Double, gradient g: Double) -> Double { p - learningRate * g }

  /// What neuron k contributes to each chain through it: ∂E/∂out_k · ∂out_k/∂net_k, as the
  /// lecture writes its three-factor chains, or δ_k itself (a softmax layer, or δ = o − t).
  private func chain(_ k: Int, _ variant: Variant?) -> Double {
    guard network.writesThreeFactors(through: k) else { return delta[k] }
    return variant == .slopeOmitted ? dEdout[k] : dEdout[k] * slope[k]  // Variant: no ∂out/∂net
  }

  /// ∂net_j/∂p.
  private func netSlope(_ j: Int, _ p: Int) -> Quantity { .netSlopeParameter(neuron: name(j), parameter: parameterName(p)) }

  func name(_ j: Int) -> String { network.neurons[j].name }
  func parameterName(_ p: Int) -> String { network.parameters[p].name }
  func unit(_ j: Int) -> Int { network.inputNames.count + j }
}
