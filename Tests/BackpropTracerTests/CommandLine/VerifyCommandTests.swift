import BackpropTracer
import Foundation
import Testing

@testable import backprop_trace

/// Writes `bytes` to a fresh temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], name: String) throws -> String {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verify-tests-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let url = folder.appendingPathComponent(name)
  try Data(bytes).write(to: url)
  return url.path
}

@Suite("verify and trace --variant")
struct VerifyCommandTests {
  let fixture = Repository.fixtures.appendingPathComponent("mazur-2-2-2.json").path
  let sample = Repository.fixtures.appendingPathComponent("answers/mazur-2-2-2-student.txt").path

  @Test("A sheet with slips exits 1 with the report on standard output")
  func slips() {
    let run = runTool(["verify", fixture, sample])
    #expect(run.code == 1)
    #expect(run.error == "")
    #expect(run.output.contains("  score: 13 of 34 correct, plus 19 consistent with earlier answers (follow-through)\n  first wrong step: net_h2 (line 8)\n"))
  }

  @Test("A correct sheet exits 0, in every format")
  func correct() throws {
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    let keys = try Repository.fixture("mazur-2-2-2").assignment
    let path = try temporaryFile(Array(GeneratedSheets.text(trace, keys: keys).utf8), name: "good.txt")
    for format in ["text", "markdown", "json"] {
      let run = runTool(["verify", fixture, path, "--format", format])
      #expect(run.code == 0, "\(format): \(run.error)")
      #expect(run.output.contains("34 of 34") || run.output.contains("\"correct\": 34"))
    }
  }

  @Test("A garbled answers file exits 2 with its line, and nothing is judged")
  func garbled() throws {
    let bad = try temporaryFile(Array("net_h1 = 0.3775\nout_h1 = 0.59x\n".utf8), name: "bad.txt")
    let run = runTool(["verify", fixture, sample, bad])
    #expect(run.code == 2)
    #expect(run.output == "")
    #expect(run.error == "error: \(bad):2: out_h1: \"0.59x\" is not a number\n")
    let binary = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], name: "photo.png")
    #expect(runTool(["verify", fixture, binary]).error
      == "error: \(binary):1: binary data: this is not a text file of answers (or not UTF-8)\n")
  }

  @Test("Bad usage exits 2 with one line")
  func usage() {
    #expect(runTool(["verify", fixture]).error
      == "error: 'verify' takes a fixture file and at least one answers file, found 1 files (see 'backprop-trace --help')\n")
    #expect(runTool(["verify", fixture, sample, "--format", "html"]).error
      == "error: --format takes one of text, markdown, json, found 'html' (see 'backprop-trace --help')\n")
    #expect(runTool(["verify", fixture, "missing.txt"]).error == "error: missing.txt: no such file\n")
    #expect(runTool(["verify", fixture, "missing.txt"]).code == 2)
  }

  @Test("trace --variant labels the deviation at the top of the Markdown and in the title")
  func variant() {
    let run = runTool(["trace", fixture, "--variant", "updated-output-weights"])
    #expect(run.code == 0)
    let lines = run.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "# Backpropagation step by step: the 2-2-2 sigmoid network (deliberate deviation: updated-output-weights)")
    #expect(lines.dropFirst(2).first?.hasPrefix("*Warning: deliberate deviation.*") == true)
    #expect(run.output.contains("The numbers below are computed with a deliberate mistake (variant updated-output-weights): the hidden layer backpropagated"))
    let json = runTool(["trace", fixture, "--variant", "gradient-added", "--format", "json"]).output
    #expect(json.contains("(deliberate deviation: gradient-added)"))
    #expect(runTool(["trace", fixture, "--variant", "bias-omited"]).error
      == "error: unknown variant 'bias-omited'; did you mean 'bias-omitted'? (see 'backprop-trace --help')\n")
  }

  @Test("The help lists every variant and the verify command")
  func help() {
    let trace = runTool(["help", "trace"]).output
    for variant in Variant.allCases { #expect(trace.contains(variant.name + ": the " + variant.summary)) }
    #expect(runTool(["--help"]).output.contains("backprop-trace verify FIXTURE ANSWERS..."))
  }
}

@Suite("README")
struct ReadmeVerifyTests {
  @Test("The README shows the sample answer sheet's report as verify prints it")
  func sampleReport() throws {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let fixture = Repository.fixtures.appendingPathComponent("mazur-2-2-2.json").path
    let sample = Repository.fixtures.appendingPathComponent("answers/mazur-2-2-2-student.txt").path
    let report = runTool(["verify", fixture, sample]).output
      .replacingOccurrences(of: Repository.root.path + "/", with: "")
    #expect(readme.contains(report))
  }
}
