/// Where each value of a step goes in a trace's value array, looked up by neuron, connection or
/// parameter index. `-1` marks a quantity the layout does not have (the error term of a hidden
/// neuron, the bias of a neuron without one, the update of a frozen parameter).
///
/// Per-example slots are those of the batch's first example; the block of the example at
/// position b lies `b × exampleStride` entries further on.
struct TraceSlots {
  var exampleStride = 0
  // Per example.
  var inputs: [Int] = []
  var targets: [Int] = []
  var net: [Int]
  var out: [Int]
  var logSumExp = -1
  var errorTerm: [Int]
  var errorSlope: [Int]
  var totalError = -1
  var activationSlope: [Int]
  var jacobian: [[Int]]
  var deltaChain: [Int]
  var delta: [Int]
  var connectionInput: [Int]
  var connectionUse: [Int]
  var backflowWeight: [Int]
  var backflowShare: [Int]
  var biasFactor: [Int]
  var biasUse: [Int]
  var gradient: [Int]
  // Per step.
  var parameters: [Int] = []
  var learningRate = -1
  var momentum = -1
  var weightDecay = -1
  var previousVelocity: [Int]
  var batchError = -1
  var batchGradient: [Int]
  var penalty = -1
  var objective = -1
  var penaltySlope: [Int]
  var objectiveGradient: [Int]
  var velocity: [Int]
  var updated: [Int]
  // Per run.
  var errorAfterStep: [Int] = []
  var parameterAfterLastStep: [Int]

  init(neurons: Int, connections: Int, parameters: Int) {
    let perNeuron = Array(repeating: -1, count: neurons)
    let perConnection = Array(repeating: -1, count: connections)
    let perParameter = Array(repeating: -1, count: parameters)
    net = perNeuron
    out = perNeuron
    errorTerm = perNeuron
    errorSlope = perNeuron
    activationSlope = perNeuron
    jacobian = Array(repeating: [], count: neurons)
    deltaChain = perNeuron
    delta = perNeuron
    biasFactor = perNeuron
    biasUse = perNeuron
    connectionInput = perConnection
    connectionUse = perConnection
    backflowWeight = perConnection
    backflowShare = perConnection
    gradient = perParameter
    previousVelocity = perParameter
    batchGradient = perParameter
    penaltySlope = perParameter
    objectiveGradient = perParameter
    velocity = perParameter
    updated = perParameter
    parameterAfterLastStep = perParameter
  }
}

/// Stores each recorded value at its slot (shifted to the current example's block for
/// per-example values); a value whose slot is `-1` is not part of the layout and is dropped.
///
/// It writes into a buffer that `recording(_:count:_:)` hands over as the trace's value array,
/// so recording a value is one store, with no copy-on-write check. Each stored value's exponent
/// bits are also folded into a running minimum, so whether any value is infinite or NaN is known
/// without a second pass over the array.
struct SlotRecorder: StepRecorder {
  static var keepsValues: Bool { true }
  let slots: TraceSlots
  private let values: UnsafeMutableBufferPointer<Double>
  private var offset = 0
  /// The smallest `~bits & exponentMask` of the values stored: 0 once one is ±∞ or NaN.
  private var finiteness = SlotRecorder.exponentMask
  private static let exponentMask: UInt64 = 0x7FF0_0000_0000_0000

  /// Runs `body` with a recorder over `count` values, all 0 until recorded; returns the values
  /// and whether every one of them is finite.
  static func recording(
    _ slots: TraceSlots, count: Int, _ body: (inout SlotRecorder) -> Void
  ) -> (values: [Double], allFinite: Bool) {
    var allFinite = true
    let values = [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      buffer.initialize(repeating: 0)
      initialized = count
      var recorder = SlotRecorder(slots: slots, values: buffer)
      body(&recorder)
      allFinite = recorder.finiteness != 0
    }
    return (values, allFinite)
  }

  private init(slots: TraceSlots, values: UnsafeMutableBufferPointer<Double>) {
    self.slots = slots
    self.values = values
  }

  /// Stores a per-run or per-step value.
  @inline(__always) mutating func store(_ slot: Int, _ value: Double) {
    if slot >= 0 {
      values[slot] = value
      finiteness = min(finiteness, ~value.bitPattern & Self.exponentMask)
    }
  }

  /// Stores a per-example value of the current example.
  @inline(__always) private mutating func storeForExample(_ slot: Int, _ value: Double) {
    if slot >= 0 {
      values[slot &+ offset] = value
      finiteness = min(finiteness, ~value.bitPattern & Self.exponentMask)
    }
  }

  mutating func beginExample(_ position: Int) {
    offset = position * slots.exampleStride
  }

  /// Stores an example's inputs and targets.
  mutating func recordGiven(example position: Int, _ example: Example) {
    beginExample(position)
    for (slot, value) in zip(slots.inputs, example.inputs) { storeForExample(slot, value) }
    for (slot, value) in zip(slots.targets, example.targets) { storeForExample(slot, value) }
  }

  mutating func recordForward(neuron: Int, net: Double, out: Double) {
    storeForExample(slots.net[neuron], net)
    storeForExample(slots.out[neuron], out)
  }

  mutating func recordLogSumExp(_ value: Double) { storeForExample(slots.logSumExp, value) }

  mutating func recordErrorTerm(neuron: Int, term: Double, slope: Double) {
    storeForExample(slots.errorTerm[neuron], term)
    storeForExample(slots.errorSlope[neuron], slope)
  }

  mutating func recordTotalError(_ error: Double) { storeForExample(slots.totalError, error) }

  mutating func recordBackflow(connection: Int, weight: Double, share: Double) {
    storeForExample(slots.backflowWeight[connection], weight)
    storeForExample(slots.backflowShare[connection], share)
  }

  mutating func recordHiddenErrorSlope(neuron: Int, _ slope: Double) {
    storeForExample(slots.errorSlope[neuron], slope)
  }

  mutating func recordActivationSlope(neuron: Int, _ slope: Double) {
    storeForExample(slots.activationSlope[neuron], slope)
  }

  mutating func recordJacobian(neuron: Int, position: Int, _ value: Double) {
    storeForExample(slots.jacobian[neuron][position], value)
  }

  mutating func recordDeltaChain(neuron: Int, _ value: Double) { storeForExample(slots.deltaChain[neuron], value) }

  mutating func recordDelta(neuron: Int, _ delta: Double) { storeForExample(slots.delta[neuron], delta) }

  mutating func recordWeightUse(connection: Int, input: Double, gradient: Double) {
    storeForExample(slots.connectionInput[connection], input)
    storeForExample(slots.connectionUse[connection], gradient)
  }

  mutating func recordBiasUse(neuron: Int, gradient: Double) {
    storeForExample(slots.biasFactor[neuron], 1)
    storeForExample(slots.biasUse[neuron], gradient)
  }

  mutating func recordGradient(parameter: Int, _ gradient: Double) {
    storeForExample(slots.gradient[parameter], gradient)
  }

  mutating func recordBatchError(_ error: Double) { store(slots.batchError, error) }

  mutating func recordBatchGradient(parameter: Int, _ gradient: Double) {
    store(slots.batchGradient[parameter], gradient)
  }

  mutating func recordPenalty(_ penalty: Double, objective: Double) {
    store(slots.penalty, penalty)
    store(slots.objective, objective)
  }

  mutating func recordDecay(parameter: Int, slope: Double, gradient: Double) {
    store(slots.penaltySlope[parameter], slope)
    store(slots.objectiveGradient[parameter], gradient)
  }

  mutating func recordVelocity(parameter: Int, _ velocity: Double) { store(slots.velocity[parameter], velocity) }

  mutating func recordUpdate(parameter: Int, _ value: Double) { store(slots.updated[parameter], value) }
}
