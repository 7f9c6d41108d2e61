/// A network described by names, as a lecture writes it down: the inputs, each layer's
/// activation, neurons, weight names (one row per neuron, one name per input) and bias names,
/// a value for every parameter, the frozen parameters, the loss and the learning rate.
///
/// This is the library's way to build a `Network` from Swift code, and the fixture reader's
/// too: a fixture's `network` section is read into a definition and validated by the same
/// `network(source:)`, so code and files get the same checks and the same messages.
///
/// ```swift
/// let definition = NetworkDefinition(
///   inputs: ["i1", "i2"],
///   layers: [
///     LayerDefinition(activation: .sigmoid, neurons: ["h1", "h2"], weights: [["w1", "w2"], ["w3", "w4"]], biases: ["b1", "b1"]),
///     LayerDefinition(activation: .sigmoid, neurons: ["o1", "o2"], weights: [["w5", "w6"], ["w7", "w8"]], biases: ["b2", "b2"]),
///   ],
///   parameters: ["w1": 0.15, "w2": 0.2, "w3": 0.25, "w4": 0.3, "b1": 0.35,
///                "w5": 0.4, "w6": 0.45, "w7": 0.5, "w8": 0.55, "b2": 0.6],
///   loss: .halfSquaredError, learningRate: 0.5)
/// let network = try definition.network()
/// ```
public struct NetworkDefinition: Equatable, Sendable {
  /// The names of the input units, in order.
  public var inputs: [String]
  /// The layers after the inputs; the last one is the output layer.
  public var layers: [LayerDefinition]
  /// A value for every parameter the layers name, in the order errors about unused ones are
  /// reported.
  public var parameters: [ParameterValue]
  /// The parameters that keep their values.
  public var frozen: [String]
  /// The error that training minimises.
  public var loss: Loss
  /// The step size η of p ← p − η·∂E/∂p; positive.
  public var learningRate: Double

  /// Creates a definition, parameter values given in order: `["w1": 0.15, "b1": 0.35]`.
  public init(
    inputs: [String], layers: [LayerDefinition], parameters: KeyValuePairs<String, Double>, frozen: [String] = [],
    loss: Loss, learningRate: Double
  ) {
    self.init(
      inputs: inputs, layers: layers, parameterValues: parameters.map { ParameterValue(name: $0.key, value: $0.value) },
      frozen: frozen, loss: loss, learningRate: learningRate)
  }

  /// Creates a definition from a list of parameter values.
  public init(
    inputs: [String], layers: [LayerDefinition], parameterValues: [ParameterValue], frozen: [String] = [],
    loss: Loss, learningRate: Double
  ) {
    self.inputs = inputs
    self.layers = layers
    self.parameters = parameterValues
    self.frozen = frozen
    self.loss = loss
    self.learningRate = learningRate
  }

  /// The network this definition describes, validated.
  ///
  /// - Parameter source: what error messages name as the file (the place the definition came from).
  /// - Throws: `FixtureError` for the first problem, with the path of the property where it is
  ///   (`layers[1].weights[0][1]`), in the words the fixture reader uses for the same problem
  ///   (the reader prefixes `network.` and adds the line and column).
  public func network(source: String = "NetworkDefinition") throws(FixtureError) -> Network {
    do {
      return try NetworkValidator.network(self)
    } catch {
      let path = error.place.first == .key("network") ? Array(error.place.dropFirst()) : error.place
      throw FixtureError(file: source, path: JSONPath.text(path), position: nil, problem: error.problem)
    }
  }
}

/// One layer of a `NetworkDefinition`, by names.
public struct LayerDefinition: Equatable, Sendable {
  /// The activation of every neuron of the layer (with its setting, such as a leaky ReLU's slope).
  public var activation: Activation
  /// The neurons' names.
  public var neurons: [String]
  /// For each neuron, in order, the names of the weights that multiply the layer's inputs.
  public var weights: [[String]]
  /// For each neuron the name of its bias, nil for a neuron without one; nil for a layer
  /// without biases.
  public var biases: [String?]?

  /// Creates a layer.
  public init(activation: Activation, neurons: [String], weights: [[String]], biases: [String?]? = nil) {
    self.activation = activation
    self.neurons = neurons
    self.weights = weights
    self.biases = biases
  }
}

/// A parameter's name and its value before training.
public struct ParameterValue: Equatable, Sendable {
  /// The parameter's name: `w5`.
  public var name: String
  /// Its value before training.
  public var value: Double

  /// Creates a parameter value.
  public init(name: String, value: Double) {
    self.name = name
    self.value = value
  }
}

/// A place in a fixture, as the steps of its JSON path from the root.
enum JSONPath {
  /// One step: an object's key or an array's index.
  enum Step: Equatable {
    case key(String)
    case index(Int)
  }

  /// The path as `JSONNode.path` writes it: `network.layers[1].weights`.
  static func text(_ steps: [Step]) -> String {
    var text = ""
    for step in steps {
      switch step {
      case let .key(key): text += (text.isEmpty ? "" : ".") + key.terminalSafe
      case let .index(index): text += "[\(index)]"
      }
    }
    return text
  }
}
