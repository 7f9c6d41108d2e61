@testable import BackpropTracer
import Testing

@Suite("Number format")
struct NumberFormatTests {
  @Test("Fixed decimals with trailing zeros dropped", arguments: [
    (0.3775, 9, "0.3775"), (0.5932699921071872, 9, "0.593269992"), (0.5932699921071872, 5, "0.59327"),
    (0.4, 9, "0.4"), (1, 9, "1"), (-0.019049118258278114, 5, "-0.01905"), (2.5, 0, "3"), (-2.5, 0, "-3"),
    (0.125, 2, "0.13"), (9.9999, 3, "10"), (123456.5, 0, "123457"),
  ])
  func fixed(value: Double, decimals: Int, text: String) {
    #expect(NumberFormat(decimals: decimals).plain(value) == text)
  }

  @Test("Negative zero and values that round to zero print as 0 only when they are 0")
  func zeros() {
    #expect(NumberFormat(decimals: 3).plain(-0.0) == "0")
    #expect(NumberFormat(decimals: 3).plain(0) == "0")
    #expect(NumberFormat(decimals: 3).plain(-0.0004) == "-4e-4")
    #expect(NumberFormat(decimals: 3).tex(0.0004) == "4 \\times 10^{-4}")
  }

  @Test("Tiny and huge values switch to scientific form with four significant digits")
  func scientific() {
    #expect(NumberFormat(decimals: 9).plain(3.510187782978859e-12) == "3.51e-12")
    #expect(NumberFormat(decimals: 9).plain(9.99999e-12) == "1e-11")
    #expect(NumberFormat(decimals: 2).plain(1.5e20) == "1.5e20")
    #expect(NumberFormat(decimals: 9).tex(-2.5e-15) == "-2.5 \\times 10^{-15}")
  }

  @Test("Decimal digits come from the shortest text of the double")
  func digits() throws {
    let digits = try #require(DecimalDigits(0.0821670405642308))
    #expect(digits.fixed(decimals: 5, truncating: true) == (false, "0", "08216"))
    #expect(digits.fixed(decimals: 5, truncating: false) == (false, "0", "08217"))
    #expect(DecimalDigits(.nan) == nil)
    #expect(DecimalDigits(parsing: "-0.000")?.isNegative == false)
  }
}
