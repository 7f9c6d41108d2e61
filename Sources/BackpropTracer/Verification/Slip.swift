/// A slip in one answer that needs no recomputation of the step: the number written is a
/// simple distortion of the true value (or of what the student's own earlier answers give), or
/// the value of a neighbouring key.
package enum Slip: Equatable, Sendable {
  /// The negation of the value.
  case lostSign
  /// The value with two neighbouring digits swapped (0.3952 for 0.3925).
  case transposedDigits
  /// Twice the value: a factor ½ dropped.
  case doubled
  /// Half the value: a factor ½ too many.
  case halved
  /// The value times 10^exponent (exponent ±1 to ±3): a misplaced decimal point.
  case powerOfTen(exponent: Int)
  /// The value of another key: a neighbour of the same kind (w5's gradient given for w6's), or
  /// an operand of the answer's formula (w5 given for w5_new) when `isOperand`.
  case neighbour(TraceKey, isOperand: Bool)

  /// The name in JSON reports.
  package var kind: String {
    switch self {
    case .lostSign: return "lost-sign"
    case .transposedDigits: return "transposed-digits"
    case .doubled, .halved: return "factor-of-two"
    case .powerOfTen: return "power-of-ten"
    case .neighbour: return "neighbouring-key"
    }
  }

  /// What happened, without any number: "the sign is lost".
  package var summary: String {
    switch self {
    case .lostSign: return "the sign is lost"
    case .transposedDigits: return "two neighbouring digits are swapped"
    case .doubled: return "it is twice the value: a factor ½ dropped"
    case .halved: return "it is half the value: a factor ½ too many"
    case let .powerOfTen(exponent):
      let factors = [1: "10 times", 2: "100 times", 3: "1000 times", -1: "a tenth of", -2: "a hundredth of", -3: "a thousandth of"]
      return "the decimal point is misplaced: it is \(factors[exponent] ?? "10^\(exponent) times") the value"
    case let .neighbour(other, isOperand):
      return "it is the value of \(other)" + (isOperand ? ", which this value is computed from" : " instead")
    }
  }
}

/// A slip found in one answer, with the value it was applied to.
package struct SlipFinding: Equatable, Sendable {
  /// The slip.
  package let slip: Slip
  /// The value the slip distorts: the true value, the follow-through value, or the neighbour's.
  package let reference: Double
  /// True when `reference` comes from the student's own answers (what their earlier answers
  /// give, or their answer for the neighbouring key), false for a true value.
  package let fromStudent: Bool

  /// Creates a finding.
  package init(slip: Slip, reference: Double, fromStudent: Bool) {
    self.slip = slip
    self.reference = reference
    self.fromStudent = fromStudent
  }

  /// One line for a report: the slip, and with `revealing` the value it was applied to, in
  /// `format`: "the sign is lost (the true value is -0.019049118)".
  package func explanation(revealing: Bool, format: NumberFormat) -> String {
    let summary = slip.summary
    guard revealing else { return summary }
    let value = format.plain(reference)
    switch slip {
    case let .neighbour(other, _): return "\(summary) (\(fromStudent ? "your " : "")\(other) is \(value))"
    default: return "\(summary) (\(fromStudent ? "your earlier answers give" : "the true value is") \(value))"
    }
  }
}
