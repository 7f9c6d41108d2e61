/// Where each value of a step goes in a trace's value array: one position per recorded quantity,
/// looked up by neuron, connection or parameter index. `-1` marks a quantity that does not exist
/// (the error term of a hidden neuron, the bias of a neuron without one, the update of a frozen
/// parameter); the engine never records those.
struct TraceSlots {
  var inputs: [Int] = []
  var targets: [Int] = []
  var parameters: [Int] = []
  var learningRate = -1
  var net: [Int]
  var out: [Int]
  var errorTerm: [Int]
  var errorSlope: [Int]
  var activationSlope: [Int]
  var delta: [Int]
  var totalError = -1
  var connectionInput: [Int]
  var connectionUse: [Int]
  var backflowWeight: [Int]
  var backflowShare: [Int]
  var biasFactor: [Int]
  var biasUse: [Int]
  var gradient: [Int]
  var updated: [Int]
  var errorAfterStep: [Int] = []
  var parameterAfterLastStep: [Int]

  init(neurons: Int, connections: Int, parameters: Int) {
    net = Array(repeating: -1, count: neurons)
    out = net
    errorTerm = net
    errorSlope = net
    activationSlope = net
    delta = net
    biasFactor = net
    biasUse = net
    connectionInput = Array(repeating: -1, count: connections)
    connectionUse = connectionInput
    backflowWeight = connectionInput
    backflowShare = connectionInput
    gradient = Array(repeating: -1, count: parameters)
    updated = gradient
    parameterAfterLastStep = gradient
  }
}

/// Stores each recorded value at its slot.
struct SlotRecorder: StepRecorder {
  let slots: TraceSlots
  var values: [Double]

  init(slots: TraceSlots, count: Int) {
    self.slots = slots
    self.values = Array(repeating: 0, count: count)
  }

  mutating func recordForward(neuron: Int, net: Double, out: Double) {
    values[slots.net[neuron]] = net
    values[slots.out[neuron]] = out
  }

  mutating func recordErrorTerm(neuron: Int, term: Double, slope: Double) {
    values[slots.errorTerm[neuron]] = term
    values[slots.errorSlope[neuron]] = slope
  }

  mutating func recordTotalError(_ error: Double) {
    values[slots.totalError] = error
  }

  mutating func recordBackflow(connection: Int, weight: Double, share: Double) {
    values[slots.backflowWeight[connection]] = weight
    values[slots.backflowShare[connection]] = share
  }

  mutating func recordHiddenErrorSlope(neuron: Int, _ slope: Double) {
    values[slots.errorSlope[neuron]] = slope
  }

  mutating func recordDelta(neuron: Int, activationSlope: Double, delta: Double) {
    values[slots.activationSlope[neuron]] = activationSlope
    values[slots.delta[neuron]] = delta
  }

  mutating func recordWeightUse(connection: Int, input: Double, gradient: Double) {
    values[slots.connectionInput[connection]] = input
    values[slots.connectionUse[connection]] = gradient
  }

  mutating func recordBiasUse(neuron: Int, gradient: Double) {
    values[slots.biasFactor[neuron]] = 1
    values[slots.biasUse[neuron]] = gradient
  }

  mutating func recordGradient(parameter: Int, _ gradient: Double) {
    values[slots.gradient[parameter]] = gradient
  }

  mutating func recordUpdate(parameter: Int, _ value: Double) {
    values[slots.updated[parameter]] = value
  }
}
