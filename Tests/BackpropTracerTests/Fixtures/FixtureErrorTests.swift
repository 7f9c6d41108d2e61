import BackpropTracer
import Testing

/// A small valid fixture; each test breaks one thing in it (here and in `NetworkDefinitionTests`).
let smallValidFixture = """
  {
    "title": "t",
    "network": {
      "inputs": ["i1", "i2"],
      "layers": [
        {"activation": "sigmoid", "neurons": ["h1", "h2"], "weights": [["w1", "w2"], ["w3", "w4"]], "biases": ["b1", "b1"]},
        {"activation": "sigmoid", "neurons": ["o1"], "weights": [["w5", "w6"]]}
      ],
      "parameters": {"w1": 0.1, "w2": 0.2, "w3": 0.3, "w4": 0.4, "w5": 0.5, "w6": 0.6, "b1": 0.35},
      "frozen": ["b1"]
    },
    "loss": "halfSquaredError",
    "learningRate": 0.5,
    "example": {"inputs": {"i1": 0.05, "i2": 0.1}, "targets": {"o1": 0.01}},
    "expected": {"net_h1": "0.3775"}
  }
  """

private func message(replacing old: String, with new: String) -> String {
  precondition(smallValidFixture.contains(old), "the test's replacement must apply: \(old)")
  do {
    _ = try loadFixture(smallValidFixture.replacingOccurrences(of: old, with: new), file: "f.json")
    return "no error"
  } catch {
    return error.description
  }
}

@Suite("Fixture errors")
struct FixtureErrorTests {
  @Test("The valid base fixture loads")
  func validLoads() throws {
    let fixture = try loadFixture(smallValidFixture)
    #expect(fixture.network.parameters.map(\.name) == ["w1", "w2", "w3", "w4", "b1", "w5", "w6"])
    #expect(fixture.network.parameters[4].isTrainable == false)
  }

  @Test("Each broken fixture gets one line naming file, position, JSON path, expected and found", arguments: [
    ("\"learningRate\": 0.5,", "\"learningRate\": 0.5,,",
     "f.json:13:23: not valid JSON: expected a key in double quotes, found ','"),
    ("[\"w5\", \"w6\"]]", "[\"w5\", \"w6\"], [\"w7\", \"w8\"]]",
     "f.json:7:63: network.layers[1].weights: expected 1 row (one per neuron of the layer), found 2"),
    ("[[\"w1\", \"w2\"], [\"w3\", \"w4\"]]", "[[\"w1\", \"w2\", \"w9\"], [\"w3\", \"w4\"]]",
     "f.json:6:70: network.layers[0].weights[0]: expected 2 weights (one per input of the layer: i1, i2), found 3"),
    ("\"activation\": \"sigmoid\", \"neurons\": [\"o1\"]", "\"activation\": \"sigmoïd\", \"neurons\": [\"o1\"]",
     "f.json:7:22: network.layers[1].activation: unknown activation \"sigmo\\u{ef}d\"; expected one of: sigmoid, tanh, relu, leakyRelu, elu, softplus, identity, step, softmax"),
    ("\"learningRate\"", "\"learningrate\"",
     "f.json:13:19: learningrate: unknown key \"learningrate\"; did you mean \"learningRate\"?"),
    ("\"loss\": \"halfSquaredError\"", "\"loss\": \"crossEntropi\"",
     "f.json:12:11: loss: unknown loss \"crossEntropi\"; expected one of: halfSquaredError, squaredError, meanSquaredError, binaryCrossEntropy, crossEntropy, output"),
    ("\"loss\": \"halfSquaredError\"", "\"loss\": \"crossEntropy\"",
     "f.json:12:11: loss: crossEntropy needs a softmax output layer, but the output layer is sigmoid"),
    ("\"title\": \"t\",", "",
     "f.json:1:1: missing key \"title\""),
    ("\"learningRate\": 0.5", "\"learningRate\": -0.5",
     "f.json:13:19: learningRate: the learning rate must be positive, found -0.5"),
    ("\"learningRate\": 0.5", "\"learningRate\": \"0.5\"",
     "f.json:13:19: learningRate: expected a number, found a string"),
    ("\"w6\": 0.6,", "\"w6\": 0.6, \"w7\": 0.7,",
     "f.json:9:92: network.parameters.w7: parameter \"w7\" is not used by any layer"),
    ("[\"w5\", \"w6\"]]", "[\"w5\", \"w66\"]]",
     "f.json:7:71: network.layers[1].weights[0][1]: no value for parameter \"w66\" in network.parameters; did you mean \"w6\"?"),
    ("\"neurons\": [\"o1\"]", "\"neurons\": [\"h1\"]",
     "f.json:7:45: network.layers[1].neurons[0]: the name \"h1\" is already used for neuron h1"),
    ("\"neurons\": [\"o1\"]", "\"neurons\": [\"o_1\"]",
     "f.json:7:45: network.layers[1].neurons[0]: neuron names are 1 to 32 ASCII letters and digits (such as h1, w5, theta4), found \"o_1\""),
    ("[\"w5\", \"w6\"]]", "[\"w5\", \"w5\"]]",
     "f.json:7:71: network.layers[1].weights[0][1]: parameter \"w5\" is used twice in neuron o1; a neuron uses each parameter at most once"),
    ("\"inputs\": [\"i1\", \"i2\"]", "\"inputs\": [\"i1\", \"momentum\"]",
     "f.json:4:22: network.inputs[1]: \"momentum\" is reserved (the key of the momentum coefficient); choose another name"),
    ("\"frozen\": [\"b1\"]", "\"frozen\": [\"b3\"]",
     "f.json:10:16: network.frozen[0]: unknown parameter \"b3\"; expected one of: w1, w2, w3, w4, b1, w5, w6"),
    ("\"targets\": {\"o1\": 0.01}", "\"targets\": {}",
     "f.json:14:61: example.targets: missing a value for output neuron \"o1\""),
    ("\"targets\": {\"o1\": 0.01}", "\"targets\": {\"o1\": 0.01, \"o2\": 0.99}",
     "f.json:14:80: example.targets.o2: unknown key \"o2\"; did you mean \"o1\"?"),
    ("\"net_h1\": \"0.3775\"", "\"net_h9\": \"0.3775\"",
     "f.json:15:26: expected.net_h9: unknown key \"net_h9\"; did you mean \"net_h1\"?"),
    ("\"net_h1\": \"0.3775\"", "\"net_h1\": \"about 0.38\"",
     "f.json:15:26: expected.net_h1: expected a printed number such as \"0.3775\", found \"about 0.38\""),
    ("\"learningRate\": 0.5,", "\"learningRate\": 0.5, \"steps\": 0,",
     "f.json:13:33: steps: expected a whole number from 1 to 10000000, found 0"),
    ("\"parameters\": {\"w1\": 0.1", "\"parameters\": {\"w1\": 1e999",
     "f.json:9:26: network.parameters.w1: the number 1e999 is too large to represent"),
  ])
  func messages(old: String, new: String, expected: String) {
    #expect(message(replacing: old, with: new) == expected)
  }

  @Test("A file that is not JSON at all names its position")
  func garbage() {
    do {
      _ = try Fixture.load([0xFF, 0xFE, 0x00], file: "g.json")
      Issue.record("garbage loaded")
    } catch {
      #expect(error.description == "g.json:1:1: not valid JSON: expected a value, found byte 0xFF")
    }
  }
}

@Suite("Fixture errors of training plans")
struct TrainingPlanErrorTests {
  private static let softmax = """
    {"title": "t", "loss": "crossEntropy", "learningRate": 0.1,
     "network": {"inputs": ["x"], "layers": [{"activation": "softmax", "neurons": ["a", "b", "c"],
       "weights": [["w1"], ["w2"], ["w3"]]}], "parameters": {"w1": 0.1, "w2": 0.2, "w3": 0.3}},
     "example": {"inputs": {"x": 1}, "class": 1}}
    """

  private func message(_ old: String, _ new: String) -> String {
    do {
      _ = try loadFixture(Self.softmax.replacingOccurrences(of: old, with: new), file: "p.json")
      return "no error"
    } catch {
      return error.description
    }
  }

  @Test("Bad hyperparameters and targets name their JSON path", arguments: [
    ("\"class\": 1", "\"class\": 3", "p.json:4:43: example.class: expected a class index (the output layer has 3 neurons) from 0 to 2, found 3"),
    ("\"class\": 1", "\"class\": \"d\"", "p.json:4:43: example.class: unknown output neuron \"d\"; expected one of: a, b, c"),
    ("\"class\": 1", "\"targets\": {\"a\": 0, \"b\": 1}", "p.json:4:45: example.targets: missing a value for output neuron \"c\""),
    ("\"class\": 1", "\"targets\": {\"a\": 0, \"b\": 1, \"c\": 0, \"d\": 0}", "p.json:4:75: example.targets.d: unknown key \"d\""),
    ("\"learningRate\": 0.1,", "\"learningRate\": 0.1, \"optimizer\": {\"kind\": \"momentum\", \"momentum\": 1},",
     "p.json:1:107: optimizer.momentum: the momentum must be at least 0 and below 1, found 1.0"),
    ("\"learningRate\": 0.1,", "\"learningRate\": 0.1, \"optimizer\": {\"kind\": \"adam\"},",
     "p.json:1:83: optimizer.kind: unknown optimizer \"adam\"; expected one of: sgd, momentum, averagedMomentum"),
    ("\"learningRate\": 0.1,", "\"learningRate\": 0.1, \"weightDecay\": -1,",
     "p.json:1:76: weightDecay: the weight decay must be 0 or more, found -1.0"),
    ("\"learningRate\": 0.1", "\"learningRate\": -0.1", "p.json:1:56: learningRate: the learning rate must be positive, found -0.1"),
    ("\"activation\": \"softmax\"", "\"activation\": \"sigmoid\"",
     "p.json:1:24: loss: crossEntropy needs a softmax output layer, but the output layer is sigmoid"),
  ])
  func messages(old: String, new: String, expected: String) {
    #expect(message(old, new) == expected)
  }
}
