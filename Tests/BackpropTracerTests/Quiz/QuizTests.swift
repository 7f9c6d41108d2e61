import BackpropTracer
import Foundation
import Testing

/// A quiz on the 2-2-2 fixture.
func mazurQuiz(_ selection: QuizSelection = .all) throws -> Quiz {
  try Quiz(trace: try Repository.fixture("mazur-2-2-2").trace(), selection: selection)
}

/// The true value of the current question at `decimals` decimals, as a student types it.
func rightAnswer(_ quiz: Quiz, decimals: Int = 5) -> String {
  String(format: "%.\(decimals)f", quiz.current.map { quiz.trace.values[$0.position] } ?? .nan)
}

@Suite("Quiz")
struct QuizTests {
  @Test("All right at the first try: every question is settled and nothing is left to review")
  func allCorrect() throws {
    var quiz = try mazurQuiz()
    var asked: [TraceKey] = []
    while let question = quiz.current {
      asked.append(question.key)
      #expect(quiz.judge(rightAnswer(quiz)) == .correct(.rounded) || quiz.records.last?.outcome == .firstTry)
    }
    #expect(asked.first == "net_h1" && asked.last == "w8_new")
    #expect(asked.prefix(9) == ["net_h1", "out_h1", "net_h2", "out_h2", "net_o1", "out_o1", "net_o2", "out_o2", "E_o1"])
    #expect(!asked.contains("w5") && !asked.contains("dnet_o1_db2") && !asked.contains("E_total_after_step1"))
    #expect(quiz.records.allSatisfy { $0.outcome == .firstTry })
    #expect(quiz.scoreText == "61 of 61 correct")
    #expect(quiz.summaryText == "\nScore: 61 of 61 correct.\nNothing to review.\n")
  }

  @Test("A wrong answer gets a hint with the student's own values; the right one then counts after a hint")
  func wrongThenCorrected() throws {
    var quiz = try mazurQuiz()
    #expect(quiz.judge("0.38") == .correct(.rounded))
    #expect(quiz.judge("0.7") == .hint("out_h1 = 1 / (1 + e^(-0.38))", mistake: nil))
    #expect(quiz.current?.key == "out_h1")
    #expect(quiz.judge("0.59327") == .correct(.rounded))
    #expect(quiz.current?.key == "net_h2")
    let record = try #require(quiz.records.last)
    #expect(record.outcome == .afterHint && record.wrongAnswers == ["0.7"] && record.mistakes == [])
    #expect(quiz.scoreText == "2 of 2 correct (1 after a hint)")
  }

  @Test("A wrong answer that a common mistake gives has the mistake named")
  func mistakeNamed() throws {
    var quiz = try mazurQuiz()
    _ = quiz.judge("0.3775")
    #expect(quiz.judge("0.40673") == .hint("out_h1 = 1 / (1 + e^(-0.3775))", mistake: .variant(.sigmoidSignLost)))
    #expect(Quiz.text(for: quiz.judge("0.4067")) == """
        not quite
        that is what you get with the sigmoid computed as 1/(1 + e^net), with the
        exponent's sign lost
        the worked step:
          out_h1 = 1 / (1 + e^(-net_h1))
                 = 1 / (1 + e^(-0.3775))
                 = 0.593269992
        carrying on with out_h1 = 0.593269992

      """)
    #expect(quiz.records.last?.mistakes == [.variant(.sigmoidSignLost)])
    #expect(quiz.records.last?.reviewNote == "shown: you wrote 0.40673, 0.4067; it is 0.593269992")
    #expect(quiz.summaryText.hasSuffix("""
      Steps to review:
        out_h1 = 1 / (1 + e^(-net_h1))
          shown: you wrote 0.40673, 0.4067; it is 0.593269992
          recognised mistake: the sigmoid computed as 1/(1 + e^net), with the
          exponent's sign lost

      """))
  }

  @Test("After two wrong answers the quiz goes on with the true value")
  func goesOnWithTruth() throws {
    var quiz = try mazurQuiz(.keys(["out_h1", "net_o1"]))
    _ = quiz.judge("0.9")
    guard case .shown = quiz.judge("0.8") else { Issue.record("the worked step is not shown"); return }
    #expect(quiz.current?.key == "net_o1")
    #expect(quiz.judge("7") == .hint("net_o1 = 0.4 * 0.593269992 + 0.45 * 0.596884378 + 0.6", mistake: nil))
  }

  @Test("An answer with fewer than two significant digits is asked again unless it is exact")
  func tooImprecise() throws {
    var quiz = try Quiz(trace: Repository.fixture("mazur-2-2-2").trace())
    #expect(quiz.current?.key == "net_h1")
    #expect(quiz.judge("0.4") == .tooImprecise("0.4", minimum: 2), "0.3775 rounds to 0.4, but one digit is too few to credit")
    #expect(quiz.current?.key == "net_h1", "an imprecise answer is not a try")
    #expect(quiz.judge("0.38") == .correct(.rounded))
    #expect(Quiz.text(for: .tooImprecise("0.4", minimum: 2)) == "  0.4 is too coarse to judge: give at least 2 significant digits (q stops the quiz)\n")
  }

  @Test("A slip is named in the quiz too, without its value")
  func slipNamed() throws {
    var quiz = try mazurQuiz(.keys(["dE_dout_o1"]))
    let feedback = quiz.judge("-0.74137")
    guard case let .hint(_, mistake) = feedback else { Issue.record("no hint: \(feedback)"); return }
    #expect(mistake == .slip(.lostSign))
    #expect(Quiz.text(for: feedback).contains("\n  that looks like a slip: the sign is lost\n"))
    #expect(!Quiz.text(for: feedback).contains("0.74136"))
  }

  @Test("The fixture's judge rules the quiz: its floor and its tolerances")
  func fixtureJudge() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    var strict = try Quiz(trace: trace, selection: .keys(["out_h1"]), judging: Judge(minimumSignificantDigits: 3))
    #expect(strict.judge("0.59") == .tooImprecise("0.59", minimum: 3))
    #expect(strict.judge("0.593") == .correct(.rounded))
    var tolerant = try Quiz(trace: trace, selection: .keys(["out_h1"]), judging: Judge(defaultTolerance: .relative(0.01)))
    #expect(tolerant.judge("0.6") != .correct(.rounded), "1.1% off")
    #expect(tolerant.judge("0.597") == .correct(.rounded), "within 1%")
  }

  @Test("A line that is not a number is asked again and is not a try")
  func notANumber() throws {
    var quiz = try mazurQuiz()
    #expect(quiz.judge("abc") == .notANumber("abc"))
    #expect(quiz.judge("") == .notANumber(""))
    #expect(!quiz.hasHinted)
    #expect(quiz.judge("0.3775") == .correct(.rounded))
    #expect(quiz.records.last?.outcome == .firstTry)
    #expect(Quiz.text(for: .notANumber("abc")) == "  \"abc\" is not a number; type a number such as 0.3775 (q stops the quiz)\n")
  }

  @Test("An answer computed from the student's own rounded values is accepted")
  func ownRoundedValues() throws {
    var quiz = try mazurQuiz()
    _ = quiz.judge("0.38")
    guard case let .correct(.fromYourValues(value)) = quiz.judge("0.59387") else {
      Issue.record("not accepted from the student's values"); return
    }
    #expect(abs(value - 1 / (1 + exp(-0.38))) < 1e-12)
  }

  @Test("Digits cut off instead of rounded are accepted and said so")
  func truncated() throws {
    var quiz = try mazurQuiz(.keys(["dE_dw5"]))
    #expect(quiz.judge("0.08216") == .correct(.truncated))
  }

  @Test("Stopping counts a question with a wrong try, not one without")
  func stopping() throws {
    var quiz = try mazurQuiz()
    _ = quiz.judge("0.3775")
    _ = quiz.judge("0.7")
    quiz.stop()
    #expect(quiz.current == nil && quiz.stopped)
    #expect(quiz.records.map(\.outcome) == [.firstTry, .stopped])
    #expect(quiz.summaryText == """

      Stopped after 2 of 61 questions.
      Score: 1 of 2 correct.
      Steps to review:
        out_h1 = 1 / (1 + e^(-net_h1))
          not finished: you wrote 0.7; it is 0.593269992

      """)
    var fresh = try mazurQuiz()
    fresh.stop()
    #expect(fresh.records.isEmpty && fresh.scoreText == "0 of 0 correct")
  }

  @Test("--only and --keys choose the questions, in lecture order")
  func selection() throws {
    #expect(try mazurQuiz(.part(.updates)).questions.map(\.key.rawValue) == (1...8).map { "w\($0)_new" })
    #expect(try mazurQuiz(.keys(["w1_new", "net_h1", "dE_dw5"])).questions.map(\.key) == ["net_h1", "dE_dw5", "w1_new"])
    let backward = try mazurQuiz(.part(.backward))
    #expect(backward.questions.first?.key == "dE_dout_o1" && backward.questions.allSatisfy { $0.part == .backward })
    #expect(backward.knownValues.map(\.key) == ["out_o1"])
    #expect(try mazurQuiz(.part(.forward)).questions.last?.key == "E_total")
  }

  @Test("A selection that cannot be asked is refused with a message", arguments: [
    (QuizSelection.keys(["net_h3"]), "'net_h3' is not a key of this fixture's trace; did you mean 'net_h1'?"),
    (.keys(["w5"]), "'w5' is given by the fixture; there is nothing to compute"),
    (.keys(["E_total_after_step1"]), "'E_total_after_step1' comes from repeating the whole step; the quiz asks only for values of the traced step"),
    (.keys([]), "there is nothing to ask for"),
  ])
  func refusedSelection(selection: QuizSelection, message: String) throws {
    #expect(throws: QuizError.self) { try mazurQuiz(selection) }
    do {
      _ = try mazurQuiz(selection)
    } catch let error as QuizError {
      #expect(error.description == message)
    }
  }
}
