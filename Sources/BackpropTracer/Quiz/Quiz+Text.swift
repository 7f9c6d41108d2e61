/// What a quiz prints in a terminal: plain text, one piece per event, so the command line only
/// writes what it is given.
extension Quiz {
  /// How numbers are printed: the tool's standard precision.
  static let numbers = NumberFormat.standard

  /// The opening: the title, how many values are asked, how to answer, and the given values.
  package var introduction: String {
    let givens = trace.entries.filter { $0.derivation == .given }.map { "\($0.key) = \(Self.numbers.plain($0.value))" }
    return """
      Quiz: \(trace.title.plainLine)
      \(questions.count) value\(questions.count == 1 ? "" : "s") to compute, in the order a derivation computes them.
      Type each at the precision you worked to; q stops.

      Given:
      \(Self.wrapped(givens, indent: "  "))

      """
  }

  /// The opening of a step-through (`--reveal`): the title and the given values.
  package var revealIntroduction: String {
    let givens = trace.entries.filter { $0.derivation == .given }.map { "\($0.key) = \(Self.numbers.plain($0.value))" }
    return """
      Step-through: \(trace.title.plainLine)
      \(questions.count) step\(questions.count == 1 ? "" : "s"); Enter shows the next, q stops.

      Given:
      \(Self.wrapped(givens, indent: "  "))

      """
  }

  /// The heading of the current question's part, when it starts a new part.
  package var heading: String? {
    guard let question = current else { return nil }
    return index > 0 && questions[index - 1].part == question.part ? nil : question.part.title
  }

  /// The current question: its number, the formula to use and the values it needs that were
  /// not asked for, then (after a blank) the prompt itself is `answerPrompt`.
  package var questionText: String? {
    guard let question = current else { return nil }
    let known = knownValues.map { "\($0.key) = \(Self.numbers.plain($0.value))" }
    return "(\(number)/\(questions.count)) \(question.definition)\n"
      + (known.isEmpty ? "" : "  where " + known.joined(separator: ", ") + "\n")
  }

  /// The prompt to type the current answer after: `  out_h1 = ? `.
  package var answerPrompt: String {
    current.map { "  \($0.key) = ? " } ?? ""
  }

  /// What the quiz says to a feedback, one or more indented lines.
  package static func text(for feedback: QuizFeedback) -> String {
    switch feedback {
    case let .notANumber(text):
      let shown = text.trimmingSpaces.isEmpty ? "an empty line" : "\"\(text.terminalSafe)\""
      return "  \(shown) is not a number; type a number such as 0.3775 (q stops the quiz)\n"
    case let .tooImprecise(text, minimum):
      return "  \(text.terminalSafe) is too coarse to judge: give at least \(minimum) significant digits (q stops the quiz)\n"
    case .correct(.rounded): return "  correct\n"
    case .correct(.truncated): return "  correct (digits cut off rather than rounded)\n"
    case let .correct(.fromYourValues(value)):
      return "  correct: follow-through, your earlier answers give \(numbers.plain(value))\n"
    case let .hint(substituted, mistake):
      return "  not quite\n" + mistakeLine(mistake) + "  hint, with your numbers: \(substituted)\n"
    case let .shown(step, mistake):
      return "  not quite\n" + mistakeLine(mistake) + "  the worked step:\n" + step.alignedLines(indent: "    ")
        + "  carrying on with \(step.symbol) = \(step.result)\n"
    }
  }

  private static func mistakeLine(_ mistake: Mistake?) -> String {
    mistake.map { paragraph($0.feedback, indent: "  ") } ?? ""
  }

  /// `text` broken at spaces into lines of at most 78 characters after `indent`, each ending
  /// with a line break; a word longer than a line stays whole.
  static func paragraph(_ text: String, indent: String) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, indent.count + line.count + 1 + word.count > 78 {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    lines.append(line)
    return lines.map { indent + $0 + "\n" }.joined()
  }

  /// The end: the score and the steps to review, each with the mistakes recognised in it.
  package var summaryText: String {
    var text = "\n"
    if stopped { text += "Stopped after \(records.count) of \(questions.count) questions.\n" }
    text += "Score: \(scoreText).\n"
    let review = records.filter(\.needsReview)
    if review.isEmpty {
      if !records.isEmpty { text += "Nothing to review.\n" }
      return text
    }
    text += "Steps to review:\n"
    for record in review {
      text += "  \(record.question.definition)\n" + Self.paragraph(record.reviewNote, indent: "    ")
      for mistake in record.mistakes {
        text += Self.paragraph("recognised mistake: \(mistake.summary)", indent: "    ")
      }
    }
    return text
  }

  /// `20 of 24 correct (2 after a hint); 4 shown`.
  package var scoreText: String {
    let correct = records.filter { $0.outcome == .firstTry || $0.outcome == .afterHint }.count
    let afterHint = records.filter { $0.outcome == .afterHint }.count
    let shown = records.filter { $0.outcome == .shown }.count
    var text = "\(correct) of \(records.count) correct"
    if afterHint > 0 { text += " (\(afterHint) after a hint)" }
    if shown > 0 { text += "; \(shown) shown" }
    return text
  }

  /// `items` joined by commas into lines of at most about 78 characters.
  static func wrapped(_ items: [String], indent: String) -> String {
    var lines: [String] = []
    var line = ""
    for item in items {
      if !line.isEmpty, indent.count + line.count + item.count + 2 > 78 {
        lines.append(indent + line + ",")
        line = ""
      }
      line += (line.isEmpty ? "" : ", ") + item
    }
    if !line.isEmpty { lines.append(indent + line) }
    return lines.joined(separator: "\n")
  }
}

extension QuizRecord {
  /// What happened, for the list of steps to review: `shown: you wrote 0.6225, 0.62; it is
  /// 0.593269992`.
  package var reviewNote: String {
    let how: String
    switch outcome {
    case .firstTry: how = "right at the first try"
    case .afterHint: how = "right after a hint"
    case .shown: how = "shown"
    case .stopped: how = "not finished"
    }
    return "\(how): you wrote \(wrongAnswers.joined(separator: ", ")); it is \(Quiz.numbers.plain(value))"
  }
}

extension String {
  /// The text on one line, control characters shown as spaces: a fixture's title in a terminal.
  var plainLine: String {
    String(map { $0.isControl ? " " : $0 })
  }
}
