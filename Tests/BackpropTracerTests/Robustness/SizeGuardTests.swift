import Foundation
import Testing

@testable import BackpropTracer
@testable import backprop_trace

/// The estimates of the resource guard: the scan of the text bounds the loaded fixture's estimate
/// from below (so it refuses nothing the full check accepts), the loaded estimate bounds the
/// trace from above, and a request far too large is refused by the scan, before parsing.
@Suite("The resource guard's estimates")
struct SizeGuardTests {
  @Test("The scan's estimates never exceed the loaded fixture's: every fixture, 1,500 number mutations (seed 15), every plan of a data set")
  func scanIsALowerBound() throws {
    var mutator = FuzzMutator(seed: 15)
    let corpus = try Repository.fixtureNames.map { Array(try Data(contentsOf: Repository.fixtures.appendingPathComponent($0 + ".json"))) }
    var inputs = corpus + (0..<1_500).map { mutator.mutateNumbers(corpus[$0 % corpus.count]) }
    let dataSet = try String(contentsOf: Repository.fixtures.appendingPathComponent("xor-minibatch-momentum.json"), encoding: .utf8)
    let block = "\"training\": {\n    \"batchSize\": 2,\n    \"reduction\": \"mean\",\n    \"order\": \"shuffled\",\n    \"seed\": 7,\n    \"epochs\": 1500\n  }"
    #expect(dataSet.contains(block))
    for batch in ["1", "2", "3", "\"full\""] {
      for epochs in [1, 7, 100] {
        for recording in ["everyEpoch", "everyStep"] {
          let training = "\"training\": {\"batchSize\": \(batch), \"epochs\": \(epochs), \"recordError\": \"\(recording)\", \"order\": \"shuffled\", \"seed\": 7}"
          inputs.append(Array(dataSet.replacingOccurrences(of: block, with: training).utf8))
        }
      }
    }
    var compared = 0
    for bytes in inputs {
      guard let fixture = try? Fixture.load(bytes, file: "f.json") else { continue }
      let scanned = FixtureScan.runSize(bytes), loaded = fixture.runSize()
      #expect(scanned.recordedValues <= loaded.recordedValues, "\(String(decoding: bytes, as: UTF8.self).prefix(200))")
      #expect(scanned.work <= loaded.work)
      compared += 1
    }
    #expect(compared >= 500, "enough inputs load to compare: \(compared)")
  }

  @Test("The estimate bounds the trace from above on 300 random networks with data sets, momentum and decay (seed 16)")
  func estimateIsAnUpperBound() throws {
    var random = SplitMix64(seed: 16)
    for seed in 0..<300 {
      let (network, examples) = RandomNetworks.make(seed: UInt64(seed))
      var plan = TrainingPlan(batchSize: Int.random(in: 1...examples.count, using: &random))
      if Bool.random(using: &random) { plan.optimizer = .momentum(0.9) }
      if Bool.random(using: &random) { plan.weightDecay = 0.01 }
      if Bool.random(using: &random) { plan.errorRecording = .everyStep }
      let steps = Int.random(in: 1...7, using: &random)
      let fixture = Fixture(
        file: "r.json", title: "r", source: "", network: network, examples: examples, isDataSet: examples.count > 1,
        plan: plan, steps: steps, expected: [])
      guard let trace = try? fixture.trace() else { continue }
      #expect(fixture.estimatedRecordedValues() >= trace.layout.count, "seed \(seed)")
    }
  }

  @Test("A network of 600,000 weights is refused by the scan, before the file is parsed, with the estimate")
  func largeNetworkRefusedEarly() throws {
    let inputs = 600, hidden = 1_000
    var text = "{\"title\": \"large\", \"loss\": \"halfSquaredError\", \"learningRate\": 0.1,\n \"network\": {\"inputs\": ["
    text += (0..<inputs).map { "\"i\($0)\"" }.joined(separator: ",") + "], \"layers\": [{\"activation\": \"sigmoid\", \"neurons\": ["
    text += (0..<hidden).map { "\"h\($0)\"" }.joined(separator: ",") + "], \"weights\": ["
    let row = "[" + Array(repeating: "\"w\"", count: inputs).joined(separator: ",") + "]"
    text += Array(repeating: row, count: hidden).joined(separator: ",") + "]}], \"parameters\": {\"w\": 0.1}}}"
    let start = Date()
    do {
      _ = try Fixture.load(Array(text.utf8), file: "large.json")
      Issue.record("loaded")
    } catch {
      #expect(error.description.hasPrefix("large.json:1:1: the trace would record at least 2411"), "\(error.description)")
      #expect(error.description.contains("more than the 2000000 allowed"))
    }
    #expect(Date().timeIntervalSince(start) < 5)
  }

  @Test("A file larger than 64 MB is refused before it is read; a device is read up to the limit")
  func fileSize() throws {
    let folder = try ExitCodeTests.folder()
    let file = folder.appendingPathComponent("huge.json")
    #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
    #expect(truncate(file.path, off_t(Fixture.maximumFileBytes + 1)) == 0)
    let run = runTool(["trace", file.path])
    #expect(run.code == 2)
    #expect(run.error == "error: \(file.path): is larger than 67108864 bytes, the most the tool reads from one file (it has 67108865)\n")
    let zeros = runTool(["check", "/dev/zero"])
    #expect(zeros.code == 2)
    #expect(zeros.error == "error: /dev/zero: is larger than 67108864 bytes, the most the tool reads from one file\n")
  }

  @Test("A million epochs of a 200-example data set are refused before any work, naming the way out")
  func millionEpochs() {
    let examples = (0..<200).map { k in "{\"inputs\": {\"i1\": \(Double(k) / 200), \"i2\": 0.5}, \"targets\": {\"o1\": 1}}" }
    let text = """
      {"title": "epochs", "loss": "halfSquaredError", "learningRate": 0.5,
       "network": {"inputs": ["i1", "i2"], "layers": [{"activation": "sigmoid", "neurons": ["o1"], "weights": [["w1", "w2"]]}],
                   "parameters": {"w1": 0.1, "w2": 0.2}},
       "examples": [\(examples.joined(separator: ","))], "training": {"epochs": 1000000, "batchSize": 20}}
      """
    let clock = Date()
    do {
      _ = try loadFixture(text, file: "epochs.json")
      Issue.record("loaded")
    } catch {
      #expect(error.description.hasPrefix("epochs.json:1:1: the run would take at least "), "\(error.description)")
      #expect(error.description.contains("more than the 2000000000 allowed: trace fewer steps"))
    }
    #expect(Date().timeIntervalSince(clock) < 5)
  }
}
