/// How every number of a derivation is printed: a fixed number of decimals, trailing zeros
/// dropped (0.3775, not 0.377500000), `-0` printed as `0`.
///
/// A number too small to show at that precision (it would print as 0 but is not 0), or of
/// 10¹⁵ and above, is shown in scientific form with `significantDigits` digits instead, so no
/// value is ever silently printed as 0.
public struct NumberFormat: Equatable, Sendable {
  /// Digits after the decimal point, 0...17.
  public var decimals: Int
  /// Significant digits of the scientific form.
  public var significantDigits: Int

  /// Creates a format; `decimals` is clamped to 0...17.
  public init(decimals: Int, significantDigits: Int = 4) {
    self.decimals = min(max(decimals, 0), 17)
    self.significantDigits = min(max(significantDigits, 1), 17)
  }

  /// The default of the tool: 9 decimals, as in the original blog post of the 2-2-2 example.
  public static let standard = NumberFormat(decimals: 9)

  /// A formatted number: `mantissa` × 10^`exponent`, or plain `mantissa` when `exponent` is nil.
  public struct Formatted: Equatable, Sendable {
    /// The digits with sign and point: `-0.019049119`, `3.51`.
    public var mantissa: String
    /// The power of ten, for the scientific form.
    public var exponent: Int?
  }

  /// Formats a finite value. (Renderers never receive non-finite values: the engine refuses
  /// them.)
  public func format(_ value: Double) -> Formatted {
    guard let digits = DecimalDigits(value) else {
      return Formatted(mantissa: value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity"))
    }
    let fixed = digits.fixed(decimals: decimals, truncating: false)
    let showsZero = !fixed.integer.contains { $0 != "0" } && !fixed.fraction.contains { $0 != "0" }
    if (showsZero && !digits.digits.isEmpty) || digits.exponent > 15 {
      var scaled = digits
      scaled.exponent = 1
      let mantissa = scaled.fixed(decimals: significantDigits - 1, truncating: false)
      // Rounding 9.99… can carry into a second integer digit: renormalise to one digit.
      if mantissa.integer.count > 1 {
        scaled.exponent = 0
        return Formatted(
          mantissa: join(scaled.fixed(decimals: significantDigits - 1, truncating: false)),
          exponent: digits.exponent)
      }
      return Formatted(mantissa: join(mantissa), exponent: digits.exponent - 1)
    }
    return Formatted(mantissa: join(fixed))
  }

  /// The value as plain text: `0.593269992`, `3.51e-12`.
  public func plain(_ value: Double) -> String {
    let formatted = format(value)
    return formatted.exponent.map { "\(formatted.mantissa)e\($0)" } ?? formatted.mantissa
  }

  /// The value as TeX math: `0.593269992`, `3.51 \times 10^{-12}`.
  public func tex(_ value: Double) -> String {
    let formatted = format(value)
    return formatted.exponent.map { "\(formatted.mantissa) \\times 10^{\($0)}" } ?? formatted.mantissa
  }

  private func join(_ fixed: (isNegative: Bool, integer: String, fraction: String)) -> String {
    var fraction = Substring(fixed.fraction)
    while fraction.last == "0" { fraction = fraction.dropLast() }
    let sign = fixed.isNegative && !(fraction.isEmpty && fixed.integer.allSatisfy { $0 == "0" }) ? "-" : ""
    return sign + fixed.integer + (fraction.isEmpty ? "" : "." + fraction)
  }
}
