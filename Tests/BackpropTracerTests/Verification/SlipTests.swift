import BackpropTracer
import Testing

@Suite("Slips and key suggestions")
struct SlipTests {
  /// The slip named in the answer to `key` of `text`, judged against the 2-2-2 fixture.
  private func slip(_ text: String, _ key: String) throws -> SlipFinding? {
    try GeneratedSheets.verify(text).answers.first { $0.key == key }?.slip
  }

  @Test("Each slip is recognised, with the true value it distorts", arguments: [
    ("dE_dout_o1 = -0.74137\n", "dE_dout_o1", Slip.lostSign, "dE_dout_o1"),
    ("net_h2 = 0.3952\n", "net_h2", .transposedDigits, "net_h2"),
    ("net_h1 = 0.7550\n", "net_h1", .doubled, "net_h1"),
    ("E_o1 = 0.137406\n", "E_o1", .halved, "E_o1"),
    ("net_h1 = 3.775\n", "net_h1", .powerOfTen(exponent: 1), "net_h1"),
    ("dE_dw1 = 0.0438568\n", "dE_dw1", .powerOfTen(exponent: 2), "dE_dw1"),
    ("dE_dw6 = 0.082167\n", "dE_dw6", .neighbour("dE_dw5", isOperand: false), "dE_dw5"),
    ("w5_new = 0.400\n", "w5_new", .neighbour("w5", isOperand: true), "w5"),
  ] as [(String, String, Slip, TraceKey)])
  func slips(text: String, key: String, expected: Slip, referenceKey: TraceKey) throws {
    let finding = try #require(try slip(text, key), "no slip in \(text)")
    #expect(finding.slip == expected)
    let trace = try Repository.fixture("mazur-2-2-2").trace()
    #expect(finding.reference == trace[referenceKey] && !finding.fromStudent)
  }

  @Test("A neighbour's value as the student wrote it; a slip on a follow-through value")
  func fromStudent() throws {
    let copied = try #require(try slip("dE_dw5 = 0.09300\ndE_dw6 = 0.09300\n", "dE_dw6"))
    #expect(copied.slip == .neighbour("dE_dw5", isOperand: false))
    #expect(copied.explanation(revealing: true, format: NumberFormat(decimals: 9)) == "it is the value of dE_dw5 instead (your dE_dw5 is 0.093)")
    // out_h2 from the student's wrong net_h2 = 0.3952 is 0.597533864; its sign lost.
    let negated = try #require(try slip("net_h2 = 0.3952\nout_h2 = -0.59753\n", "out_h2"))
    #expect(negated.slip == .lostSign && negated.fromStudent)
    #expect(negated.explanation(revealing: true, format: NumberFormat(decimals: 9)) == "the sign is lost (your earlier answers give 0.597533864)")
  }

  @Test("No slip for a coarse answer, a plain wrong one, or a correct one")
  func noSlip() throws {
    #expect(try slip("dE_dout_o1 = -0.7\n", "dE_dout_o1") == nil, "one digit is no evidence")
    #expect(try slip("net_h1 = 0.5\n", "net_h1") == nil)
    #expect(try slip("net_h1 = 0.37750\n", "net_h1") == nil)
    #expect(try slip("net_h1 = 1.029\n", "net_h1") == nil, "leading zeros take no part in a transposition")
  }

  @Test("Key suggestions know update marks, gradient and delta spellings, and typos", arguments: [
    ("w5+", "w5_new"), ("w5'", "w5_new"), ("w5_updated", "w5_new"), ("w5 new", "w5_new"), ("W5new", "w5_new"),
    ("new_w5", "w5_new"), ("dEdw5", "dE_dw5"), ("dE/dw5", "dE_dw5"), ("∂E/∂w5", "dE_dw5"), ("dEtotal/dw5", "dE_dw5"),
    ("delta o1", "delta_o1"), ("δo1", "delta_o1"), ("deltao1", "delta_o1"), ("net_hl", "net_h1"), ("E total", "E_total"),
  ])
  func suggestions(written: String, expected: String) throws {
    let verification = try GeneratedSheets.verify("\(written) = 0.5\n")
    #expect(verification.unknownKeys.first?.verdict == .unknownKey(suggestion: expected))
  }

  @Test("Spelling searches are bounded: the first 100 unknown keys of a sheet get one; rewrites always")
  func boundedSuggestions() throws {
    let searched = try GeneratedSheets.verify("net_hx1 = 1\n").unknownKeys
    #expect(searched.first?.verdict == .unknownKey(suggestion: "net_h1"))
    let others = (0..<100).map { "zz\($0)zz = 1\n" }.joined()
    let late = try GeneratedSheets.verify(others + "net_hx1 = 1\nw5+ = 1\n").unknownKeys
    #expect(late.count == 102)
    #expect(late[100].verdict == .unknownKey(suggestion: nil), "the 101st unknown key gets no spelling search")
    #expect(late[101].verdict == .unknownKey(suggestion: "w5_new"), "a rewrite is a lookup, never bounded")
  }
}
