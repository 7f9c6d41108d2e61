import Foundation
import Testing

@testable import BackpropTracer

/// Every promise `assign` makes about a variant, checked on the generated corpus's fixtures
/// (every activation, loss, mode, data set and naming style), each given an assignment: a
/// variant either is made and keeps every promise, or the fixture is refused with one line.
@Suite("assign over generated fixtures")
struct AssignPropertyTests {
  static let students = 8
  static let plan = AssignmentPlan(seed: 2024)

  @Test("Variants keep every promise, or the fixture is refused with one line", arguments: CorpusSeeds.networks)
  func promises(seed: UInt64) throws {
    let generated = FixtureGenerator.json(seed: seed)
    let original = try Fixture.load(Array(generated.utf8), file: "seed-\(seed).json")
    let keys = CourseTestSupport.computedKeys(of: try original.trace())
    guard !keys.isEmpty else { return }
    let text = try CourseTestSupport.withAssignment(generated, keys: keys)
    let fixture = try Fixture.load(Array(text.utf8), file: "seed-\(seed).json")
    let roster = try CourseTestSupport.roster(Self.students)
    let course: CourseVariants
    do {
      course = try CourseVariants(fixture: fixture, bytes: Array(text.utf8), roster: roster, plan: Self.plan)
    } catch {
      // Refused only when nothing can vary, or when the fixture is itself no sensible exercise
      // and its variants are not either.
      #expect(!error.description.contains("\n"), "seed \(seed): \(error)")
      let unsensible = ExerciseCheck.problem(in: try fixture.trace()) != nil
      #expect(
        error.message.hasPrefix("nothing to vary") || (unsensible && error.message.hasPrefix("no sensible variant")),
        "seed \(seed): \(error)")
      return
    }
    #expect(course.variants.count == Self.students)
    #expect(Set(course.variants.map(\.json)).count == Self.students, "seed \(seed): two students share a variant")
    let originalRoot = try JSONParser.parse(Array(text.utf8))
    Self.sample(course.variants[0], seed: seed)
    for (index, variant) in course.variants.enumerated() {
      let root = try JSONParser.parse(Array(variant.json.utf8))
      try Self.checkValues(original: originalRoot, variant: root, decimals: course.decimals, fixture: fixture, seed: seed)
      Self.checkExercise(variant.trace, seed: seed)
      try Self.checkKey(variant, seed: seed)
      if index < 3 { Self.checkSheet(variant, seed: seed) }  // the sheets differ in numbers only
    }
    // The same (seed, id) gives the same variant whatever the roster's order.
    let reversed = Roster(header: roster.header, idColumn: roster.idColumn, students: roster.students.reversed())
    let again = try CourseVariants(fixture: fixture, bytes: Array(text.utf8), roster: reversed, plan: Self.plan)
    for variant in again.variants {
      #expect(course.variants.first { $0.student.id == variant.student.id }?.json == variant.json, "seed \(seed)")
    }
  }

  /// Writes the sheet of `variant` to the corpus sample (`BACKPROP_CORPUS_OUT`, when set), which
  /// `.ci/run` compiles with pdflatex and md-checks: the LaTeX of every seed, the Markdown with
  /// its figure of a quarter of them.
  static func sample(_ variant: StudentVariant, seed: UInt64) {
    guard let folder = CorpusSeeds.sampleFolder else { return }
    let files = ProblemSheet.files(of: variant, base: "sheet-seed-\(seed)", notation: nil)
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      for file in files where file.name.hasSuffix(".tex") || seed % 4 == 1 {
        try Data(file.contents.utf8).write(to: folder.appendingPathComponent(file.name), options: .atomic)
      }
    } catch {
      Issue.record("could not write the corpus sample to \(folder.path): \(error)")
    }
  }

  /// Every number of the variant equals the original's, except the parameters, inputs and
  /// numeric targets, which are nice values near the original: the same sign (0 stays 0), at
  /// most `decimals` decimals, within ±50%, targets within the output activation's range; and
  /// `expected` and `errata` are gone.
  static func checkValues(original: JSONValue, variant: JSONValue, decimals: Int, fixture: Fixture, seed: UInt64) throws {
    var changed = 0
    func walk(_ a: JSONValue, _ b: JSONValue, path: String) {
      switch (a.kind, b.kind) {
      case let (.object(left), .object(right)):
        let kept = left.filter { path != "" || ($0.key != "expected" && $0.key != "errata") }
        #expect(kept.map(\.key) == right.map(\.key), "seed \(seed): \(path)")
        for (l, r) in zip(kept, right) { walk(l.value, r.value, path: path + "." + l.key) }
      case let (.array(left), .array(right)):
        #expect(left.count == right.count, "seed \(seed): \(path)")
        for (index, pair) in zip(left, right).enumerated() { walk(pair.0, pair.1, path: "\(path)[\(index)]") }
      case let (.number(old), .number(new)):
        guard old != new else { return }
        changed += 1
        let varies = path.hasPrefix(".network.parameters.") || path.contains(".inputs.") || path.contains(".targets.")
        #expect(varies, "seed \(seed): \(path) changed from \(old) to \(new)")
        guard let before = Double(old), let after = Double(new), let printed = PrintedNumber(new) else {
          Issue.record("seed \(seed): \(path): \(new)")
          return
        }
        #expect(before != 0 && after != 0 && (before < 0) == (after < 0), "seed \(seed): \(path): \(old) → \(new)")
        #expect(abs(after - before) <= 0.5 * abs(before) * (1 + 1e-9), "seed \(seed): \(path): \(old) → \(new)")
        #expect(printed.decimals <= decimals, "seed \(seed): \(path): \(new)")
        if path.contains(".targets.") {
          switch fixture.network.outputLayer.activation {
          case .sigmoid: #expect((0...1).contains(after), "seed \(seed): \(path) = \(new)")
          case .tanh: #expect((-1...1).contains(after), "seed \(seed): \(path) = \(new)")
          case .relu: #expect(after >= 0, "seed \(seed): \(path) = \(new)")
          case .softmax, .step: Issue.record("seed \(seed): \(path): a softmax or step target changed")
          default: break
          }
        }
      default:  // a string, true, false or null: the same, wherever the writer placed it
        #expect(a.kind == b.kind, "seed \(seed): \(path)")
      }
    }
    walk(original, variant, path: "")
    #expect(changed > 0, "seed \(seed): nothing changed")
  }

  /// No net input beyond ±4 and no ReLU layer without a positive net input, read from the keys.
  static func checkExercise(_ trace: Trace, seed: UInt64) {
    var positive: Set<String> = []
    for (key, value) in zip(trace.layout.keys, trace.values) where key.rawValue.hasPrefix("net_") && !key.rawValue.contains("_after_step") {
      #expect(abs(value) <= 4, "seed \(seed): \(key) = \(value)")
      if value > 0 { positive.insert(String(key.rawValue.dropFirst(4).prefix { $0 != "_" })) }
    }
    let network = trace.network
    for layer in network.layers where layer.activation == .relu {
      #expect(layer.neurons.contains { positive.contains(network.neurons[$0].name) }, "seed \(seed): a dead ReLU layer")
    }
  }

  /// The key, read as an answers file, scores every key of the assignment correct.
  static func checkKey(_ variant: StudentVariant, seed: UInt64) throws {
    let sheet = try AnswerSheet.parse(Array(AnswerKey.json(of: variant).utf8), file: "key.json")
    let verification = Verification(
      sheet: sheet, trace: variant.trace, assignment: variant.fixture.assignment, judge: variant.fixture.judge)
    #expect(verification.allCorrect && verification.correctCount == variant.fixture.assignment.count, "seed \(seed)")
  }

  /// The sheet renders (the corpus's Markdown, LaTeX and SVG checks) and shows no computed value:
  /// no number of it is a value the step computes (at the 9 decimals of the text or the 4 of the
  /// figure) unless a given value prints the same.
  static func checkSheet(_ variant: StudentVariant, seed: UInt64) {
    let files = ProblemSheet.files(of: variant)
    for file in files {
      let problems: [String]
      if file.name.hasSuffix(".md") {
        // The answers template is a fenced code block, which the corpus's check does not know.
        let prose = file.contents.components(separatedBy: "\n```text\n").first ?? file.contents
        #expect(file.contents.hasSuffix("```\n"), "seed \(seed): the template is not last")
        problems = MarkdownCheck.problems(in: prose)
      } else if file.name.hasSuffix(".tex") {
        problems = LaTeXCheck.problems(in: file.contents)
      } else {
        problems = SVGCheck.problems(in: file.contents)
      }
      #expect(problems.isEmpty, "seed \(seed): \(file.name): \(problems.prefix(3))")
    }
    let trace = variant.trace
    let formats = [NumberFormat.standard, NumberFormat(decimals: 4)]
    var given: Set<String> = []
    var computed: Set<String> = []
    for position in 0..<trace.count {
      let texts = formats.map { $0.plain(trace.values[position]) }
      switch trace.layout.derivations[position] {
      case .given, .copy, .one, .countNonZero: given.formUnion(texts)
      default: computed.formUnion(texts)
      }
    }
    // Short numbers (0, 1, 0.5) and the text's own (2 significant digits) say nothing.
    let telling = computed.subtracting(given).filter { $0.filter(\.isNumber).count >= 4 }
    for file in files {
      let shown = CourseTestSupport.numbers(in: file.contents.replacing("-", with: " "))
      let leaked = shown.intersection(telling)
      #expect(leaked.isEmpty, "seed \(seed): \(file.name) shows computed values \(leaked.sorted().prefix(5))")
    }
  }
}
