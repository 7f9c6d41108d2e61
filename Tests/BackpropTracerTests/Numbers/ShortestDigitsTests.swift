@testable import BackpropTracer
import Testing

@Suite("Shortest digits")
struct ShortestDigitsTests {
  /// `NumberFormat.format` as it was written on `DecimalDigits` (arrays of digits and strings):
  /// the specification the integer path must reproduce character for character.
  static func reference(_ format: NumberFormat, _ value: Double) -> NumberFormat.Formatted {
    guard let digits = DecimalDigits(value) else { return .init(mantissa: "") }
    func join(_ fixed: (isNegative: Bool, integer: String, fraction: String)) -> String {
      var fraction = Substring(fixed.fraction)
      while fraction.last == "0" { fraction = fraction.dropLast() }
      let sign = fixed.isNegative && !(fraction.isEmpty && fixed.integer.allSatisfy { $0 == "0" }) ? "-" : ""
      return sign + fixed.integer + (fraction.isEmpty ? "" : "." + fraction)
    }
    let places = format.significant.map { max(0, $0 - digits.exponent) } ?? format.decimals
    let fixed = digits.fixed(decimals: places, truncating: false)
    let showsZero = !fixed.integer.contains { $0 != "0" } && !fixed.fraction.contains { $0 != "0" }
    let tiny = format.significant != nil && !digits.digits.isEmpty && digits.exponent < -4
    if (showsZero && !digits.digits.isEmpty) || digits.exponent > 15 || tiny {
      var scaled = digits
      scaled.exponent = 1
      let mantissa = scaled.fixed(decimals: format.significantDigits - 1, truncating: false)
      if mantissa.integer.count > 1 {
        scaled.exponent = 0
        return .init(
          mantissa: join(scaled.fixed(decimals: format.significantDigits - 1, truncating: false)),
          exponent: digits.exponent)
      }
      return .init(mantissa: join(mantissa), exponent: digits.exponent - 1)
    }
    return .init(mantissa: join(fixed))
  }

  static let formats: [NumberFormat] =
    (0...17).map { NumberFormat(decimals: $0) } + (1...17).map { NumberFormat(significant: $0) }
    + [NumberFormat(decimals: 9, significantDigits: 1), NumberFormat(decimals: 3, significantDigits: 17)]

  static var values: [Double] {
    var random = SplitMix64(seed: 7)
    var values: [Double] = [
      0, -0.0, 1, -1, 0.5, 0.125, 0.3775, 9.9999, 9.99999e-12, 123456.5, 2.5, -2.5, 0.05, 1e15, 1e16,
      9.999999999999999e15, 1.5e20, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -.leastNormalMagnitude, 0.0004, -0.0004,
      0.5932699921071872, -0.019049118258278114, 3.510187782978859e-12, 1e-5, 9.5e-5, 0.99999999995, 999.9995,
    ]
    for _ in 0..<4000 {
      let magnitude = Double(Int(random.next() % 60) - 30)
      let unit = Double(random.next() >> 11) * 0x1p-53
      values.append((random.next() % 2 == 0 ? 1 : -1) * unit * pow10(magnitude))
      values.append(Double(bitPattern: random.next()))  // any bit pattern, NaN and infinities skipped
    }
    // Decimal midpoints (n + ½) × 10^-p, where rounding the value and rounding its digits can
    // differ by a hair.
    for places in 0...17 {
      for _ in 0..<40 {
        let whole = Double(random.next() % 2_000_000)
        values.append((whole + 0.5) / pow10(Double(places)))
        values.append(-(whole + 0.5) / pow10(Double(places)))
      }
    }
    return values.filter(\.isFinite)
  }

  private static func pow10(_ exponent: Double) -> Double {
    var result = 1.0
    for _ in 0..<Int(abs(exponent)) { result = exponent < 0 ? result / 10 : result * 10 }
    return result
  }

  @Test("The integer path prints every number exactly as the digit-array path does")
  func agreesWithDecimalDigits() {
    let values = Self.values
    for format in Self.formats {
      var mismatches: [String] = []
      for value in values where format.format(value) != Self.reference(format, value) {
        mismatches.append("\(value): \(format.format(value)) vs \(Self.reference(format, value))")
      }
      #expect(mismatches.isEmpty, "\(format): \(mismatches.prefix(5))")
    }
  }
}
