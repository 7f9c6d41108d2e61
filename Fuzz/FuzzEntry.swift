// The libFuzzer entry point: compiled by Fuzz/run.sh together with the library's sources and
// Tests/BackpropTracerTests/Robustness/FuzzOracle.swift, with -D FUZZ and one of -D FUZZ_FIXTURE,
// -D FUZZ_ANSWERS, -D FUZZ_GRAPH, -D FUZZ_FORMULA, -D FUZZ_QUIZ. An input handled badly (a non-finite number
// printed, a malformed message) stops the run like a crash, with the oracle's sentence.

/// The 2-2-2 trace that answers and quiz inputs are judged against.
let mazur: Trace = {
  let text = """
    {"title": "t", "loss": "halfSquaredError", "learningRate": 0.5,
     "network": {"inputs": ["i1", "i2"],
       "layers": [{"activation": "sigmoid", "neurons": ["h1", "h2"], "weights": [["w1", "w2"], ["w3", "w4"]], "biases": ["b1", "b1"]},
                  {"activation": "sigmoid", "neurons": ["o1", "o2"], "weights": [["w5", "w6"], ["w7", "w8"]], "biases": ["b2", "b2"]}],
       "parameters": {"w1": 0.15, "w2": 0.2, "w3": 0.25, "w4": 0.3, "w5": 0.4, "w6": 0.45, "w7": 0.5, "w8": 0.55, "b1": 0.35, "b2": 0.6},
       "frozen": ["b1", "b2"]},
     "example": {"inputs": {"i1": 0.05, "i2": 0.1}, "targets": {"o1": 0.01, "o2": 0.99}}}
    """
  guard let fixture = try? Fixture.load(Array(text.utf8), file: "mazur.json"), let trace = try? fixture.trace() else {
    fatalError("the built-in 2-2-2 fixture must load")
  }
  return trace
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: count))
  #if FUZZ_FIXTURE
    let problem = FuzzOracle.checkFixture(bytes)
  #elseif FUZZ_ANSWERS
    let problem = FuzzOracle.checkAnswers(bytes, trace: mazur)
  #elseif FUZZ_GRAPH
    let problem = FuzzOracle.checkGraph(bytes)
  #elseif FUZZ_FORMULA
    let problem = FuzzOracle.checkFormula(bytes)
  #else
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let problem = FuzzOracle.checkQuiz(lines, trace: mazur)
  #endif
  if let problem { fatalError(problem) }
  return 0
}
