/// A formula as a tree: the symbols and values a derivation names, and the operations a lecture
/// writes between them.
///
/// A syntax prints a formula (`MathSyntax.write(_:_:of:substituting:to:)`) in two forms: with its
/// operands as symbols (the formula), and with their values substituted (the next step of the
/// derivation). The operands are those of the entry written (by their place in its derivation),
/// other entries of the trace, or fixed symbols; what they stand for comes from a
/// `FormulaEntries` at print time, so one tree serves TeX, plain text and any later syntax
/// (MathML) alike, and a derivation's formula depends on nothing but the derivation
/// (`Derivation.formula`). Nothing in a formula is text to splice.
///
/// How a value is written when substituted is part of the formula (`Written`): as it is
/// printed, or as a factor, in parentheses when negative (`0.4 \times (-0.2)`).
///
/// A formula is made for every entry a derivation writes (161,249 for a 784-50-10 step), so the
/// cases that hold more than a position or a list are kept out of line (`indirect`): the leaves
/// and lists most entries have are then copied as a few bytes.
package enum MathFormula: Sendable {
  // Leaves.

  /// A symbol of the symbol model: the total error E, the generic net of the conventions.
  indirect case symbol(MathExpression)
  /// Operand `index` of the entry written (the `index`-th key its derivation names): its
  /// symbol, or substituted, its value. A key the trace has no entry for is written as itself,
  /// its value unknown (NaN).
  case operand(Int, Written)
  /// The entry at a position of the trace, other than the operands of the entry written (the
  /// input of an update written in the error-term convention).
  case entry(Int, Written)
  /// A value worked out for the presentation, the same in both forms: the error term −δ.
  case value(Double, Written)
  /// A constant of a definition, printed as a number in both forms: a leaky ReLU's slope α.
  case constant(Double)
  /// A whole number, written as it is: the 1 of 1 − out, the 2 of a square's coefficient.
  case integer(Int)
  /// The terms a long sum leaves out: `\dots`.
  case ellipsis

  // Operations.

  /// −x of an operand x, its sign folded into the value when substituted: e^{−net} is written
  /// e^{−0.3775}, or e^{0.5} for net = −0.5.
  indirect case negatedValue(MathFormula)
  /// a + b + …; substituted, a term after the first that begins with a minus sign is put in
  /// parentheses: `0.0554 + (-0.019)`.
  case sum([MathFormula])
  /// a − b.
  indirect case difference(MathFormula, MathFormula)
  /// a × b × …, the product sign written between symbols too (a chain rule).
  case product([MathFormula])
  /// a b: symbols side by side (`w_{1} x_{1}`, `o(1 - o)` before parentheses), values with a
  /// product sign between them.
  case juxtaposed([MathFormula])
  /// a / b.
  indirect case fraction(MathFormula, MathFormula)
  /// −x: −[a + b] around a sum; −(a × b) around a product of values (never −0 × …, which reads
  /// as a negative zero), −a b around symbols.
  indirect case negative(MathFormula)
  /// x^n: the square of a symbol composes with its scripts (`\mathrm{out}^{2}`, `(a^{[1]})^{2}`).
  indirect case power(MathFormula, Int)
  /// e^x.
  indirect case exponential(MathFormula)
  /// A named function of its arguments: `\tanh(x)`, `\max(0, x)`, `\mathrm{ReLU}'(x)`, `\log o`.
  indirect case function(MathFunction, [MathFormula])
  /// (x).
  indirect case parenthesized(MathFormula)
  /// [x].
  indirect case bracketed(MathFormula)
  /// The mean of a sum of `count` terms: `\frac{1}{n}(a + b)`, or `(a + b) / n` in plain text.
  indirect case mean(MathFormula, count: Int)
  /// A coefficient before a sum in parentheses: `\frac{\lambda}{2}(w_{1}^{2} + …)`,
  /// `lambda / 2 * (…)`.
  indirect case scaled(MathFormula, MathFormula)
  /// A rational coefficient before a term: `\frac{1}{2}(t - o)^{2}`, `-2(t - o)`, `1/2 * (t - o)^2`.
  indirect case coefficient(Coefficient, MathFormula)
  /// A sum over every output o: `\sum_{o} x`.
  indirect case sumOverOutputs(MathFormula)
  /// a = b.
  indirect case equation(MathFormula, MathFormula)
  /// Whether an operand is above 0, as its value says, written only substituted: `0.3 > 0` or
  /// `-0.2 \le 0` (which side of a kink the slope is taken on).
  indirect case signOf(MathFormula)
  /// x, with a note that is written only when the values are substituted:
  /// `\mathrm{step}(0.3) \text{ with } 0.3 > 0`.
  indirect case noting(MathFormula, MathFormula)
  /// One of two formulas, as the value of an operand is above 0 or not (the branch of a
  /// piecewise function that applies), with that condition noted when substituted:
  /// `1 \times e^{-0.5} \text{ with } -0.5 \le 0`.
  indirect case branch(on: MathFormula, positive: MathFormula, otherwise: MathFormula)
  /// x, then a remark in words, in parentheses: `0 \text{ (the step is flat wherever it has a slope)}`.
  indirect case remark(MathFormula, String)
  /// How many of the operands are not 0: the perceptron rule's mistakes in an epoch.
  indirect case nonZeroCount([MathFormula])
  /// One formula in symbols and another once the values are substituted, where the lecture
  /// says more than the substitution (the step's slope is 0 wherever it has one).
  indirect case substitution(symbols: MathFormula, values: MathFormula)

  /// How a value is written when it is substituted.
  package enum Written: Sendable {
    /// As it is printed: `-0.2`.
    case asIs
    /// As a factor, in parentheses when negative (or, in TeX, in scientific form): `(-0.2)`.
    case factor
  }

  /// A rational coefficient ±n/d (d = nil: a whole number); 1 is not written.
  package struct Coefficient: Sendable {
    package var negative: Bool
    package var numerator: Int
    package var denominator: Int?

    package init(negative: Bool = false, _ numerator: Int, over denominator: Int? = nil) {
      self.negative = negative
      self.numerator = numerator
      self.denominator = denominator
    }
  }
}

/// A function a formula applies, with its names in each syntax.
package struct MathFunction: Sendable {
  /// How TeX names the function: an operator (`\tanh`, `\max`, `\log`) or an upright word
  /// (`\mathrm{ReLU}`).
  package enum Name: Sendable {
    case `operator`(String)
    case upright(String)
  }

  /// The name in TeX (and in MathML, later).
  package let name: Name
  /// The name in plain text: `tanh`, `relu`, `leakyRelu`.
  package let plainName: String
  /// True for the derivative of the function: `\mathrm{ReLU}'(x)`, `relu'(x)`.
  package let primed: Bool
  /// True when TeX writes a symbol or a number after the name without parentheses, as
  /// `\log o` (a compound argument still gets them: `\log(1 - o)`).
  package let takesAtomsBare: Bool

  package init(_ name: Name, plain plainName: String, primed: Bool = false, takesAtomsBare: Bool = false) {
    self.name = name
    self.plainName = plainName
    self.primed = primed
    self.takesAtomsBare = takesAtomsBare
  }

  /// The derivative of this function: `\mathrm{ReLU}'`.
  package var derivative: MathFunction { MathFunction(name, plain: plainName, primed: true, takesAtomsBare: takesAtomsBare) }

  /// `\tanh`, `\max`, `\log`.
  package static let tanh = MathFunction(.operator("tanh"), plain: "tanh")
  package static let max = MathFunction(.operator("max"), plain: "max")
  package static let log = MathFunction(.operator("log"), plain: "log", takesAtomsBare: true)
}

extension MathFormula {
  /// An operand written as a factor when substituted (in parentheses when negative); other
  /// formulas as they are.
  package var factor: MathFormula {
    switch self {
    case let .operand(index, _): return .operand(index, .factor)
    case let .entry(position, _): return .entry(position, .factor)
    case let .value(value, _): return .value(value, .factor)
    default: return self
    }
  }

  /// 1 − x, as the slopes of the sigmoid and the softmax write it.
  static func oneMinus(_ x: MathFormula) -> MathFormula { .difference(.integer(1), x) }

  /// The terms `term(0)`, … of a sum of `count`, shortened past `FormulaWriter.longestWrittenSum`
  /// terms to the first three, `\dots` and the last (only the terms shown are made).
  static func sum(_ count: Int, _ term: (Int) -> MathFormula) -> MathFormula {
    guard count > FormulaWriter.longestWrittenSum else { return .sum((0..<count).map(term)) }
    return .sum([term(0), term(1), term(2), .ellipsis, term(count - 1)])
  }
}
