/// A finite number as decimal digits: ±0.d₁d₂d₃… × 10^exponent.
///
/// Built from the shortest decimal text that reads back as the same `Double` (Swift's
/// `description`), so rounding works on the digits a person would write, not on binary noise:
/// 0.125 rounds to 0.13 at two decimals, as on paper.
struct DecimalDigits: Equatable, Sendable {
  /// True for a number below zero.
  var isNegative: Bool
  /// Significant digits (0–9), without leading or trailing zeros; empty for zero.
  var digits: [UInt8]
  /// The position of the decimal point: the number of digits before it (may be ≤ 0 or past the end).
  var exponent: Int

  /// The digits of a finite `Double`; nil for infinity and NaN.
  init?(_ value: Double) {
    guard value.isFinite else { return nil }
    self.init(parsing: value.description)
  }

  /// The digits of a decimal text such as `0.2995`, `-1.5e-3` or `+.5`; nil when it is not one.
  init?(parsing text: String) {
    var scalars = Substring(text).utf8[...]
    isNegative = scalars.first == UInt8(ascii: "-")
    if scalars.first == UInt8(ascii: "-") || scalars.first == UInt8(ascii: "+") { scalars = scalars.dropFirst() }
    var all: [UInt8] = []
    var pointAt: Int?
    var sawDigit = false
    var power = 0
    scan: while let byte = scalars.first {
      scalars = scalars.dropFirst()
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        all.append(byte - UInt8(ascii: "0"))
        sawDigit = true
      case UInt8(ascii: "."):
        guard pointAt == nil else { return nil }
        pointAt = all.count
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        guard sawDigit, let exponent = Int(String(decoding: scalars, as: UTF8.self)),
          abs(exponent) < 100_000
        else { return nil }
        power = exponent
        break scan
      default:
        return nil
      }
    }
    guard sawDigit else { return nil }
    var point = (pointAt ?? all.count) + power
    let leadingZeros = all.prefix { $0 == 0 }.count
    all.removeFirst(leadingZeros)
    point -= leadingZeros
    while all.last == 0 { all.removeLast() }
    digits = all
    exponent = all.isEmpty ? 0 : point
    if all.isEmpty { isNegative = false }
  }

  /// The significant decimal digits a `Double`'s arithmetic keeps: a computed value's digits past
  /// them are binary noise (0.1 × 3 − 0.7 is −0.3999999999999999, not −0.4).
  static let significantDigitsOfArithmetic = 15

  /// The number rounded half away from zero to at most `count` significant digits, trailing
  /// zeros dropped: −0.3999999999999999 at 15 digits is −0.4.
  func rounded(significantDigits count: Int) -> DecimalDigits {
    guard digits.count > count else { return self }
    var result = self
    result.digits = Array(digits.prefix(count))
    if digits[count] >= 5 {
      var i = count - 1
      while i >= 0 && result.digits[i] == 9 {
        result.digits[i] = 0
        i -= 1
      }
      if i >= 0 {
        result.digits[i] += 1
      } else {
        result.digits.insert(1, at: 0)
        result.exponent += 1
      }
    }
    while result.digits.last == 0 { result.digits.removeLast() }
    return result
  }

  /// The number rounded (half away from zero) or truncated to `decimals` places, as
  /// `(isNegative, integer part, fraction)` with exactly `decimals` fraction digits.
  /// A result that is zero is never negative.
  func fixed(decimals: Int, truncating: Bool) -> (isNegative: Bool, integer: String, fraction: String) {
    let keep = exponent + decimals
    var kept: [UInt8] = keep > 0 ? Array(digits.prefix(keep)) : []
    if keep > kept.count { kept += Array(repeating: 0, count: keep - kept.count) }
    let next: UInt8 = keep >= 0 && keep < digits.count ? digits[keep] : 0
    if !truncating && next >= 5 {
      var i = kept.count - 1
      while i >= 0 && kept[i] == 9 {
        kept[i] = 0
        i -= 1
      }
      if i >= 0 { kept[i] += 1 } else { kept.insert(1, at: 0) }
    }
    if kept.count <= decimals {
      kept.insert(contentsOf: Array(repeating: 0, count: decimals + 1 - kept.count), at: 0)
    }
    let text = String(decoding: kept.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    let split = text.index(text.endIndex, offsetBy: -decimals)
    let isZero = !kept.contains { $0 != 0 }
    return (isNegative && !isZero, String(text[..<split]), String(text[split...]))
  }
}
