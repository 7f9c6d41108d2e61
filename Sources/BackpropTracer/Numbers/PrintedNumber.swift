import Foundation

/// A number as a book or a student printed it. Its precision comes from the text: `0.08216` has
/// five decimals, `0.40` two, `3.51e-5` seven.
package struct PrintedNumber: Equatable, Sendable, CustomStringConvertible {
  /// How a computed value relates to a printed one.
  package enum Match: Equatable, Sendable {
    /// The value rounded to the printed decimals gives the printed digits.
    case rounded
    /// Only cutting the value off after the printed decimals gives them (seed 000 prints
    /// ∂E/∂w5 = 0.08216 for 0.0821670…).
    case truncated
    /// Neither does.
    case mismatch
  }

  /// How a value compares with a printed number, found with one conversion of the value.
  package struct Comparison: Equatable, Sendable {
    /// The printed digits are the value exactly (0.4 for 0.4), nothing cut off; binary noise
    /// past the 15 significant digits a `Double`'s arithmetic keeps is set aside (0.4 for
    /// 0.4000000000000001).
    package let isExact: Bool
    /// The value rounded half away from zero to the printed decimals gives the printed digits.
    package let rounds: Bool
    /// The value cut off after the printed decimals gives the printed digits.
    package let truncates: Bool
    /// Neither of the three: the comparison of a value that is infinite or not a number.
    static let none = Comparison(isExact: false, rounds: false, truncates: false)
  }

  /// Past this many decimals, rounding or cutting off a `Double` changes none of its digits (the
  /// smallest need 324 places, plus 17 significant digits), so a value compares with a number
  /// printed to more decimals (`1e-99999`) by its digits alone, without writing them out.
  static let decimalsOfEveryDouble = 345

  /// The text as printed.
  package let text: String
  private let digits: DecimalDigits
  /// The printed digits at the printed decimals; nil past `decimalsOfEveryDouble`.
  private let fixedDigits: (isNegative: Bool, integer: String, fraction: String)?
  /// The number of decimals the text shows.
  package let decimals: Int
  /// The printed number as a `Double`.
  package let value: Double

  /// Reads a printed number; nil when the text is not a plain decimal number or its value is
  /// beyond a `Double` (1e400).
  package init?(_ text: String) {
    let trimmed = text.trimmingSpaces
    guard let digits = DecimalDigits(parsing: trimmed), let value = Double(trimmed), value.isFinite else { return nil }
    let mantissa = trimmed.split(whereSeparator: { $0 == "e" || $0 == "E" })
    let fraction = mantissa.first.flatMap { $0.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first }
    let power = mantissa.count > 1 ? Int(mantissa[1]) ?? 0 : 0
    let decimals = max(0, (fraction?.count ?? 0) - power)
    self.text = trimmed
    self.digits = digits
    self.decimals = decimals
    self.value = value
    fixedDigits = decimals > Self.decimalsOfEveryDouble ? nil : digits.fixed(decimals: decimals, truncating: true)
  }

  package static func == (lhs: PrintedNumber, rhs: PrintedNumber) -> Bool { lhs.text == rhs.text }

  package var description: String { text }

  /// How `value` compares with the printed digits: exactly, rounded, cut off. Signs count:
  /// −5.5 never matches 5.5. A non-finite value matches nothing.
  package func compare(_ value: Double) -> Comparison {
    guard let computed = DecimalDigits(value) else { return .none }
    let isExact = computed == digits || computed.rounded(significantDigits: DecimalDigits.significantDigitsOfArithmetic) == digits
    guard let fixedDigits else { return Comparison(isExact: isExact, rounds: isExact, truncates: isExact) }
    return Comparison(
      isExact: isExact, rounds: computed.fixed(decimals: decimals, truncating: false) == fixedDigits,
      truncates: computed.fixed(decimals: decimals, truncating: true) == fixedDigits)
  }

  /// Whether `value`, rounded or truncated to the printed decimals, gives the printed digits.
  ///
  /// Signs count: −5.5 never matches 5.5. A non-finite value never matches.
  package func match(_ value: Double) -> Match {
    let comparison = compare(value)
    return comparison.rounds ? .rounded : comparison.truncates ? .truncated : .mismatch
  }

  /// One unit of the last printed decimal: 0.0001 for `0.3775`, 1 for `12`.
  package var lastDecimalUnit: Double { pow(10, -Double(decimals)) }

  /// The number of significant digits shown: `0.0554` has 3, `1.50` has 3, `0` has 0.
  package var significantDigits: Int {
    digits.digits.isEmpty ? 0 : max(digits.exponent + decimals, 0)
  }

  /// True when the printed digits are `value` exactly (0.05 for 0.05, 1 for 1.0), with nothing
  /// cut off.
  package func isExact(_ value: Double) -> Bool { compare(value).isExact }

  /// True when `value`, rounded or cut off at the printed decimals, gives the printed digits with
  /// exactly two neighbouring significant digits swapped (0.3952 for 0.3925, 1.25 for 2.15; the
  /// decimal point stays), and the same sign. Leading zeros take no part: 1.029 is not 0.129.
  package func isTransposition(of value: Double) -> Bool {
    guard let computed = DecimalDigits(value), let fixedDigits else { return false }
    func significant(_ fixed: (isNegative: Bool, integer: String, fraction: String)) -> [UInt8] {
      Array((fixed.integer + fixed.fraction).utf8.drop { $0 == UInt8(ascii: "0") })
    }
    let printed = fixedDigits
    let written = significant(printed)
    return [false, true].contains { truncating in
      let fixed = computed.fixed(decimals: decimals, truncating: truncating)
      let other = significant(fixed)
      guard fixed.isNegative == printed.isNegative, other.count == written.count else { return false }
      let differing = written.indices.filter { written[$0] != other[$0] }
      guard differing.count == 2, let first = differing.first, differing[1] == first + 1 else { return false }
      return written[first] == other[first + 1] && written[first + 1] == other[first]
    }
  }

  /// True when `match(value)` is `.rounded` or `.truncated`.
  package func matches(_ value: Double) -> Bool { match(value) != .mismatch }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  var trimmingSpaces: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return String(text)
  }
}
