import BackpropTracer
import Testing

@Suite("Printed numbers")
struct PrintedNumberTests {
  @Test("Precision comes from the text as written", arguments: [
    ("0.2995", 4), ("0.40", 2), ("3", 0), ("-0.01905", 5), ("3.51e-5", 7), ("1.5E2", 0), (".5", 1),
  ])
  func decimals(text: String, decimals: Int) throws {
    #expect(try #require(PrintedNumber(text)).decimals == decimals)
  }

  @Test("Text that is not a number is rejected", arguments: ["", "abc", "1.2.3", "--1", "1e", "e5", "0x10", "NaN", "inf", "1,5"])
  func rejects(text: String) {
    #expect(PrintedNumber(text) == nil)
  }

  @Test("Rounding and truncation are told apart")
  func matchKinds() throws {
    let printed = try #require(PrintedNumber("0.0554"))
    #expect(printed.match(0.05539942465142279) == .rounded)
    #expect(try #require(PrintedNumber("0.75136")).match(0.7513650695523157) == .truncated)
    #expect(try #require(PrintedNumber("0.7514")).match(0.7513650695523157) == .rounded)
    #expect(try #require(PrintedNumber("0.7512")).match(0.7513650695523157) == .mismatch)
  }

  @Test("Signs count: -5.5 never matches 5.5")
  func signs() throws {
    #expect(try #require(PrintedNumber("-5.5")).match(5.5) == .mismatch)
    #expect(try #require(PrintedNumber("5.5")).match(-5.5) == .mismatch)
    #expect(try #require(PrintedNumber("-5.5")).match(-5.5) == .rounded)
    #expect(try #require(PrintedNumber("0.000")).match(-0.0001) == .rounded)
    #expect(try #require(PrintedNumber("-0.000")).match(0.0001) == .rounded)
  }

  @Test("A rounding that carries into the next digit still matches")
  func carry() throws {
    #expect(try #require(PrintedNumber("1.000")).match(0.9996) == .rounded)
    #expect(try #require(PrintedNumber("0.999")).match(0.9996) == .truncated)
    #expect(try #require(PrintedNumber("10")).match(9.5) == .rounded)
  }

  @Test("Non-finite values never match")
  func nonFinite() throws {
    let printed = try #require(PrintedNumber("1.0"))
    #expect(printed.match(.nan) == .mismatch)
    #expect(printed.match(.infinity) == .mismatch)
  }

  @Test("Scientific printed values are compared at their effective decimals")
  func scientific() throws {
    #expect(try #require(PrintedNumber("3.51e-5")).match(3.510187782978859e-05) == .rounded)
    #expect(try #require(PrintedNumber("3.52e-5")).match(3.510187782978859e-05) == .mismatch)
  }
}
