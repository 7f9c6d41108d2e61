/// A Moodle question bank in Moodle XML (Question bank → Import → Moodle XML format): a
/// `<quiz>` holding, per category, a `category` pseudo-question and one `numerical` question per
/// key of the fixture's `"assignment"`.
///
/// Each question's text gives the network and its given values (HTML), asks for one key, and
/// says how many significant digits to give. Its one answer is the true value with a tolerance
/// from the judge's rule (`tolerance(for:truth:judge:)`), and its general feedback is the worked
/// step in the `$$ … $$` delimiters that both Moodle's TeX notation filter and its MathJax filter
/// read. Every piece of text is escaped for HTML and then for XML; a `$` from a fixture becomes
/// `&#36;`, so no filter reads it as math.
package enum MoodleQuiz {
  /// One category of questions: its path below the course's top category (names separated by
  /// `/`), and the variant whose assignment it asks.
  package struct Category: Sendable {
    /// The names from the top category down: `["2-2-2 network", "s01"]`.
    package let names: [String]
    /// The variant (or the fixture itself) the questions are about.
    package let variant: StudentVariant

    /// Creates a category.
    package init(names: [String], variant: StudentVariant) {
      self.names = names
      self.variant = variant
    }
  }

  /// The XML document of `categories`, in order.
  package static func xml(_ categories: [Category]) -> String {
    var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
    for category in categories {
      let path = "$course$/top/" + category.names.map { $0.replacing("/", with: "//") }.joined(separator: "/")
      text += "  <question type=\"category\">\n    <category>\n      <text>\(xmlText(path))</text>\n    </category>\n  </question>\n"
      text += questions(of: category.variant)
    }
    return text + "</quiz>\n"
  }

  /// The tolerance (±, absolute) that accepts what the judge accepts at its floor: a key's own
  /// tolerance (a relative one times |truth|); otherwise half a unit of the last digit of the
  /// true value rounded to the minimum significant digits (0.0005 for 0.0822 at 2 digits), so
  /// the true value rounded to that precision or finer passes and a coarser answer does not.
  package static func tolerance(for key: TraceKey, truth: Double, judge: Judge) -> Double {
    switch judge.tolerance(for: key) {
    case let .absolute(amount)?: return amount
    case let .relative(fraction)?: return fraction * abs(truth)
    case nil:
      let digits = judge.minimumSignificantDigits
      guard let exponent = powerOfTen(truth) else { return 0.5 * pow10(-digits) }
      return 0.5 * pow10(exponent + 1 - digits)
    }
  }

  /// The numerical questions of `variant`'s assignment.
  private static func questions(of variant: StudentVariant) -> String {
    let trace = variant.trace
    let walkthrough = Walkthrough(trace: trace, options: RenderOptions(notation: variant.fixture.defaultNotation))
    let given = MoodleQuestionText.network(walkthrough, fixture: variant.fixture)
    let digits = variant.fixture.judge.minimumSignificantDigits
    var text = ""
    for (number, entry) in AnswerKey.positions(of: variant).enumerated() {
      let truth = trace.values[entry.position]
      let formula = walkthrough.writer.formula(at: entry.position)
      let step = [formula.symbol, formula.formula, formula.substituted, formula.result].compactMap { $0 }.joined(separator: " = ")
      let question =
        given + "<p>Compute $$\(htmlText(formula.symbol))$$ (key <code>\(htmlText(entry.key.rawValue))</code>) and give it with at least \(digits) significant digit\(digits == 1 ? "" : "s").</p>"
      let tolerance = tolerance(for: entry.key, truth: truth, judge: variant.fixture.judge)
      text += """
          <question type="numerical">
            <name>
              <text>\(xmlText((number + 1 < 10 ? "0" : "") + "\(number + 1) \(entry.key.rawValue)"))</text>
            </name>
            <questiontext format="html">
              <text>\(xmlText(question))</text>
            </questiontext>
            <generalfeedback format="html">
              <text>\(xmlText("<p>$$" + htmlText(step) + "$$</p>"))</text>
            </generalfeedback>
            <defaultgrade>1</defaultgrade>
            <penalty>0.3333333</penalty>
            <hidden>0</hidden>
            <answer fraction="100" format="moodle_auto_format">
              <text>\(decimal(truth, significantDigits: 12))</text>
              <feedback format="html">
                <text></text>
              </feedback>
              <tolerance>\(decimal(tolerance, significantDigits: 3))</tolerance>
            </answer>
          </question>

        """
    }
    return text
  }

  /// `value` in plain decimal notation with about `significantDigits` significant digits,
  /// trailing zeros dropped: what Moodle reads as a number.
  static func decimal(_ value: Double, significantDigits: Int) -> String {
    guard let exponent = powerOfTen(value) else { return "0" }
    return NumberFormat(decimals: min(max(significantDigits - 1 - exponent, 0), 17)).plain(value)
  }

  /// The power of ten of the first significant digit of `value` (−2 for 0.0822), read from its
  /// decimal digits; nil for 0 and non-finite values.
  static func powerOfTen(_ value: Double) -> Int? {
    guard value != 0, let digits = DecimalDigits(value) else { return nil }
    return digits.exponent - 1
  }

  /// Text for HTML, with `$` as an entity so that no TeX filter pairs it.
  static func htmlText(_ text: String) -> String {
    Escaping.svg(text).replacing("$", with: "&#36;")
  }

  /// Text for XML character data.
  static func xmlText(_ text: String) -> String { Escaping.svg(text) }
}
