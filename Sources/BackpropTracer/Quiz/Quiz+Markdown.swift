extension Quiz {
  /// The quiz's outcome as Markdown, for `--report`: the score, then a table of the steps to
  /// review with the formula, the student's wrong answers, the true value and the mistakes
  /// recognised, then every question asked with how it went.
  /// - Parameter fixture: the fixture's file name, as the student gave it.
  package func markdownReport(fixture: String) -> String {
    var document = Document()
    document.add(.heading(level: 1, text: "Quiz: \(trace.title.plainLine)"))
    var opening: [Document.Inline] = [.text("Fixture "), .code(fixture), .text(". Score: \(scoreText).")]
    if stopped {
      opening.append(.text(" The quiz stopped after \(records.count) of \(questions.count) questions."))
    }
    document.add(.paragraph(opening))
    let review = records.filter(\.needsReview)
    document.add(.heading(level: 2, text: "Steps to review"))
    if review.isEmpty {
      document.add(.paragraph([.text(records.isEmpty ? "No question was answered." : "None: every answer was right at the first try.")]))
    } else {
      let rows = review.map { record -> [[Document.Inline]] in
        [
          [.code(record.question.definition)], codeList(record.wrongAnswers), [.code(Self.numbers.plain(record.value))],
          [.text(record.mistakes.isEmpty ? "—" : record.mistakes.map(\.summary).joined(separator: "; "))],
        ]
      }
      document.add(.table(header: ["Step", "Your answers", "Correct value", "Recognised mistake"], rows: rows))
    }
    if !records.isEmpty {
      document.add(.heading(level: 2, text: "Every question"))
      let rows = records.map { record -> [[Document.Inline]] in
        [[.code(record.question.key.rawValue)], [.text(record.outcomeText)], [.code(Self.numbers.plain(record.value))]]
      }
      document.add(.table(header: ["Value", "How it went", "Correct value"], rows: rows))
    }
    return MarkdownRenderer.write(document, imageBase: nil)
  }

  /// Answers in code font, separated by commas.
  private func codeList(_ answers: [String]) -> [Document.Inline] {
    answers.enumerated().flatMap { index, answer -> [Document.Inline] in
      (index == 0 ? [] : [.text(", ")]) + [.code(answer)]
    }
  }
}

extension QuizRecord {
  /// How the question went, in words.
  var outcomeText: String {
    switch outcome {
    case .firstTry: return "right at the first try"
    case .afterHint: return "right after a hint"
    case .shown: return "shown after two wrong answers"
    case .stopped: return "stopped after a wrong answer"
    }
  }
}
