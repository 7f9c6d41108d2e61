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

  @Test("A garbled answers file exits 2 with its line")
  func garbled() throws {
    let bad = try temporaryFile(Array("net_h1 = 0.3775\nout_h1 = 0.59x\n".utf8), name: "bad.txt")
    let run = runTool(["verify", fixture, bad])
    #expect(run.code == 2)
    #expect(run.output == "", "no sheet was judged: no report")
    #expect(run.error == "error: \(bad):2: out_h1: \"0.59x\" is not a number\n")
    let binary = try temporaryFile([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], name: "photo.png")
    #expect(runTool(["verify", fixture, binary]).error
      == "error: \(binary):1: binary data: this is not a text file of answers (or not UTF-8)\n")
  }

  @Test("A batch with one unreadable sheet reports the others, lists every sheet, and exits 2")
  func batchSurvivesBadSheet() throws {
    let folder = URL(fileURLWithPath: try temporaryFile([], name: "x")).deletingLastPathComponent()
    let bob = folder.appendingPathComponent("bob.txt").path, carol = folder.appendingPathComponent("eve.txt").path
    try Data(contentsOf: URL(fileURLWithPath: sample)).write(to: URL(fileURLWithPath: bob))
    try Data("net_h1 = 0.3775\nout_h1 = 0.59x\n".utf8).write(to: URL(fileURLWithPath: carol))
    let run = runTool(["verify", fixture, bob, carol])
    #expect(run.code == 2)
    #expect(run.error == "error: \(carol):2: out_h1: \"0.59x\" is not a number\n")
    #expect(run.output.contains("\(bob) against \(fixture)\n  correct         net_h1             0.3775\n"))
    #expect(run.output.contains("\n\(carol) against \(fixture): unreadable, not judged: \(carol):2: out_h1: \"0.59x\" is not a number\n"))
    #expect(run.output.hasSuffix("""
      summary of 2 sheets against \(fixture)
        sheet\(pad("sheet", bob))  correct     follow-through  too coarse  wrong  missing  unknown  likely mistake
        \(bob)  13/34       19              0           2      0        0        -
        \(carol)  unreadable  -               -           -      -        -        -

      """))
    let json = runTool(["verify", fixture, bob, carol, "--format", "json"])
    #expect(json.code == 2)
    #expect(json.output.contains(#"{"file": "\#(carol)", "unreadable": "\#(carol):2: out_h1: \"0.59x\" is not a number"}"#))
    #expect(runTool(["verify", fixture, bob, carol, "--format", "markdown"]).output.contains("## \(carol)\n\nNot judged: the file cannot be read as answers."))
  }

  @Test("A 10 MB key line, a million unknown keys, an endless file: refused at once, naming the limit")
  func hostileSheets() throws {
    let line = try temporaryFile(Array((String(repeating: "k", count: 9_000_000) + " = 1\n").utf8), name: "line.txt")
    let run = runTool(["verify", fixture, line])
    #expect(run.code == 2 && run.output.isEmpty)
    #expect(run.error == "error: \(line):1: the line is 9,000,004 bytes long; an answers file's lines, keys and values may be at most 1,000 bytes\n")
    let keys = try temporaryFile(Array((0..<1_000_000).map { "k\(String($0, radix: 36))=1\n" }.joined().utf8), name: "keys.txt")
    #expect(runTool(["verify", fixture, keys]).error == "error: \(keys):100001: more than 100,000 answers; an answers file may hold at most 100,000\n")
    #expect(runTool(["verify", fixture, "/dev/zero"]).error
      == "error: /dev/zero:1: the file has 10,000,001 bytes or more; an answers file may have at most 10,000,000 bytes (10 MB)\n")
  }

  /// Spaces that pad `word` to the width of `other`.
  private func pad(_ word: String, _ other: String) -> String { String(repeating: " ", count: max(0, other.count - word.count)) }

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
    for variant in Variant.allCases { #expect(singleSpaced(trace).contains(variant.name + ": the " + variant.summary)) }
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

  @Test("The README shows the careless sheet's report as verify prints it, without the missing keys")
  func carelessReport() throws {
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let fixture = Repository.fixtures.appendingPathComponent("mazur-2-2-2.json").path
    let sheet = Repository.fixtures.appendingPathComponent("answers/mazur-2-2-2-careless.txt").path
    let report = runTool(["verify", fixture, sheet]).output.replacingOccurrences(of: Repository.root.path + "/", with: "")
    let shown = report.split(separator: "\n").filter { !$0.contains("MISSING") }.joined(separator: "\n")
    #expect(readme.contains(shown + "\n```"))
  }
}
