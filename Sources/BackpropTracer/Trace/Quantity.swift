/// What one recorded value is, in the structure of the network: the meaning behind a key.
///
/// Renderers turn a quantity into a symbol of the chosen notation; `key` turns it into the stable,
/// notation-free key. Names are the user's names of inputs, neurons and parameters.
///
/// Only the two cases that hold a quantity are `indirect`: the others are stored in place, not
/// boxed one allocation each (a 784-50-10 layout holds 161,249 quantities).
package enum Quantity: Equatable, Sendable {
  /// An input unit's value: key `i1`.
  case input(String)
  /// An output neuron's target: key `target_o1`.
  case target(String)
  /// A parameter's value before the step: key `w5`.
  case parameter(String)
  /// The learning rate η: key `learning_rate`.
  case learningRate
  /// A neuron's net input: key `net_h1`.
  case net(String)
  /// A neuron's output g(net): key `out_h1`.
  case out(String)
  /// One output's term of the error: key `E_o1`.
  case errorTerm(String)
  /// The total error: key `E_total`.
  case totalError
  /// ∂E/∂out of a neuron: key `dE_dout_o1`.
  case errorSlope(String)
  /// ∂out/∂net of a neuron: key `dout_dnet_o1`.
  case activationSlope(String)
  /// One entry of a softmax layer's Jacobian, ∂out_i/∂net_j: key `dout_o1_dnet_o2`.
  case activationJacobian(out: String, net: String)
  /// log Σ e^{net} over the softmax output layer, used by the cross-entropy: key `log_sum_exp`.
  case logSumExp
  /// δ = ∂E/∂net of a neuron: key `delta_o1`.
  case delta(String)
  /// δ of an output neuron by the full chain rule, beside its simplified form o − t (cross-entropy
  /// with its matching activation): key `delta_o1_chain`.
  case deltaByChain(String)
  /// ∂net_n/∂p, the factor a parameter contributes to a neuron's net: key `dnet_o1_dw5`.
  case netSlopeParameter(neuron: String, parameter: String)
  /// ∂net_k/∂out_h, the weight from h to k: key `dnet_o1_dout_h1`.
  case netSlopeOut(consumer: String, source: String)
  /// The share of ∂E/∂out_h that flows back through consumer k: key `dE_dout_h1_via_o1`.
  ///
  /// When k is an output neuron this is ∂E_k/∂out_h in seed 000's notation (∂E_o1/∂out_h1).
  case errorSlopeVia(source: String, consumer: String)
  /// ∂E/∂p: key `dE_dw5`.
  case gradient(String)
  /// The share of a shared parameter's gradient from its use in one neuron: key `dE_db1_via_h1`.
  case gradientVia(parameter: String, neuron: String)
  /// A parameter after the update: key `w5_new`.
  case updated(String)
  /// The momentum coefficient μ: key `momentum`.
  case momentum
  /// The weight-decay coefficient λ: key `weight_decay`.
  case weightDecay
  /// A parameter's momentum (velocity) before the step: key `velocity_w5`.
  case velocity(String)
  /// A parameter's momentum after the step: key `velocity_w5_new`.
  case updatedVelocity(String)
  /// The weight-decay penalty λ/2 Σ w² over the weights: key `penalty`.
  case penalty
  /// The objective J = E_total + penalty: key `J_total`.
  case objective
  /// The penalty's slope λ·w for a weight: key `dpenalty_dw5`.
  case penaltySlope(String)
  /// ∂J/∂p = ∂E/∂p + λ·p, the gradient the update uses under weight decay: key `dJ_dw5`.
  case objectiveGradient(String)
  /// The total error over the training set after `step` updates (step 0: before training): key
  /// `E_total_after_step3`.
  case totalErrorAfterStep(Int)
  /// The total error over the training set after `epoch` epochs, recorded once per epoch when
  /// an epoch takes several steps: key `E_total_after_epoch3`.
  case totalErrorAfterEpoch(Int)
  /// A parameter after `step` updates (recorded for the last step of a run of several): key
  /// `w5_after_step100`.
  case parameterAfterStep(String, Int)
  /// The error term Err = −δ = −∂E/∂net of a neuron, as Han and Kamber and Mitchell write it
  /// (their update is w ← w + η·Err·out): key `err_o1`.
  case errorTermSignal(String)
  /// The error e = target − out of an output neuron, as Hagan et al. write it: key `e_o1`.
  case outputError(String)
  /// ∂E/∂x of an input unit x (a circuit's input gradient): key `dE_di1`.
  case inputGradient(String)
  /// A neuron's net input in the forward pass after `step` updates (recorded after the last of
  /// several steps): key `net_o1_after_step100` (`net_o1_after_step100_ex2` for example 2 of a
  /// data set).
  case netAfterStep(String, Int)
  /// A neuron's output after `step` updates: key `out_o1_after_step100`.
  case outAfterStep(String, Int)
  /// A quantity of one example of a data set (numbered from 1): key `net_h1_ex2`.
  indirect case ofExample(Quantity, Int)
  /// A quantity of one epoch of the perceptron rule (numbered from 1): key `net_y_ex2_epoch3`.
  indirect case ofEpoch(Quantity, Int)
  /// The perceptron's error t − y of an output neuron on one example: key `err_y`.
  case perceptronError(String)
  /// The number of misclassified examples in an epoch of the perceptron rule: key `mistakes`
  /// (within `ofEpoch`).
  case mistakes
  /// A parameter when the perceptron rule stops: key `w1_final`.
  case finalParameter(String)

  /// True for the quantities every example of a batch has its own value of (everything of the
  /// forward and backward pass); false for the parameters, settings and step results.
  package var isPerExample: Bool {
    switch self {
    case .input, .target, .net, .out, .errorTerm, .totalError, .errorSlope, .activationSlope,
      .activationJacobian, .logSumExp, .delta, .deltaByChain, .netSlopeParameter, .netSlopeOut,
      .errorSlopeVia, .gradient, .gradientVia, .perceptronError, .errorTermSignal, .outputError, .inputGradient,
      .netAfterStep, .outAfterStep:
      return true
    default:
      return false
    }
  }

  /// The stable key of this quantity.
  package var key: TraceKey {
    switch self {
    case let .input(name), let .parameter(name): return TraceKey(name)
    case let .target(name): return TraceKey("target_" + name)
    case .learningRate: return "learning_rate"
    case let .net(name): return TraceKey("net_" + name)
    case let .out(name): return TraceKey("out_" + name)
    case let .errorTerm(name): return TraceKey("E_" + name)
    case .totalError: return "E_total"
    case let .errorSlope(name): return TraceKey("dE_dout_" + name)
    case let .activationSlope(name): return TraceKey("dout_dnet_" + name)
    case let .activationJacobian(out, net): return TraceKey("dout_\(out)_dnet_\(net)")
    case .logSumExp: return "log_sum_exp"
    case let .delta(name): return TraceKey("delta_" + name)
    case let .deltaByChain(name): return TraceKey("delta_\(name)_chain")
    case let .netSlopeParameter(neuron, parameter): return TraceKey("dnet_\(neuron)_d\(parameter)")
    case let .netSlopeOut(consumer, source): return TraceKey("dnet_\(consumer)_dout_\(source)")
    case let .errorSlopeVia(source, consumer): return TraceKey("dE_dout_\(source)_via_\(consumer)")
    case let .gradient(name): return TraceKey("dE_d" + name)
    case let .gradientVia(parameter, neuron): return TraceKey("dE_d\(parameter)_via_\(neuron)")
    case let .updated(name): return TraceKey(name + "_new")
    case .momentum: return "momentum"
    case .weightDecay: return "weight_decay"
    case let .velocity(name): return TraceKey("velocity_" + name)
    case let .updatedVelocity(name): return TraceKey("velocity_\(name)_new")
    case .penalty: return "penalty"
    case .objective: return "J_total"
    case let .penaltySlope(name): return TraceKey("dpenalty_d" + name)
    case let .objectiveGradient(name): return TraceKey("dJ_d" + name)
    case let .totalErrorAfterStep(step): return TraceKey("E_total_after_step\(step)")
    case let .totalErrorAfterEpoch(epoch): return TraceKey("E_total_after_epoch\(epoch)")
    case let .parameterAfterStep(name, step): return TraceKey("\(name)_after_step\(step)")
    case let .errorTermSignal(name): return TraceKey("err_" + name)
    case let .outputError(name): return TraceKey("e_" + name)
    case let .inputGradient(name): return TraceKey("dE_d" + name)
    case let .netAfterStep(name, step): return TraceKey("net_\(name)_after_step\(step)")
    case let .outAfterStep(name, step): return TraceKey("out_\(name)_after_step\(step)")
    case let .ofExample(quantity, example): return TraceKey("\(quantity.key.rawValue)_ex\(example)")
    case let .ofEpoch(quantity, epoch): return TraceKey("\(quantity.key.rawValue)_epoch\(epoch)")
    case let .perceptronError(name): return TraceKey("err_" + name)
    case .mistakes: return "mistakes"
    case let .finalParameter(name): return TraceKey(name + "_final")
    }
  }
}
