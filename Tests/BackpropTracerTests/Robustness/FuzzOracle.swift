#if !FUZZ
  import BackpropTracer
#endif

/// What every input must end in: a thrown, well-formed error, or a trace whose every rendering
/// holds finite numbers only. Each check returns nil when the input was handled well, or a
/// sentence saying what went wrong.
///
/// Shared by the seeded property tests and the libFuzzer harness in `Fuzz/` (compiled there
/// together with the library's sources, with `-D FUZZ`), so both judge alike.
enum FuzzOracle {
  /// The file name errors must start with.
  static let file = "fuzz.json"

  /// Words a renderer prints for a non-finite number (NumberFormat, `\(Double.nan)`).
  static let nonFiniteWords: Set<String> = ["nan", "NaN", "inf", "-inf", "Infinity", "infinity", "+infinity", "-infinity"]

  /// Steps traced at most: the resource guard refuses too many, and the fuzz run must stay fast.
  static let stepsTraced = 3

  /// A fixture file: loaded, traced, rendered as Markdown, LaTeX, JSON, check report and graph.
  static func checkFixture(_ bytes: [UInt8], render: Bool = true) -> String? {
    let input = String(decoding: bytes, as: UTF8.self)
    let fixture: Fixture
    do {
      fixture = try Fixture.load(bytes, file: file)
    } catch {
      return wellFormed(error.description, input: input)
    }
    let trace: Trace
    do {
      trace = try fixture.trace(steps: min(fixture.steps, stepsTraced))
    } catch {
      return wellFormed("\(file): " + error.description, input: input)
    }
    if let bad = trace.values.firstIndex(where: { !$0.isFinite }) {
      return "the trace holds \(trace.values[bad]) under \(trace.layout.keys[bad].rawValue)"
    }
    guard render else { return nil }
    var outputs = [JSONRenderer.render(trace), CheckReport(fixture: fixture, trace: trace).text]
    for format in LectureFiles.Format.allCases {
      outputs += LectureFiles.render(trace, options: RenderOptions(), format: format, base: "fuzz").map(\.contents)
    }
    if let graph = try? fixture.graphFixture() { outputs += graphOutputs(graph) }
    return outputs.lazy.compactMap { finite($0, input: input) }.first
  }

  /// A graph fixture: loaded, then rendered in every format.
  static func checkGraph(_ bytes: [UInt8]) -> String? {
    let input = String(decoding: bytes, as: UTF8.self)
    do {
      let graph = try GraphFixture.load(bytes, file: file)
      return graphOutputs(graph).lazy.compactMap { finite($0, input: input) }.first
    } catch {
      return wellFormed(error.description, input: input)
    }
  }

  /// An answers file: parsed, then judged against `trace` and reported in every format.
  static func checkAnswers(_ bytes: [UInt8], trace: Trace) -> String? {
    let input = String(decoding: bytes, as: UTF8.self)
    do {
      let sheet = try AnswerSheet.parse(bytes, file: file)
      let report = VerificationReport(fixture: "f.json", sheets: [Verification(sheet: sheet, trace: trace)])
      return [report.text, report.markdown, report.json].lazy.compactMap { finite($0, input: input) }.first
    } catch {
      return wellFormed(error.description, input: input)
    }
  }

  /// A quiz answered with `lines`: every feedback, the summary and the report.
  static func checkQuiz(_ lines: [String], trace: Trace) -> String? {
    guard var quiz = try? Quiz(trace: trace) else { return "the quiz could not be made" }
    let input = lines.joined(separator: "\n")
    var outputs = [quiz.introduction]
    for line in lines {
      guard quiz.current != nil else { break }
      outputs.append((quiz.questionText ?? "") + Quiz.text(for: quiz.judge(line)))
    }
    quiz.stop()
    outputs += [quiz.summaryText, quiz.markdownReport(fixture: "f.json")]
    return outputs.lazy.compactMap { finite($0, input: input) }.first
  }

  /// A formula, read by the expression parser: refused with a column inside the text, or
  /// evaluated, differentiated within a bound, simplified and printed, and its plain printout
  /// read back to the same value (up to rounding: printing may regroup a sum or a product).
  static func checkFormula(_ bytes: [UInt8]) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    let tree: ExpressionTree
    do {
      tree = try ExpressionParser.parse(text)
    } catch {
      guard (1...(min(text.count, ExpressionParser.maximumLength) + 1)).contains(error.column) else {
        return "the column \(error.column) is outside the formula of \(text.count) characters: \(error)"
      }
      return error.description.utf8.count <= 2_000 ? nil : "the error is \(error.description.utf8.count) bytes long"
    }
    let values = Dictionary(uniqueKeysWithValues: tree.names.map { ($0, 0.75) })
    _ = tree.derivative(withRespectTo: tree.names.first ?? "x", maximumSize: 1_000)
    _ = (tree.simplified(), ExpressionPrinter.latex(tree))
    let printed = ExpressionPrinter.plain(tree)
    guard printed.count <= ExpressionParser.maximumLength else { return nil }
    guard let reparsed = try? ExpressionParser.parse(printed) else { return "the printout does not parse: \(printed.prefix(300))" }
    guard let a = tree.value(in: values), let b = reparsed.value(in: values) else { return nil }
    let close = abs(a - b) <= 1e-6 * max(1, abs(a), abs(b))
    return close ? nil : "the printout \(printed.prefix(300)) gives \(b), the formula \(a)"
  }

  private static func graphOutputs(_ graph: GraphFixture) -> [String] {
    let numbers = NumberFormat(decimals: 6)
    return [GraphFiles.json(graph), GraphFiles.dot(graph, numbers: numbers), graph.check().text]
      + LectureFiles.Format.allCases.flatMap { GraphFiles.render(graph, format: $0, numbers: numbers, base: "fuzz").map(\.contents) }
  }

  /// An error message: one located sentence, not a dump, naming no non-finite number.
  static func wellFormed(_ message: String, input: String) -> String? {
    guard message.hasPrefix(file) else { return "the error does not start with the file name: \(message.prefix(300))" }
    guard message.utf8.count <= 2_000 else { return "the error is \(message.utf8.count) bytes long: \(message.prefix(300))…" }
    // "came out +infinity" names a refused value: only a number printed as such is wrong.
    return finite(message.replacing("came out +infinity", with: "").replacing("came out -infinity", with: ""), input: input)
  }

  /// Nil when `text` prints no non-finite number (a word the input itself holds, such as a
  /// title, is allowed).
  static func finite(_ text: String, input: String) -> String? {
    let words = text.split { !($0.isLetter || $0 == "-" || $0 == "+") }
    guard let word = words.first(where: { nonFiniteWords.contains(String($0)) && !input.contains(String($0)) }) else { return nil }
    let start = text.range(of: String(word)).map { text.index($0.lowerBound, offsetBy: -min(80, text.distance(from: text.startIndex, to: $0.lowerBound))) }
    return "\"\(word)\" printed: …\(text[(start ?? text.startIndex)...].prefix(160))…"
  }
}
