import BackpropTracer

/// `backprop-trace quiz FIXTURE [options]`: asks for the values of a derivation one at a time,
/// or steps through it.
///
/// All judging is `Quiz`'s; this reads lines, prints what the quiz says and writes the report.
enum QuizCommand {
  static let spec = CommandSpec(
    name: "quiz", operands: "FIXTURE",
    summary: "Practise a derivation: type each value in turn and get a hint, then the worked step, after a wrong answer; a score and the steps to review at the end.",
    description: """
      Asks for each value of the fixture's derivation in the order a lecture computes it (net_h1, \
      out_h1, ..., E_total, the chain-rule factors, ..., w1_new), showing the formula to use, and \
      judges each answer by the same rule as 'verify' (at the precision typed, with at least 2 \
      significant digits; follow-through accepted). A wrong answer gets a hint (the formula with \
      your own earlier values substituted), a second one the worked step, and the quiz goes on \
      with the correct value. A common mistake or a slip that gives your answer is named. \
      Something that is not a number, or too coarse to judge, is asked again; q or the end of input \
      (Ctrl-D) stops with the score so far. Answers may be piped in, one per line.
      """,
    options: [
      .choice(
        "part", QuizPart.allCases.map(\.rawValue), group: "selection",
        help: "Ask only the forward pass, the backward pass or the updates (values a formula needs that were not asked are shown with it)."),
      .value("keys", "K1,K2,...", group: "selection", help: "Ask only these values (keys of 'trace --format json')."),
      .flag("reveal", help: "Ask nothing: show the worked steps one at a time (Enter: the next)."),
      .value("report", "FILE", help: "Also write the score and the steps to review to FILE as Markdown (atomically)."),
    ],
    renamed: [RenamedOption(name: "only", newName: "part", note: " ('trace --only' is another option: the neurons and parameters to derive)")],
    exitStatuses: [
      .status(.success, "the quiz ran (whatever the score)"),
      .status(
        .unusableInput,
        "the fixture or an option is unusable, or the input has a line over \(AnswerSheet.grouped(Quiz.maximumLineLength)) bytes or \(Quiz.maximumUnusableLines) unusable lines in a row"
      ),
      .usual(.internalError),
    ])

  static func run(
    _ arguments: [String], input: inout some CommandInput, output: inout some CommandOutput
  ) throws(CommandFailure) -> ExitCode {
    let parsed = try Arguments(arguments, command: spec)
    guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
      throw usage("'quiz' takes exactly one fixture file, found \(parsed.positionals.count)")
    }
    if parsed.flag("reveal"), parsed.value("report") != nil { throw usage("--report needs a quiz; --reveal asks nothing") }
    var selection = QuizSelection.all
    if let part = parsed.value("part").flatMap(QuizPart.init(rawValue:)) { selection = .part(part) }
    if let keys = parsed.value("keys") {
      selection = .keys(keys.split(separator: ",").map { TraceKey(trimmed($0)) })
    }
    let report = try OutputTarget(parsed.value("report"), inputs: [path])
    let fixture = try Commands.loadFixture(path)
    let trace = try Commands.trace(fixture, steps: nil)
    var quiz: Quiz
    do {
      quiz = try Quiz(trace: trace, selection: selection, judging: fixture.judge)
    } catch {
      throw CommandFailure(message: "\(path): \(error.description)", code: .unusableInput)
    }
    var session = Session(input: input, output: output)
    defer { (input, output) = (session.input, session.output) }
    if parsed.flag("reveal") {
      try session.reveal(quiz)
      return .success
    }
    try session.ask(&quiz)
    if let file = parsed.value("report") {
      try report.deliver(quiz.markdownReport(fixture: path), output: &session.output)
      session.output.write("Report written to \(file).\n")
    }
    return .success
  }

  /// The terminal side of a quiz: prompts, lines read, what the quiz says.
  struct Session<Input: CommandInput, Output: CommandOutput> {
    var input: Input
    var output: Output

    /// Asks every question until the quiz is over or the input ends, then prints the score.
    /// - Throws: when a line is longer than `Quiz.maximumLineLength` or `Quiz.maximumUnusableLines`
    ///   lines in a row were not answers: the score so far is printed first.
    mutating func ask(_ quiz: inout Quiz) throws(CommandFailure) {
      output.write(quiz.introduction)
      var unusable = 0
      while let question = quiz.current {
        if let heading = quiz.heading { output.write("\n\(heading)\n") }
        output.write(quiz.questionText ?? "")
        var settled = false
        while !settled {
          let line: String?
          do { line = try read(prompt: quiz.answerPrompt) } catch {
            quiz.stop()
            output.write(quiz.summaryText)
            throw error
          }
          guard let line, !isStop(line) else {
            quiz.stop()
            output.write(quiz.summaryText)
            return
          }
          let feedback = quiz.judge(line)
          output.write(Quiz.text(for: feedback))
          settled = feedback.movesOn || quiz.current?.key != question.key
          unusable = feedback.isUsable ? 0 : unusable + 1
          guard unusable < Quiz.maximumUnusableLines else {
            quiz.stop()
            output.write(quiz.summaryText)
            throw CommandFailure(
              message: "\(Quiz.maximumUnusableLines) lines in a row were not usable answers, the limit for a quiz; the quiz stopped",
              code: .unusableInput)
          }
        }
      }
      output.write(quiz.summaryText)
    }

    /// Shows every step, one per Enter, until the steps or the input end.
    mutating func reveal(_ quiz: Quiz) throws(CommandFailure) {
      output.write(quiz.revealIntroduction)
      for (number, question) in quiz.questions.enumerated() {
        if number == 0 || quiz.questions[number - 1].part != question.part { output.write("\n\(question.part.title)\n") }
        output.write("(\(number + 1)/\(quiz.questions.count))\n" + quiz.workedStep(question).alignedLines(indent: "  "))
        guard number + 1 < quiz.questions.count else { break }
        guard let line = try read(prompt: "  [Enter: next step, q: stop] "), !isStop(line) else {
          output.write("Stopped after \(number + 1) of \(quiz.questions.count) steps.\n")
          return
        }
      }
      output.write("That was every step.\n")
    }

    /// Writes `prompt` and reads a line; echoes it when it was piped in, and ends the prompt's
    /// line at the end of input.
    /// - Throws: for a line longer than `Quiz.maximumLineLength` bytes (not echoed).
    private mutating func read(prompt: String) throws(CommandFailure) -> String? {
      output.write(prompt)
      guard let line = input.readLine() else {
        output.write("\n")
        return nil
      }
      guard line.utf8.count <= Quiz.maximumLineLength else {
        output.write("\n")
        throw CommandFailure(
          message: "a line of the input is longer than \(AnswerSheet.grouped(Quiz.maximumLineLength)) bytes, the limit for an answer to a quiz; the quiz stopped",
          code: .unusableInput)
      }
      if !input.isTerminal { output.write(line + "\n") }
      return line
    }

    /// True for a line that ends the session: q or quit.
    private func isStop(_ line: String) -> Bool {
      ["q", "quit"].contains(QuizCommand.trimmed(line).lowercased())
    }
  }

  /// Text without leading and trailing spaces and tabs.
  static func trimmed(_ text: some StringProtocol) -> String {
    String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
