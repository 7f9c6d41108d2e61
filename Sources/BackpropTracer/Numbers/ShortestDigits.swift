/// A finite number's shortest decimal digits (as `DecimalDigits` has them) held in one integer,
/// so that `NumberFormat` rounds and prints with integer arithmetic and a single string.
///
/// The number is ±`significand` × 10^(`exponent` − `count`): `count` significant digits with no
/// trailing zero (0 digits for zero), the decimal point after the first `exponent` of them.
/// Rounding is that of `DecimalDigits.fixed(decimals:truncating: false)`: half away from zero,
/// on the digits a person would write.
struct ShortestDigits {
  var isNegative: Bool
  var significand: UInt64
  var count: Int
  var exponent: Int

  /// The digits of a finite `Double`, read from its shortest round-trip text (`description`,
  /// at most 17 significant digits); nil for infinity and NaN.
  init?(_ value: Double) {
    guard value.isFinite else { return nil }
    var text = value.description
    (isNegative, significand, count, exponent) = text.withUTF8(Self.parse)
    if count == 0 { isNegative = false }
  }

  private static func parse(_ utf8: UnsafeBufferPointer<UInt8>) -> (Bool, UInt64, Int, Int) {
    var index = 0
    let isNegative = utf8.first == UInt8(ascii: "-")
    if isNegative { index = 1 }
    var significand: UInt64 = 0
    var count = 0, raw = 0, leadingZeros = 0, zerosPending = 0
    var point: Int?
    var power = 0
    while index < utf8.count {
      let byte = utf8[index]
      index += 1
      if byte == UInt8(ascii: ".") {
        point = raw
      } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
        var sign = 1
        if index < utf8.count, utf8[index] == UInt8(ascii: "-") || utf8[index] == UInt8(ascii: "+") {
          sign = utf8[index] == UInt8(ascii: "-") ? -1 : 1
          index += 1
        }
        while index < utf8.count {
          power = power * 10 + Int(utf8[index] &- UInt8(ascii: "0"))
          index += 1
        }
        power *= sign
      } else {
        let digit = UInt64(byte &- UInt8(ascii: "0"))
        raw += 1
        if digit == 0 {
          if count == 0 { leadingZeros += 1 } else { zerosPending += 1 }
        } else {
          for _ in 0..<zerosPending { significand &*= 10 }
          count += zerosPending + 1
          zerosPending = 0
          significand = significand &* 10 &+ digit
        }
      }
    }
    let exponent = count == 0 ? 0 : (point ?? raw) + power - leadingZeros
    return (isNegative, significand, count, exponent)
  }

  /// The digits rounded to `places` decimals, as the integer `kept` × 10^`zeros` (the value
  /// times 10^places).
  func rounded(places: Int) -> (kept: UInt64, zeros: Int) {
    let keep = exponent + places
    if keep >= count { return (significand, keep - count) }
    if keep < 0 { return (0, 0) }
    let dropped = count - keep
    let kept = significand / Self.powers[dropped]
    let next = significand / Self.powers[dropped - 1] % 10
    return (next >= 5 ? kept + 1 : kept, 0)
  }

  /// The number of decimal digits of `value` (0 for 0).
  static func digitCount(_ value: UInt64) -> Int {
    var count = 0
    while count < powers.count && value >= powers[count] { count += 1 }
    return count
  }

  /// 10⁰ … 10¹⁹.
  static let powers: [UInt64] = (0...19).map { (0..<$0).reduce(UInt64(1)) { value, _ in value * 10 } }

  /// `sign` then `kept` × 10^`zeros` written with `places` decimals (at least one integer digit),
  /// trailing zeros of the fraction dropped; no sign when the number printed is 0.
  static func text(isNegative: Bool, kept: UInt64, zeros: Int, places: Int) -> String {
    let digits = kept == 0 ? 0 : digitCount(kept) + zeros
    let length = max(digits, places + 1)
    let integerDigits = length - places
    // The fraction ends at its last nonzero digit.
    var fractionDigits = 0
    if kept != 0 {
      let trailing = zeros + trailingZeros(kept)
      fractionDigits = max(0, places - trailing)
    }
    let negative = isNegative && kept != 0
    let capacity = (negative ? 1 : 0) + integerDigits + (fractionDigits > 0 ? fractionDigits + 1 : 0)
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var value = kept
      // Digits of the whole number R = kept · 10^zeros, padded to `length`, from the right.
      var position = length - 1
      var written = 0
      func put(_ digit: UInt8, at index: Int) {
        let offset = (negative ? 1 : 0) + index + (index >= integerDigits ? 1 : 0)
        if index < integerDigits + fractionDigits { buffer[offset] = UInt8(ascii: "0") + digit }
      }
      while position >= 0 {
        var digit: UInt8 = 0
        if written >= zeros, value > 0 {
          digit = UInt8(value % 10)
          value /= 10
        }
        put(digit, at: position)
        written += 1
        position -= 1
      }
      if negative { buffer[0] = UInt8(ascii: "-") }
      if fractionDigits > 0 { buffer[(negative ? 1 : 0) + integerDigits] = UInt8(ascii: ".") }
      return capacity
    }
  }

  private static func trailingZeros(_ value: UInt64) -> Int {
    var value = value, count = 0
    while value % 10 == 0 {
      value /= 10
      count += 1
    }
    return count
  }
}
