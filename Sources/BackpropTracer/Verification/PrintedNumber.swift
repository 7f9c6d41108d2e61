import Foundation

/// A number as a book or a student printed it. Its precision comes from the text: `0.08216` has
/// five decimals, `0.40` two, `3.51e-5` seven.
public struct PrintedNumber: Equatable, Sendable, CustomStringConvertible {
  /// How a computed value relates to a printed one.
  public enum Match: Equatable, Sendable {
    /// The value rounded to the printed decimals gives the printed digits.
    case rounded
    /// Only cutting the value off after the printed decimals gives them (seed 000 prints
    /// ∂E/∂w5 = 0.08216 for 0.0821670…).
    case truncated
    /// Neither does.
    case mismatch
  }

  /// The text as printed.
  public let text: String
  private let digits: DecimalDigits
  /// The number of decimals the text shows.
  public let decimals: Int

  /// Reads a printed number; nil when the text is not a plain decimal number.
  public init?(_ text: String) {
    let trimmed = text.trimmingSpaces
    // 1e400 reads as infinity: no printed number.
    guard let digits = DecimalDigits(parsing: trimmed), Double(trimmed)?.isFinite == true else { return nil }
    let mantissa = trimmed.split(whereSeparator: { $0 == "e" || $0 == "E" })
    let fraction = mantissa.first.flatMap { $0.split(separator: ".", omittingEmptySubsequences: false).dropFirst().first }
    let power = mantissa.count > 1 ? Int(mantissa[1]) ?? 0 : 0
    self.text = trimmed
    self.digits = digits
    self.decimals = max(0, (fraction?.count ?? 0) - power)
  }

  /// The printed number as a `Double`.
  public var value: Double { Double(text) ?? .nan }

  public var description: String { text }

  /// Whether `value`, rounded or truncated to the printed decimals, gives the printed digits.
  ///
  /// Signs count: −5.5 never matches 5.5. A non-finite value never matches.
  public func match(_ value: Double) -> Match {
    if isGiven(by: value, truncating: false) { return .rounded }
    if isGiven(by: value, truncating: true) { return .truncated }
    return .mismatch
  }

  /// Whether `value` rounded half away from zero (or, `truncating`, cut off) to the printed
  /// decimals gives the printed digits and sign. A non-finite value never does.
  public func isGiven(by value: Double, truncating: Bool) -> Bool {
    guard let computed = DecimalDigits(value) else { return false }
    return computed.fixed(decimals: decimals, truncating: truncating) == digits.fixed(decimals: decimals, truncating: true)
  }

  /// One unit of the last printed decimal: 0.0001 for `0.3775`, 1 for `12`.
  public var lastDecimalUnit: Double { pow(10, -Double(decimals)) }

  /// The number of significant digits shown: `0.0554` has 3, `1.50` has 3, `0` has 0.
  public var significantDigits: Int {
    digits.digits.isEmpty ? 0 : max(digits.exponent + decimals, 0)
  }

  /// True when the printed digits are `value` exactly (0.05 for 0.05, 1 for 1.0), with nothing
  /// cut off.
  public func isExact(_ value: Double) -> Bool {
    guard let computed = DecimalDigits(value) else { return false }
    return computed == digits
  }

  /// True when `value`, rounded or cut off at the printed decimals, gives the printed digits with
  /// exactly two neighbouring digits swapped (0.3952 for 0.3925), and the same sign.
  public func isTransposition(of value: Double) -> Bool {
    guard let computed = DecimalDigits(value) else { return false }
    let printed = digits.fixed(decimals: decimals, truncating: true)
    let written = Array((printed.integer + printed.fraction).utf8)
    return [false, true].contains { truncating in
      let fixed = computed.fixed(decimals: decimals, truncating: truncating)
      let other = Array((fixed.integer + fixed.fraction).utf8)
      guard fixed.isNegative == printed.isNegative, other.count == written.count else { return false }
      let differing = written.indices.filter { written[$0] != other[$0] }
      guard differing.count == 2, let first = differing.first, differing[1] == first + 1 else { return false }
      return written[first] == other[first + 1] && written[first + 1] == other[first]
    }
  }

  /// True when `match(value)` is `.rounded` or `.truncated`.
  public func matches(_ value: Double) -> Bool { match(value) != .mismatch }
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
