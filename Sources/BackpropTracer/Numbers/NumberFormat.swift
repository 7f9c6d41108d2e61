/// How every number of a derivation is printed: a fixed number of decimals (or of significant
/// digits), trailing zeros dropped (0.3775, not 0.377500000), `-0` printed as `0`.
///
/// A number too small to show at that precision (it would print as 0 but is not 0), or of
/// 10¹⁵ and above, is shown in scientific form with `significantDigits` digits instead, so no
/// value is ever silently printed as 0. With `significant` set, numbers below 10⁻⁵ are shown in
/// scientific form too.
public struct NumberFormat: Equatable, Sendable {
  /// Digits after the decimal point, 0...17 (unused when `significant` is set).
  public private(set) var decimals: Int
  /// Significant digits of the scientific form.
  public private(set) var significantDigits: Int
  /// When set, every number keeps this many significant digits (1...17) instead of a fixed
  /// number of decimals: 0.3775 and 1.106 at 4.
  public private(set) var significant: Int?

  /// Creates a format; `decimals` is clamped to 0...17.
  public init(decimals: Int, significantDigits: Int = 4) {
    self.decimals = min(max(decimals, 0), 17)
    self.significantDigits = min(max(significantDigits, 1), 17)
  }

  /// Creates a format that keeps `significant` significant digits (clamped to 1...17).
  public init(significant: Int) {
    self.init(decimals: 0, significantDigits: significant)
    self.significant = significantDigits
  }

  /// The precision in words: `9 decimals`, `4 significant digits`.
  package var precisionDescription: String {
    significant.map { "\($0) significant digits" } ?? "\(decimals) decimals"
  }

  /// The value rounded as it is printed, read back: what a student writes down and carries on
  /// with when computing by hand.
  ///
  /// Rounding never overflows: a value whose printed digits read back beyond the largest double
  /// (1.7976931348623157e308 prints as 1.798e308 with 4 significant digits) stays as it is.
  package func rounded(_ value: Double) -> Double {
    guard let printed = Double(plain(value)), printed.isFinite else { return value }
    return printed
  }

  /// The default of the tool: 9 decimals, as in the original blog post of the 2-2-2 example.
  public static let standard = NumberFormat(decimals: 9)

  /// A formatted number: `mantissa` × 10^`exponent`, or plain `mantissa` when `exponent` is nil.
  package struct Formatted: Equatable, Sendable {
    /// The digits with sign and point: `-0.019049119`, `3.51`.
    package var mantissa: String
    /// The power of ten, for the scientific form.
    package var exponent: Int?
  }

  /// Formats a finite value. (Renderers never receive non-finite values: the engine refuses
  /// them.)
  package func format(_ value: Double) -> Formatted {
    if significant == nil, let kept = Self.scaledAndRounded(value, places: decimals) {
      return Formatted(mantissa: ShortestDigits.text(isNegative: value < 0, kept: kept, zeros: 0, places: decimals))
    }
    guard let digits = ShortestDigits(value) else {
      return Formatted(mantissa: value.isNaN ? "NaN" : (value > 0 ? "Infinity" : "-Infinity"))
    }
    let places = significant.map { max(0, $0 - digits.exponent) } ?? decimals
    let fixed = digits.rounded(places: places)
    let tiny = significant != nil && digits.count > 0 && digits.exponent < -4
    if (fixed.kept == 0 && digits.count > 0) || digits.exponent > 15 || tiny {
      var scaled = digits
      scaled.exponent = 1
      let mantissa = scaled.rounded(places: significantDigits - 1)
      // Rounding 9.99… can carry into a second integer digit: renormalise to one digit.
      if ShortestDigits.digitCount(mantissa.kept) + mantissa.zeros > significantDigits {
        scaled.exponent = 0
        let renormalised = scaled.rounded(places: significantDigits - 1)
        return Formatted(mantissa: text(digits, renormalised, places: significantDigits - 1), exponent: digits.exponent)
      }
      return Formatted(mantissa: text(digits, mantissa, places: significantDigits - 1), exponent: digits.exponent - 1)
    }
    return Formatted(mantissa: text(digits, fixed, places: places))
  }

  /// |`value`| × 10^`places` rounded half away from zero, computed from the value itself, when
  /// that is sure to be what rounding its shortest digits gives (which `ShortestDigits` reads
  /// from `description`, a string per number); nil otherwise.
  ///
  /// The shortest digits lie within 2⁻⁵³|value| of the value and the product is within 2⁻⁵³
  /// of the exact one, so the two can round apart only when the product is within 2⁻⁵² of
  /// itself from a midpoint (n + ½): products within 2⁻⁵⁰ of themselves of one, 0 and what
  /// rounds to 0 (shown in scientific form), and products from 10¹⁵ on take the digits' path.
  static func scaledAndRounded(_ value: Double, places: Int) -> UInt64? {
    guard powersOfTen.indices.contains(places) else { return nil }
    let scaled = abs(value) * powersOfTen[places]
    guard scaled < 1e15 else { return nil }  // NaN and infinities too
    let whole = scaled.rounded(.down)
    let fraction = scaled - whole  // exact below 2⁵²
    guard abs(fraction - 0.5) > scaled * 0x1p-50 else { return nil }
    let kept = UInt64(whole) + (fraction > 0.5 ? 1 : 0)
    return kept == 0 ? nil : kept
  }

  /// 10⁰ … 10¹⁷, each exact.
  private static let powersOfTen: [Double] = (0...17).map { (0..<$0).reduce(1.0) { power, _ in power * 10 } }

  private func text(_ digits: ShortestDigits, _ rounded: (kept: UInt64, zeros: Int), places: Int) -> String {
    ShortestDigits.text(isNegative: digits.isNegative, kept: rounded.kept, zeros: rounded.zeros, places: places)
  }

  /// The value as plain text: `0.593269992`, `3.51e-12`.
  package func plain(_ value: Double) -> String {
    let formatted = format(value)
    return formatted.exponent.map { "\(formatted.mantissa)e\($0)" } ?? formatted.mantissa
  }

  /// The value as TeX math: `0.593269992`, `3.51 \times 10^{-12}`.
  package func tex(_ value: Double) -> String {
    let formatted = format(value)
    return formatted.exponent.map { "\(formatted.mantissa) \\times 10^{\($0)}" } ?? formatted.mantissa
  }
}
