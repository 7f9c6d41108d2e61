/// How one output syntax spells the few constructs of an error term: TeX for the derivations,
/// plain text for check, verify and the quiz.
struct ErrorTermSyntax: Sendable {
  /// a·b; `numeric` when both sides are numbers (TeX then writes `\times`, symbols juxtapose).
  let product: @Sendable (_ a: String, _ b: String, _ numeric: Bool) -> String
  /// log x; `compound` for an argument such as `1 - o` that needs parentheses.
  let log: @Sendable (_ x: String, _ compound: Bool) -> String
  /// a / b; `compound` when both are sums or products (plain text then groups them).
  let fraction: @Sendable (_ numerator: String, _ denominator: String, _ compound: Bool) -> String
  /// −[a + b] around a sum.
  let negatedSum: @Sendable (_ sum: String) -> String
  /// The factor in front of a squared-error term: ±(numerator / denominator), nothing for 1.
  let coefficient: @Sendable (_ numerator: Int, _ denominator: Int?, _ negative: Bool) -> String
  /// x².
  let squared: @Sendable (_ x: String) -> String

  /// TeX, as the derivations print it.
  static let tex = ErrorTermSyntax(
    product: { a, b, numeric in numeric ? "\(a) \\times \(b)" : (b.hasPrefix("(") ? a + b : "\(a) \(b)") },
    log: { x, compound in compound ? "\\log(\(x))" : "\\log \(x)" },
    fraction: { numerator, denominator, _ in "\\frac{\(numerator)}{\(denominator)}" },
    negatedSum: { "-[\($0)]" },
    coefficient: { numerator, denominator, negative in
      (negative ? "-" : "") + (denominator.map { "\\frac{\(numerator)}{\($0)}" } ?? (numerator == 1 ? "" : "\(numerator)"))
    },
    squared: { "\($0)^{2}" })

  /// Plain text, as check, verify and the quiz print it.
  static let plain = ErrorTermSyntax(
    product: { a, b, _ in "\(a) * \(b)" },
    log: { x, _ in "log(\(x))" },
    fraction: { numerator, denominator, compound in compound ? "(\(numerator)) / (\(denominator))" : "\(numerator) / \(denominator)" },
    negatedSum: { "-(\($0))" },
    coefficient: { numerator, denominator, negative in
      (negative ? "-" : "") + (denominator.map { "\(numerator)/\($0) * " } ?? (numerator == 1 ? "" : "\(numerator) * "))
    },
    squared: { "\($0)^2" })
}

extension Loss {
  /// An output's error term E_o (or, with `slope`, ∂E/∂o) in `syntax`: in symbols (`target`,
  /// `output`) and with numbers substituted (`targetValue`, `outputValue` as operands; the
  /// squared errors write `targetNumber`, the target as a bare number). `count` is the number of
  /// outputs, for the mean squared error.
  func errorTerm(
    target t: String, output o: String, targetValue tn: String, outputValue on: String, targetNumber: String,
    count: Int, slope: Bool, in syntax: ErrorTermSyntax
  ) -> (symbolic: String, numeric: String) {
    func both(_ make: (_ t: String, _ o: String, _ numeric: Bool) -> String) -> (String, String) {
      (make(t, o, false), make(tn, on, true))
    }
    switch (self, slope) {
    case (.binaryCrossEntropy, false):
      return both { t, o, numeric in
        syntax.negatedSum(
          syntax.product(t, syntax.log(o, false), numeric) + " + " + syntax.product("(1 - \(t))", syntax.log("1 - \(o)", true), numeric))
      }
    case (.binaryCrossEntropy, true):
      return both { t, o, numeric in syntax.fraction("\(o) - \(t)", syntax.product(o, "(1 - \(o))", numeric), true) }
    case (.crossEntropy, false):
      // −(0 × log 0.34), not −0 × log 0.34, which reads as a negative zero.
      return both { t, o, numeric in
        let product = syntax.product(t, syntax.log(o, false), numeric)
        return numeric ? "-(" + product + ")" : "-" + product
      }
    case (.crossEntropy, true):
      return both { t, o, _ in "-" + syntax.fraction(t, o, false) }
    case (.halfSquaredError, _), (.squaredError, _), (.meanSquaredError, _):
      let prefix: String
      // The mean over one output is the squared error itself: no 1/1.
      let outputs = count == 1 ? nil : count
      switch (self, slope) {
      case (.halfSquaredError, false): prefix = syntax.coefficient(1, 2, false)
      case (.meanSquaredError, false): prefix = syntax.coefficient(1, outputs, false)
      case (.halfSquaredError, true): prefix = syntax.coefficient(1, nil, true)
      case (.squaredError, true): prefix = syntax.coefficient(2, nil, true)
      case (.meanSquaredError, true): prefix = syntax.coefficient(2, outputs, true)
      default: prefix = syntax.coefficient(1, nil, false)
      }
      func term(_ difference: String) -> String { prefix + (slope ? difference : syntax.squared(difference)) }
      return (term("(\(t) - \(o))"), term("(\(targetNumber) - \(on))"))
    }
  }
}
