import BackpropTracer
import Testing

/// `smallValidFixture`'s network in code; each case breaks the same thing in both.
private let definition = NetworkDefinition(
  inputs: ["i1", "i2"],
  layers: [
    LayerDefinition(activation: .sigmoid, neurons: ["h1", "h2"], weights: [["w1", "w2"], ["w3", "w4"]], biases: ["b1", "b1"]),
    LayerDefinition(activation: .sigmoid, neurons: ["o1"], weights: [["w5", "w6"]]),
  ],
  parameters: ["w1": 0.1, "w2": 0.2, "w3": 0.3, "w4": 0.4, "w5": 0.5, "w6": 0.6, "b1": 0.35],
  frozen: ["b1"], loss: .halfSquaredError, learningRate: 0.5)

/// One mistake made twice: as an edit of the fixture's text and of the definition.
struct DefinitionMistake: Sendable, CustomTestStringConvertible {
  let name: String
  let old: String
  let new: String
  let edit: @Sendable (inout NetworkDefinition) -> Void
  var testDescription: String { name }
}

private let mistakes: [DefinitionMistake] = [
  DefinitionMistake(name: "a row too many", old: "[\"w5\", \"w6\"]]", new: "[\"w5\", \"w6\"], [\"w7\", \"w8\"]]") {
    $0.layers[1].weights.append(["w7", "w8"])
  },
  DefinitionMistake(name: "a weight too many", old: "[[\"w1\", \"w2\"],", new: "[[\"w1\", \"w2\", \"w9\"],") {
    $0.layers[0].weights[0].append("w9")
  },
  DefinitionMistake(name: "an unknown parameter", old: "[\"w5\", \"w6\"]]", new: "[\"w5\", \"w66\"]]") {
    $0.layers[1].weights[0][1] = "w66"
  },
  DefinitionMistake(name: "an unused value", old: "\"w6\": 0.6,", new: "\"w6\": 0.6, \"w7\": 0.7,") {
    $0.parameters.insert(ParameterValue(name: "w7", value: 0.7), at: 6)
  },
  DefinitionMistake(name: "a duplicate neuron", old: "\"neurons\": [\"o1\"]", new: "\"neurons\": [\"h1\"]") {
    $0.layers[1].neurons = ["h1"]
  },
  DefinitionMistake(name: "a bad name", old: "\"neurons\": [\"o1\"]", new: "\"neurons\": [\"o_1\"]") {
    $0.layers[1].neurons = ["o_1"]
  },
  DefinitionMistake(name: "a weight used twice", old: "[\"w5\", \"w6\"]]", new: "[\"w5\", \"w5\"]]") {
    $0.layers[1].weights[0][1] = "w5"
  },
  DefinitionMistake(name: "a reserved input", old: "[\"i1\", \"i2\"]", new: "[\"i1\", \"momentum\"]") {
    $0.inputs[1] = "momentum"
  },
  DefinitionMistake(name: "an unknown frozen name", old: "\"frozen\": [\"b1\"]", new: "\"frozen\": [\"b3\"]") {
    $0.frozen = ["b3"]
  },
  DefinitionMistake(name: "a bias too many", old: "\"biases\": [\"b1\", \"b1\"]", new: "\"biases\": [\"b1\", \"b1\", \"b1\"]") {
    $0.layers[0].biases = ["b1", "b1", "b1"]
  },
  DefinitionMistake(name: "no neurons", old: "\"neurons\": [\"o1\"], \"weights\": [[\"w5\", \"w6\"]]", new: "\"neurons\": [], \"weights\": []") {
    $0.layers[1].neurons = []
    $0.layers[1].weights = []
  },
  DefinitionMistake(name: "a negative learning rate", old: "\"learningRate\": 0.5", new: "\"learningRate\": -0.5") {
    $0.learningRate = -0.5
  },
  DefinitionMistake(name: "a loss the output layer cannot have", old: "\"loss\": \"halfSquaredError\"", new: "\"loss\": \"crossEntropy\"") {
    $0.loss = .crossEntropy
  },
]

@Suite("Networks by names")
struct NetworkDefinitionTests {
  @Test("The definition builds the network the fixture reader builds")
  func sameNetwork() throws {
    let fromFile = try loadFixture(smallValidFixture).network
    let fromCode = try definition.network()
    #expect(fromCode.inputNames == fromFile.inputNames)
    #expect(fromCode.layers == fromFile.layers)
    #expect(fromCode.neurons == fromFile.neurons)
    #expect(fromCode.parameters == fromFile.parameters)
    #expect(fromCode.loss == fromFile.loss && fromCode.learningRate == fromFile.learningRate)
  }

  @Test("A mistake in code gets the fixture reader's message, at the property's path", arguments: mistakes)
  func sameMessage(_ mistake: DefinitionMistake) throws {
    #expect(smallValidFixture.contains(mistake.old), "the replacement applies")
    let fileError = try #require(throws: FixtureError.self) {
      try loadFixture(smallValidFixture.replacingOccurrences(of: mistake.old, with: mistake.new), file: "f.json")
    }
    var broken = definition
    mistake.edit(&broken)
    let codeError = try #require(throws: FixtureError.self) { try broken.network(source: "Model.swift") }
    #expect(codeError.message == fileError.message)
    #expect(codeError.file == "Model.swift" && codeError.position == nil)
    let expectedPath = fileError.path.hasPrefix("network.") ? String(fileError.path.dropFirst("network.".count)) : fileError.path
    #expect(codeError.path == expectedPath)
    #expect(fileError.position != nil, "the reader locates it in the file: \(fileError)")
  }

  @Test("What only code can get wrong: a parameter given twice, a value that is not finite")
  func codeOnlyMistakes() throws {
    var twice = definition
    twice.parameters.append(ParameterValue(name: "w1", value: 1))
    let twiceError = try #require(throws: FixtureError.self) { try twice.network() }
    #expect(twiceError.description == "NetworkDefinition: parameters.w1: parameter \"w1\" is given two values")
    var infinite = definition
    infinite.parameters[0].value = .infinity
    let infiniteError = try #require(throws: FixtureError.self) { try infinite.network() }
    #expect(infiniteError.description == "NetworkDefinition: parameters.w1: the value of parameter \"w1\" must be finite, found inf")
  }
}
