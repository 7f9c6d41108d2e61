import Foundation
import Testing

@testable import backprop_trace

@Suite("trace --format html")
struct HTMLCommandTests {
  @Test("trace --format html prints the page of the fixture in its notation, with the fixture's judge")
  func printsThePage() {
    let run = runTool(["trace", mazur, "--format", "html", "--notation", "ng", "--decimals", "4"])
    #expect(run.code == 0)
    #expect(run.error.isEmpty)
    #expect(run.output.hasPrefix("<!DOCTYPE html>\n"))
    #expect(run.output.hasSuffix("</html>\n"))
    #expect(run.output.contains("<msubsup><mi>a</mi><mrow><mn>1</mn></mrow><mrow><mo>[</mo><mn>1</mn><mo>]</mo></mrow></msubsup>"), "ng's a^{[1]}_{1}")
    #expect(run.output.contains("data-key=\"out_h1\" data-value=\"0.5932699921071872\""))
    #expect(run.output.contains("<mn>0.5933</mn>"))
  }

  @Test("trace --format html --output FILE writes one file and no figure beside it")
  func writesOneFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("html-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("page.html")
    let run = runTool(["trace", mazur, "--format", "html", "--output", page.path])
    #expect(run.code == 0, "\(run.error)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["page.html"])
    #expect(try String(contentsOf: page, encoding: .utf8).contains("<svg "), "the figure is inline")
  }

  @Test("--detail and --only are refused with --format html, which derives every value (exit 2)", arguments: [["--detail", "summary"], ["--only", "h1"]])
  func refusesPartialDerivations(option: [String]) {
    let run = runTool(["trace", mazur, "--format", "html"] + option)
    #expect(run.code == 2)
    #expect(run.error.contains("\(option[0]) does not apply to --format html"))
    #expect(run.output.isEmpty)
  }

  @Test("A variant's page opens with the warning that its numbers deviate")
  func variantNotice() {
    let run = runTool(["trace", mazur, "--format", "html", "--variant", "slope-omitted"])
    #expect(run.code == 0, "\(run.error)")
    #expect(run.output.contains("<p class=\"notice\" role=\"note\"><strong>Warning: deliberate deviation.</strong>"))
  }
}

@Suite("graph --format html")
struct GraphHTMLCommandTests {
  @Test("graph --format html prints the graph's page: a step per definition and per gradient")
  func printsThePage() {
    let graph = Repository.fixtures.appendingPathComponent("graphs/seed000-chain-rule.json").path
    let run = runTool(["graph", graph, "--format", "html", "--decimals", "3"])
    #expect(run.code == 0, "\(run.error)")
    #expect(run.output.hasPrefix("<!DOCTYPE html>\n"))
    #expect(run.output.contains("data-key=\"grad_x\" data-value=\"5425.576171875\""))
    #expect(run.output.contains("<mn>5425.576</mn>"))
  }
}
