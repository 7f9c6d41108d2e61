import Foundation
import Testing

@testable import backprop_trace

/// Lines piped in, as a script would.
struct ScriptedInput: CommandInput {
  var lines: [String]
  mutating func readLine() -> String? { lines.isEmpty ? nil : lines.removeFirst() }
  var isTerminal: Bool { false }
}

/// Runs `backprop-trace quiz` in-process with `lines` on standard input.
func runQuiz(_ arguments: [String], lines: [String]) -> (code: Int32, output: String, error: String) {
  var input = ScriptedInput(lines: lines)
  var captured = CapturedOutput()
  let code = Commands.run(["quiz"] + arguments, input: &input, output: &captured)
  return (code.rawValue, captured.standardOutput, captured.standardError)
}

/// The opening of a quiz on the 2-2-2 fixture asking `count` values.
func mazurOpening(_ count: Int, noun: String = "values") -> String {
  """
  Quiz: Backpropagation step by step: the 2-2-2 sigmoid network
  \(count) \(noun) to compute, in the order a derivation computes them.
  Type each at the precision you worked to; q stops.

  Given:
    w1 = 0.15, w2 = 0.2, w3 = 0.25, w4 = 0.3, b1 = 0.35, w5 = 0.4, w6 = 0.45,
    w7 = 0.5, w8 = 0.55, b2 = 0.6, learning_rate = 0.5, i1 = 0.05, i2 = 0.1,
    target_o1 = 0.01, target_o2 = 0.99

  """
}

@Suite("quiz command")
struct QuizCommandTests {
  @Test("All answers right: every question asked in lecture order, then the full score")
  func allCorrect() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let quiz = try mazurQuiz()
    let answers = quiz.questions.map { String(format: "%.5f", trace.values[$0.position]) }
    let run = runQuiz([mazur], lines: answers)
    #expect(run.code == 0 && run.error.isEmpty)
    #expect(run.output.hasPrefix(mazurOpening(61) + "\nForward pass\n(1/61) net_h1 = w1 * i1 + w2 * i2 + b1\n  net_h1 = ? 0.37750\n  correct\n"))
    #expect(run.output.components(separatedBy: "  correct\n").count == 62)
    #expect(run.output.hasSuffix("(61/61) w8_new = w8 - learning_rate * dE_dw8\n  w8_new = ? 0.56137\n  correct\n\nScore: 61 of 61 correct.\nNothing to review.\n"))
  }

  @Test("A wrong answer, a line that is not a number, then the right answer: the whole transcript")
  func wrongThenCorrected() {
    let run = runQuiz([mazur, "--keys", "net_h1,out_h1"], lines: ["0.3775", "0.7", "abc", "0.59327"])
    #expect(run.code == 0)
    #expect(run.output == mazurOpening(2) + """

      Forward pass
      (1/2) net_h1 = w1 * i1 + w2 * i2 + b1
        net_h1 = ? 0.3775
        correct
      (2/2) out_h1 = 1 / (1 + e^(-net_h1))
        out_h1 = ? 0.7
        not quite
        hint, with your numbers: out_h1 = 1 / (1 + e^(-0.3775))
        out_h1 = ? abc
        "abc" is not a number; type a number such as 0.3775 (q stops the quiz)
        out_h1 = ? 0.59327
        correct

      Score: 2 of 2 correct (1 after a hint).
      Steps to review:
        out_h1 = 1 / (1 + e^(-net_h1))
          right after a hint: you wrote 0.7; it is 0.593269992

      """)
  }

  @Test("A recognised mistake is named, and after a second wrong answer the worked step is shown")
  func recognisedMistake() {
    let run = runQuiz([mazur, "--keys", "out_h1,net_o1"], lines: ["0.40673", "0.6225", "1.10591"])
    #expect(run.output.contains("""
      (1/2) out_h1 = 1 / (1 + e^(-net_h1))
        where net_h1 = 0.3775
        out_h1 = ? 0.40673
        not quite
        that is what you get with the sigmoid computed as 1/(1 + e^net), with the
        exponent's sign lost
        hint, with your numbers: out_h1 = 1 / (1 + e^(-0.3775))
        out_h1 = ? 0.6225
        not quite
        the worked step:
          out_h1 = 1 / (1 + e^(-net_h1))
                 = 1 / (1 + e^(-0.3775))
                 = 0.593269992
        carrying on with out_h1 = 0.593269992
      (2/2) net_o1 = w5 * out_h1 + w6 * out_h2 + b2
        where out_h2 = 0.596884378
        net_o1 = ? 1.10591
        correct
      """))
    #expect(run.output.hasSuffix("""
      Score: 1 of 2 correct; 1 shown.
      Steps to review:
        out_h1 = 1 / (1 + e^(-net_h1))
          shown: you wrote 0.40673, 0.6225; it is 0.593269992
          recognised mistake: the sigmoid computed as 1/(1 + e^net), with the
          exponent's sign lost

      """))
  }

  @Test("The end of input ends the quiz cleanly with the score so far", arguments: [
    (["0.3775", "0.59327"], "Stopped after 2 of 61 questions.\nScore: 2 of 2 correct.\nNothing to review.\n"),
    (["0.3775", "q"], "Stopped after 1 of 61 questions.\nScore: 1 of 1 correct.\nNothing to review.\n"),
    ([], "Stopped after 0 of 61 questions.\nScore: 0 of 0 correct.\n"),
  ])
  func earlyEnd(lines: [String], ending: String) {
    let run = runQuiz([mazur], lines: lines)
    #expect(run.code == 0 && run.error.isEmpty)
    #expect(run.output.hasSuffix("? " + (lines.last == "q" ? "q\n" : "\n") + "\n" + ending))
  }

  @Test("--part asks one part of the derivation, with the values it needs that were not asked")
  func onePart() {
    let run = runQuiz([mazur, "--part", "updates"], lines: ["0.14978"])
    #expect(run.output.contains("8 values to compute"))
    #expect(run.output.contains("\nUpdate\n(1/8) w1_new = w1 - learning_rate * dE_dw1\n  where dE_dw1 = 0.000438568\n  w1_new = ? 0.14978\n  correct\n"))
  }

  @Test("--reveal steps through the worked steps, one per line read")
  func reveal() {
    let run = runQuiz([mazur, "--reveal", "--keys", "net_h1,out_h1,w5_new"], lines: ["", "q"])
    #expect(run.code == 0)
    #expect(run.output == """
      Step-through: Backpropagation step by step: the 2-2-2 sigmoid network
      3 steps; Enter shows the next, q stops.

      Given:
        w1 = 0.15, w2 = 0.2, w3 = 0.25, w4 = 0.3, b1 = 0.35, w5 = 0.4, w6 = 0.45,
        w7 = 0.5, w8 = 0.55, b2 = 0.6, learning_rate = 0.5, i1 = 0.05, i2 = 0.1,
        target_o1 = 0.01, target_o2 = 0.99

      Forward pass
      (1/3)
        net_h1 = w1 * i1 + w2 * i2 + b1
               = 0.15 * 0.05 + 0.2 * 0.1 + 0.35
               = 0.3775
        [Enter: next step, q: stop] 
      (2/3)
        out_h1 = 1 / (1 + e^(-net_h1))
               = 1 / (1 + e^(-0.3775))
               = 0.593269992
        [Enter: next step, q: stop] q
      Stopped after 2 of 3 steps.

      """)
    let all = runQuiz([mazur, "--reveal", "--part", "updates"], lines: [])
    #expect(all.output.hasSuffix("  [Enter: next step, q: stop] \nStopped after 1 of 8 steps.\n"))
  }

  @Test("--report writes the score and the steps to review as Markdown")
  func report() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("quiz-\(UUID().uuidString).md")
    defer { try? FileManager.default.removeItem(at: file) }
    let run = runQuiz([mazur, "--keys", "net_h1,out_h1,net_h2", "--report", file.path], lines: ["0.3775", "0.40673", "0.4067"])
    #expect(run.output.hasSuffix("Report written to \(file.path).\n"))
    #expect(try String(contentsOf: file, encoding: .utf8) == """
      # Quiz: Backpropagation step by step: the 2-2-2 sigmoid network

      Fixture `\(mazur)`. Score: 1 of 2 correct; 1 shown. The quiz stopped after 2 of 3 questions.

      ## Steps to review

      | Step | Your answers | Correct value | Recognised mistake |
      | --- | --- | --- | --- |
      | `out_h1 = 1 / (1 + e^(-net_h1))` | `0.40673`, `0.4067` | `0.593269992` | the sigmoid computed as 1/(1 + e^net), with the exponent's sign lost |

      ## Every question

      | Value | How it went | Correct value |
      | --- | --- | --- |
      | `net_h1` | right at the first try | `0.3775` |
      | `out_h1` | shown after two wrong answers | `0.593269992` |

      """)
  }

  @Test("0.09 for dE_dw6 is wrong in the quiz too, after rounded earlier answers")
  func coarseWrong() {
    let run = runQuiz([mazur, "--keys", "dE_dout_o1,dout_dnet_o1,dE_dw6"], lines: ["0.74137", "0.18682", "0.09"])
    #expect(run.output.contains("""
        dE_dw6 = ? 0.09
        not quite
        hint, with your numbers: dE_dw6 = 0.74137 * 0.18682 * 0.596884378

      """))
    #expect(run.output.hasSuffix("Score: 2 of 3 correct.\nSteps to review:\n  dE_dw6 = dE_dout_o1 * dout_dnet_o1 * dnet_o1_dw6\n    not finished: you wrote 0.09; it is 0.082667628\n"))
  }

  @Test("Endless input ends the quiz: a line of /dev/zero, a long line (not echoed), 100 unusable lines; exit 2 naming the limit")
  func hostileInput() throws {
    var zero = StandardInput(file: fopen("/dev/zero", "r"))
    defer { zero.file.map { _ = fclose($0) } }
    var captured = CapturedOutput()
    #expect(Commands.run(["quiz", mazur], input: &zero, output: &captured) == .unusableInput)
    let limit = "error: a line of the input is longer than 1,000 bytes, the limit for an answer to a quiz; the quiz stopped\n"
    #expect(captured.standardError == limit)
    #expect(captured.standardOutput.hasSuffix("  net_h1 = ? \n\nStopped after 0 of 61 questions.\nScore: 0 of 0 correct.\n"))
    let long = runQuiz([mazur], lines: ["0.3775", String(repeating: "5", count: 10_000_000)])
    #expect(long.code == 2 && long.error == limit)
    #expect(long.output.utf8.count < 2_000, "the long line is not echoed")
    let garbage = runQuiz([mazur], lines: Array(repeating: "0", count: 50) + Array(repeating: "abc", count: 50) + ["0.3775"])
    #expect(garbage.code == 2)
    #expect(garbage.error == "error: 100 lines in a row were not usable answers, the limit for a quiz; the quiz stopped\n")
    #expect(runQuiz([mazur], lines: Array(repeating: "abc", count: 99) + ["0.3775"]).code == 0)
  }

  @Test("The help describes quiz and its options")
  func help() {
    #expect(runTool(["help", "quiz"]).output.contains("  backprop-trace quiz FIXTURE [--part forward|backward|updates | --keys K1,K2,...] [--reveal]\n"))
    #expect(runTool(["--help"]).output.contains("  quiz    Practise a derivation"))
  }

  @Test("Unusable options exit 2 with one line on standard error", arguments: [
    (["--part", "middle"], "error: --part takes one of forward, backward, updates, found 'middle' (see 'backprop-trace --help')\n"),
    (["--part", "forwards"], "error: --part takes one of forward, backward, updates, found 'forwards'; did you mean 'forward'? (see 'backprop-trace --help')\n"),
    (["--part", "forward", "--keys", "net_h1"], "error: --part and --keys exclude each other; give one (see 'backprop-trace --help')\n"),
    (["--keys", "net_h1", "--part", "forward"], "error: --keys and --part exclude each other; give one (see 'backprop-trace --help')\n"),
    (
      ["--only", "updates"],
      "error: 'quiz --only' is renamed --part: give --part forward|backward|updates ('trace --only' is another option: the neurons and parameters to derive) (see 'backprop-trace --help')\n"
    ),
    (["--reveal", "--report", "x.md"], "error: --report needs a quiz; --reveal asks nothing (see 'backprop-trace --help')\n"),
    (["--keys", "net_h3"], "error: \(mazur): 'net_h3' is not a key of this fixture's trace; did you mean 'net_h1'?\n"),
  ])
  func unusable(arguments: [String], message: String) {
    let run = runQuiz([mazur] + arguments, lines: [])
    #expect(run.code == 2 && run.output.isEmpty)
    #expect(run.error == message)
  }
}

@Suite("README quiz")
struct ReadmeQuizTests {
  @Test("The README shows the sample quiz session as quiz prints it")
  func sampleSession() throws {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let run = runQuiz(
      [mazur, "--keys", "net_h1,out_h1,net_h2,out_h2,net_o1"], lines: ["0.3775", "0.40673", "0.6225", "abc", "0.3925", "0.59688"])
    #expect(readme.contains("--keys net_h1,out_h1,net_h2,out_h2,net_o1\n" + run.output + "```\n"))
  }
}
