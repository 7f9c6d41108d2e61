import BackpropTracer
import Foundation
import Testing

/// Seeded mutations of every file in `Fixtures/` (and of formulas, long flat chains among them):
/// each must end in a well-formed error or a trace whose renderings hold finite numbers only (see
/// `FuzzOracle`). A short run of the
/// libFuzzer harness in `Fuzz/`; `Fuzz/run.sh` is the long one.
@Suite("Fuzzing the parsers with seeded mutations")
struct FuzzTests {
  /// The files of `Fixtures/FOLDER` whose names end in `suffix`, each read with `try`; at least one.
  static func files(in folder: String, suffix: String) throws -> [[UInt8]] {
    let url = Repository.fixtures.appendingPathComponent(folder)
    let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(suffix) }.sorted()
    let files = try names.map { try Array(Data(contentsOf: url.appendingPathComponent($0))) }
    guard !files.isEmpty else { throw Repository.NoFixtures(description: "no \(suffix) file in \(url.path)") }
    return files
  }

  static func fixtures() throws -> [[UInt8]] { try files(in: ".", suffix: ".json") }
  static func graphs() throws -> [[UInt8]] { try files(in: "graphs", suffix: ".json") }

  /// Runs `count` mutations of the seeds through `check`, reporting the first few failures with
  /// the input that caused them.
  private func fuzz(
    seeds: [[UInt8]], count: Int, seed: UInt64, mutate: (inout FuzzMutator, [UInt8]) -> [UInt8], check: ([UInt8]) -> String?
  ) {
    #expect(!seeds.isEmpty)
    var mutator = FuzzMutator(seed: seed)
    var failures = 0
    for index in 0..<count where !seeds.isEmpty && failures < 5 {
      let input = mutate(&mutator, seeds[index % seeds.count])
      if let problem = check(input) {
        failures += 1
        Issue.record("input \(index): \(problem)\n--- input ---\n\(String(decoding: input.prefix(3_000), as: UTF8.self))")
      }
    }
  }

  @Test("Mutated network fixtures end in an error or a finite trace")
  func networkFixtures() throws {
    let fixtures = try Self.fixtures()
    fuzz(seeds: fixtures, count: 2_000, seed: 8, mutate: { $0.mutate($1, corpus: fixtures) }) {
      FuzzOracle.checkFixture($0, render: false)
    }
  }

  @Test("Mutated network fixtures that load render finite numbers in every format")
  func renderedFixtures() throws {
    var loaded = 0
    fuzz(seeds: try Self.fixtures(), count: 250, seed: 88, mutate: { $0.mutateNumbers($1) }) { input in
      guard (try? Fixture.load(input, file: FuzzOracle.file)) != nil else { return nil }
      loaded += 1
      return FuzzOracle.checkFixture(input)
    }
    #expect(loaded > 50, "too few mutations load to exercise the renderers: \(loaded)")
  }

  @Test("Mutated graph fixtures end in an error or a finite derivation")
  func graphFixtures() throws {
    let graphs = try Self.graphs()
    fuzz(seeds: graphs, count: 2_000, seed: 9, mutate: { $0.mutate($1, corpus: graphs) }, check: FuzzOracle.checkGraph)
  }

  @Test("Formulas, flat chains of every operator among them, are refused with a column or read, printed and read back (seed 12)")
  func formulas() throws {
    var seeds = try Self.graphs().flatMap { bytes -> [[UInt8]] in
      let fixture = try GraphFixture.load(bytes, file: "g.json")
      return fixture.graph.definition.definitions.map { Array($0.formula.utf8) }
    }
    let ops = ["+", "-", "*", "/", "^"]
    seeds += ops.flatMap { op in [2, 50, 300].map { Array(FuzzMutator.flatChain(terms: $0, op: op).utf8) } }
    // The long chains are checked as they are (each takes a while to mutate and read back).
    let long = ops.flatMap { op in [2_499, 2_500, 2_501, 1_000_000].map { Array(FuzzMutator.flatChain(terms: $0, op: op).utf8) } }
    for seed in seeds + long { #expect(FuzzOracle.checkFormula(seed) == nil, "\(String(decoding: seed.prefix(100), as: UTF8.self))") }
    fuzz(seeds: seeds, count: 2_000, seed: 12, mutate: { $0.mutate($1, corpus: seeds) }, check: FuzzOracle.checkFormula)
  }

  @Test("Mutated answer sheets end in an error or a finite report")
  func answerSheets() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    var seeds = try Self.files(in: "answers", suffix: ".txt")
    seeds += seeds.map { text in
      // The same answers as JSON, to reach the JSON form of the parser.
      let lines = String(decoding: text, as: UTF8.self).split(separator: "\n")
        .map { $0.prefix { $0 != "#" } }.filter { $0.contains("=") }
      let members = lines.map { line in line.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) } }
        .filter { $0.count == 2 }.map { "\"\($0[0])\": \"\($0[1])\"" }
      return Array(("{" + members.joined(separator: ", ") + "}").utf8)
    }
    var judged = 0
    fuzz(
      seeds: seeds, count: 3_000, seed: 10,
      mutate: { mutator, seed in seed.first == UInt8(ascii: "{") ? mutator.mutate(seed, corpus: seeds) : mutator.mutateAnswers(seed) }
    ) { input in
      // Judging a sheet (with its diagnosis) costs far more than reading it: judge one in ten.
      judged += 1
      guard judged % 10 == 0 else {
        do { _ = try AnswerSheet.parse(input, file: FuzzOracle.file) } catch { return FuzzOracle.wellFormed("\(error)", input: String(decoding: input, as: UTF8.self)) }
        return nil
      }
      return FuzzOracle.checkAnswers(input, trace: trace)
    }
  }

  @Test("The quiz judges any typed line without a trap or a non-finite number")
  func quizAnswers() throws {
    let traces = try ["mazur-2-2-2", "keras-2-4-3-softmax", "logistic-regression-bce"].map { try Repository.fixture($0).trace() }
    var random = SplitMix64(seed: 11)
    let words = FuzzMutator.answerValues + ["0.3775", "0.59327", "1", "-1e300", "1e-300", "q", "0.5e", "--1", "+0.3"]
    for round in 0..<100 {
      let lines = (0..<40).map { _ in words[Int.random(in: 0..<words.count, using: &random)] }
      if let problem = FuzzOracle.checkQuiz(lines, trace: traces[round % traces.count]) {
        Issue.record("round \(round): \(problem)")
        return
      }
    }
  }
}
