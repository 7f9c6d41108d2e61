import BackpropTracer
import Testing

@Suite("Textbook numbers")
struct TextbookNumberTests {
  @Test(
    "Every printed value of every fixture is reproduced at its printed precision",
    arguments: try Repository.fixtureNames { !$0.expected.isEmpty })
  func printedValues(name: String) throws {
    let fixture = try Repository.fixture(name)
    let trace = try fixture.trace()
    for expected in fixture.expected {
      let computed = try #require(trace[expected.key], "\(name): no value for \(expected.key)")
      #expect(expected.printed.matches(computed), "\(name): \(expected.key) printed \(expected.printed), computed \(computed)")
    }
  }

  @Test("Seed 000's dE/dw5 = 0.08216 is a truncation of 0.0821670…, not a rounding")
  func truncatedGradient() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let gradient = try #require(trace["dE_dw5"])
    #expect(abs(gradient - 0.0821670405642308) < 1e-15)
    #expect(PrintedNumber("0.08216")?.match(gradient) == .truncated)
    #expect(PrintedNumber("0.08217")?.match(gradient) == .rounded)
  }

  @Test("The 2-2-2 error before and after one step equals the reference programs' to the last bit")
  func referenceErrors() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    #expect(trace["E_total"] == 0.2983711087600027)
    #expect(trace["E_total_after_step1"] == 0.29102777369359933)
  }

  @Test("The check report marks truncations and reproduces all 25 printed values of seed 000")
  func checkReport() throws {
    let fixture = try Repository.fixture("mazur-2-2-2")
    let report = CheckReport(fixture: fixture, trace: try fixture.trace())
    #expect(report.allMatch)
    #expect(report.values.count == 25)
    #expect(report.values.filter { $0.match == .truncated }.map(\.key) == [
      "out_o1", "out_o2", "dE_dout_o1", "dout_dnet_o1", "dE_dw5", "dE_dw1", "w5_new", "w6_new",
    ])
    #expect(report.text.hasSuffix("  25 of 25 printed values reproduced (8 as truncations)\n"))
  }
}
