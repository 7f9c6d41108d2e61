extension Network {
  /// Rosenblatt's perceptron learning rule on a single layer of step units, traced visit by
  /// visit: each example in order, each epoch, until an epoch has no mistake, the parameters
  /// repeat (the rule cycles), or `maxEpochs` is reached.
  ///
  /// For each example, out = step(net) and err = t − out; when err ≠ 0 every parameter of the
  /// neuron moves: w ← w + η·err·x, b ← b + η·err. Targets are 0 or 1 (checked by the fixture
  /// reader). Keys carry the example and the epoch: `net_y_ex2_epoch3`, `w1_new_ex2_epoch3`.
  /// - Complexity: O(epochs × examples × connections) time; the record holds every visit.
  public func perceptron(
    _ examples: [Example], maxEpochs: Int, title: String = "", source: String = ""
  ) throws(NonFiniteValueError) -> Trace {
    let run = PerceptronRun(network: self, examples: examples, maxEpochs: maxEpochs)
    var builder = PerceptronLayout(network: self, examples: examples)
    let values = builder.build(run)
    let layout = builder.layout()
    try NonFiniteValueError.check(values, layout: layout)
    return Trace(title: title, source: source, network: self, steps: run.epochs.count, layout: layout, values: values)
  }
}

/// The numbers of a run of the perceptron rule, without any key: what the layout then names.
struct PerceptronRun {
  /// One example's visit in one epoch: per output neuron, net, out, error, and the parameters
  /// after it (equal to those before when err = 0).
  struct Visit {
    var nets: [Double]
    var outs: [Double]
    var errors: [Double]
    var parameters: [Double]
  }

  /// The visits of each epoch.
  var epochs: [[Visit]] = []
  /// How the run ended.
  var outcome: PerceptronOutcome = .stopped(epochs: 0)

  init(network: Network, examples: [Example], maxEpochs: Int) {
    var parameters = network.initialParameterValues
    var endOfEpoch: [[Double]] = [parameters]
    let layer = network.layers[0]
    for epoch in 1...max(maxEpochs, 1) {
      var visits: [Visit] = []
      var mistakes = 0
      for example in examples {
        var visit = Visit(nets: [], outs: [], errors: [], parameters: [])
        for (k, j) in layer.neurons.enumerated() {
          let neuron = network.neurons[j]
          var net = neuron.bias.map { parameters[$0] } ?? 0
          for (i, weight) in neuron.weights.enumerated() { net += parameters[weight] * example.inputs[i] }
          let out = Activation.step.value(at: net)
          let error = example.targets[k] - out
          if error != 0 {
            mistakes += 1
            let rate = network.learningRate
            for (i, weight) in neuron.weights.enumerated() where network.parameters[weight].isTrainable {
              parameters[weight] = parameters[weight] + rate * error * example.inputs[i]
            }
            if let bias = neuron.bias, network.parameters[bias].isTrainable {
              parameters[bias] = parameters[bias] + rate * error
            }
          }
          visit.nets.append(net)
          visit.outs.append(out)
          visit.errors.append(error)
        }
        visit.parameters = parameters
        visits.append(visit)
      }
      epochs.append(visits)
      if mistakes == 0 {
        outcome = .converged(epoch: epoch)
        return
      }
      if let earlier = endOfEpoch.firstIndex(of: parameters) {
        outcome = .cycles(epoch: epoch, repeating: earlier)
        return
      }
      endOfEpoch.append(parameters)
      outcome = .stopped(epochs: epoch)
    }
  }
}
