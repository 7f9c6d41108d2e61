import BackpropTracer
import Testing

@Suite("Answer sheets")
struct AnswerSheetTests {
  private func parse(_ text: String) throws(AnswerSheetError) -> AnswerSheet {
    try AnswerSheet.parse(Array(text.utf8), file: "answers.txt")
  }

  private func message(_ bytes: [UInt8]) -> String? {
    do {
      _ = try AnswerSheet.parse(bytes, file: "answers.txt")
      return nil
    } catch {
      return error.description
    }
  }

  private func message(_ text: String) -> String? { message(Array(text.utf8)) }

  @Test("Text lines: comments, blank lines, spaces and a trailing comma are tolerated")
  func text() throws {
    let sheet = try parse("# homework 3\n\n  net_h1 =0.3775 ,\nout_h1= 0.59327   # the sigmoid\r\ndE_dw7 = −0.02260\n")
    #expect(sheet.format == .text)
    #expect(sheet.answers.map(\.key) == ["net_h1", "out_h1", "dE_dw7"])
    #expect(sheet.answers.map(\.printed.text) == ["0.3775", "0.59327", "-0.02260"])
    #expect(sheet.answers.map(\.line) == [3, 4, 5])
  }

  @Test("CSV rows, with or without a header row, quoted cells and a trailing comma")
  func csv() throws {
    let withHeader = try parse("key,value\nnet_h1,0.3775\n\"out_h1\", \"0.59327\",\n")
    #expect(withHeader.format == .csv)
    #expect(withHeader.answers.map(\.key) == ["net_h1", "out_h1"])
    #expect(withHeader.answers.map(\.line) == [2, 3])
    let bare = try parse("net_h1,0.3775\n")
    #expect(bare.answers.map(\.printed.text) == ["0.3775"])
  }

  @Test("A JSON object of numbers or strings keeps the digits as written")
  func json() throws {
    let sheet = try parse("{\n  \"net_h1\": 0.3775,\n  \"dnet_o1_dout_h1\": 0.40,\n  \"out_h1\": \"0.59327\"\n}\n")
    #expect(sheet.format == .json)
    #expect(sheet.answers.map(\.printed.text) == ["0.3775", "0.40", "0.59327"])
    #expect(sheet.answers.map(\.line) == [2, 3, 4])
  }

  @Test("Each unusable file gets its line and a full message")
  func messages() {
    #expect(message("") == "answers.txt:1: the file is empty")
    #expect(message("\n  \n") == "answers.txt:1: the file is empty")
    #expect(message("# only a comment\n") == "answers.txt:1: no answers: the file holds only comments and blank lines")
    #expect(message("net_h1 = 0.3775\nout_h1 = 0.59x27\n") == "answers.txt:2: out_h1: \"0.59x27\" is not a number")
    #expect(message("net_h1 = 0,3775\n") == "answers.txt:1: net_h1: \"0,3775\" is not a number (write decimals with a point: 0.5, not 0,5)")
    #expect(message("net_h1 = 0.3775\n\nnet_h1 = 0.3776\n") == "answers.txt:3: net_h1 is given twice (first on line 1)")
    #expect(message("net_h1 = 0.3775\nout_h1 0.59327\n") == "answers.txt:2: expected \"key = value\", found \"out_h1 0.59327\"")
    #expect(message("net_h1 =\n") == "answers.txt:1: net_h1: missing the value")
    #expect(message(" = 0.3775\n") == "answers.txt:1: missing the key before the value \"0.3775\"")
    #expect(message("net_h1 0.3775\n") == "answers.txt:1: expected \"key = value\" or \"key,value\", found \"net_h1 0.3775\"")
    #expect(message("net_h1,0.3775,extra\n") == "answers.txt:1: expected 2 cells \"key,value\", found 3: \"net_h1,0.3775,extra\"")
    #expect(message("key,value\n") == "answers.txt:1: no answers in the file")
    #expect(message("{}") == "answers.txt:1: no answers in the file")
  }

  @Test("Binary data and text that is not UTF-8 are refused with the line they are on")
  func binary() {
    #expect(message(Array("net_h1 = 0.3775\n".utf8) + [0x00, 0x01, 0x02]) == "answers.txt:2: binary data: this is not a text file of answers (or not UTF-8)")
    #expect(message(Array("net_h1 = 0.3775\nout_h1 = ".utf8) + [0xFF, 0xFE]) == "answers.txt:2: binary data: this is not a text file of answers (or not UTF-8)")
  }

  @Test("A malformed or duplicated JSON answer is reported at its line and column")
  func jsonMessages() {
    #expect(message("{\"net_h1\": 0.3775, \"net_h1\": 0.3776}") == "answers.txt:1:20: duplicate key \"net_h1\"")
    #expect(message("{\n  \"net_h1\": [0.3775]\n}") == "answers.txt:2:13: net_h1: expected a number, found an array")
    #expect(message("{\n  \"net_h1\": \"abc\"\n}") == "answers.txt:2:13: net_h1: \"abc\" is not a number")
    #expect(message("{\"net_h1\": 0.3775,}")?.hasPrefix("answers.txt:1:") == true)
  }

  @Test("Limits: file size, line length, key and value length, number of answers, each named in the message")
  func limits() {
    #expect(message([UInt8](repeating: 0x20, count: AnswerSheet.maximumBytes + 1))
      == "answers.txt:1: the file has 10,000,001 bytes or more; an answers file may have at most 10,000,000 bytes (10 MB)")
    #expect(message("net_h1 = 0.3775\n" + String(repeating: "x", count: 1_001) + " = 1\n")
      == "answers.txt:2: the line is 1,005 bytes long; an answers file's lines, keys and values may be at most 1,000 bytes")
    #expect(message("{\"" + String(repeating: "x", count: 1_001) + "\": 1}")
      == "answers.txt:1:1007: the key is 1,001 bytes long; an answers file's lines, keys and values may be at most 1,000 bytes")
    #expect(message((0...AnswerSheet.maximumAnswers).map { "k\($0) = 1\n" }.joined())
      == "answers.txt:100001: more than 100,000 answers; an answers file may hold at most 100,000")
    #expect(message("net_h1 = 1e-99999\n") == nil, "a tiny number is still a number")
  }
}
