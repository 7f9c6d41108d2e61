import BackpropTracer

// Mazur's 2-2-2 sigmoid network, by names: two inputs, a hidden and an output layer.
let definition = NetworkDefinition(
  inputs: ["i1", "i2"],
  layers: [
    LayerDefinition(activation: .sigmoid, neurons: ["h1", "h2"], weights: [["w1", "w2"], ["w3", "w4"]], biases: ["b1", "b1"]),
    LayerDefinition(activation: .sigmoid, neurons: ["o1", "o2"], weights: [["w5", "w6"], ["w7", "w8"]], biases: ["b2", "b2"]),
  ],
  parameters: [
    "w1": 0.15, "w2": 0.20, "w3": 0.25, "w4": 0.30, "w5": 0.40, "w6": 0.45, "w7": 0.50, "w8": 0.55,
    "b1": 0.35, "b2": 0.60,
  ],
  frozen: ["b1", "b2"],
  loss: .halfSquaredError,
  learningRate: 0.5)

do {
  // Validates the names and shapes; a mistake throws a FixtureError saying where.
  let network = try definition.network()
  // One step on one example: inputs in the order of `inputs`, targets in that of the output layer.
  let trace = try network.trace([Example(inputs: [0.05, 0.10], targets: [0.01, 0.99])], title: "The 2-2-2 network")
  print("w5 after one step:", trace["w5_new"] ?? .nan)
  print(MarkdownRenderer.render(trace, imageBase: nil), terminator: "")
} catch {
  print(error)
}
