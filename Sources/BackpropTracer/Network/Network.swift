/// A fully connected feed-forward network, validated and ready for the engine.
///
/// Units are numbered inputs first, then neurons layer by layer: unit `u` is input `u` when
/// `u < inputNames.count`, else neuron `u − inputNames.count`. Every neuron of a layer takes every
/// unit of the previous layer (or every input) as its inputs, in order. Parameters are referred
/// to by index into `parameters`; the same index may appear in several places (sharing).
public struct Network: Sendable {
  /// The names of the input units, in order: `i1`, `i2`.
  public let inputNames: [String]
  /// The layers after the inputs; the last one is the output layer.
  public let layers: [Layer]
  /// Every neuron, layer by layer.
  public let neurons: [Neuron]
  /// Every weight and bias, in order of first use (per layer: weights row by row, then biases).
  public let parameters: [Parameter]
  /// The error that training minimises.
  public let loss: Loss
  /// The step size η of p ← p − η·∂E/∂p.
  public let learningRate: Double

  /// Creates a network from parts that already satisfy the invariants above.
  ///
  /// This initializer checks only programmer mistakes; a network from names is built and
  /// validated by `NetworkDefinition.network(source:)`, which reports problems with their place.
  package init(
    inputNames: [String], layers: [Layer], neurons: [Neuron], parameters: [Parameter],
    loss: Loss, learningRate: Double
  ) {
    precondition(!layers.isEmpty, "a network has at least one layer")
    self.inputNames = inputNames
    self.layers = layers
    self.neurons = neurons
    self.parameters = parameters
    self.loss = loss
    self.learningRate = learningRate
  }

  /// The output layer.
  public var outputLayer: Layer { layers[layers.count - 1] }

  /// The number of units: inputs plus neurons.
  public var unitCount: Int { inputNames.count + neurons.count }

  /// The name of unit `u` (an input's or a neuron's).
  package func unitName(_ unit: Int) -> String {
    unit < inputNames.count ? inputNames[unit] : neurons[unit - inputNames.count].name
  }

  /// The parameters' values before training, in parameter order.
  public var initialParameterValues: [Double] { parameters.map(\.value) }
}

/// One layer: its neurons, the units they read, and their shared activation.
public struct Layer: Equatable, Sendable {
  /// The activation every neuron of the layer applies.
  public let activation: Activation
  /// The layer's neurons, as indices into `Network.neurons`.
  public let neurons: Range<Int>
  /// The units every neuron of the layer reads, in order.
  public let inputs: Range<Int>

  /// Creates a layer.
  package init(activation: Activation, neurons: Range<Int>, inputs: Range<Int>) {
    self.activation = activation
    self.neurons = neurons
    self.inputs = inputs
  }
}

/// One neuron: net = b + Σ w_i·x_i over the layer's inputs, out = g(net).
public struct Neuron: Equatable, Sendable {
  /// The user's name: `h1`, `o2`, `4`.
  public let name: String
  /// The index of the neuron's layer in `Network.layers`.
  public let layer: Int
  /// For each input of the layer, in order, the index of the weight that multiplies it.
  public let weights: [Int]
  /// The index of the bias, or nil for a neuron without one.
  public let bias: Int?
  /// The first connection index of this neuron: input `i` is connection `firstConnection + i`.
  ///
  /// Connections are numbered neuron by neuron across the whole network, so a connection index
  /// names one (neuron, input) pair, both for the forward sum and for the backward pass.
  package let firstConnection: Int

  /// Creates a neuron.
  package init(name: String, layer: Int, weights: [Int], bias: Int?, firstConnection: Int) {
    self.name = name
    self.layer = layer
    self.weights = weights
    self.bias = bias
    self.firstConnection = firstConnection
  }
}

/// One training example: a value per input and a target per output neuron.
public struct Example: Equatable, Sendable {
  /// The input values, in the order of `Network.inputNames`.
  public let inputs: [Double]
  /// The targets, in the order of the output layer's neurons.
  public let targets: [Double]

  /// Creates an example.
  public init(inputs: [Double], targets: [Double]) {
    self.inputs = inputs
    self.targets = targets
  }
}
