import BackpropTracer
import Testing

@Suite("JSON parser")
struct JSONParserTests {
  private func error(_ text: String) -> JSONSyntaxError? {
    do {
      _ = try JSONParser.parse(Array(text.utf8))
      return nil
    } catch {
      return error
    }
  }

  @Test("Keys keep their order, numbers keep their text, positions are recorded")
  func structure() throws {
    let value = try JSONParser.parse(Array("{\"b\": 0.40,\n \"a\": [true, null, \"x\\u00e9\"]}".utf8))
    guard case let .object(members) = value.kind else { Issue.record("not an object"); return }
    #expect(members.map(\.key) == ["b", "a"])
    #expect(members[0].value.kind == .number("0.40"))
    #expect(members[1].value.position == JSONPosition(line: 2, column: 7))
    guard case let .array(items) = members[1].value.kind else { Issue.record("not an array"); return }
    #expect(items[2].kind == .string("xé"))
  }

  @Test("Syntax errors say where and what", arguments: [
    ("{\"a\": 1,, }", 1, 9, "expected a key in double quotes, found ','"),
    ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}' after the value of \"a\", found '\"'"),
    ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate key \"a\""),
    ("[1, 2", 1, 6, "expected ',' or ']', found the end of the file"),
    ("{\"a\": tru}", 1, 10, "expected 'true', found '}'"),
    ("{\"a\": 01}", 1, 9, "a number may not start with 0 followed by digits"),
    ("{\"a\": \"x\ny\"}", 1, 9, "control character in a string (write it as an escape such as \\n)"),
    ("{}\n x", 2, 2, "expected the end of the document, found 'x'"),
    ("", 1, 1, "expected a value, found the end of the file"),
    ("{\"a\": NaN}", 1, 7, "expected a value, found 'N'"),
  ])
  func syntaxErrors(text: String, line: Int, column: Int, message: String) throws {
    let found = try #require(error(text))
    #expect(found.position == JSONPosition(line: line, column: column))
    #expect(found.message == message)
  }

  @Test("Nesting deeper than the limit is refused, not a stack overflow")
  func deepNesting() throws {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    let found = try #require(error(text))
    #expect(found.message == "nesting deeper than 200 levels")
  }

  @Test("Invalid UTF-8 in a string is an error")
  func invalidUTF8() throws {
    let found = try JSONParser.parseResult([0x22, 0xFF, 0x22])
    #expect(found == "the string is not valid UTF-8")
  }
}

extension JSONParser {
  /// The message of the error that parsing `bytes` throws, or "" when it parses.
  static func parseResult(_ bytes: [UInt8]) throws -> String {
    do {
      _ = try parse(bytes)
      return ""
    } catch {
      return error.message
    }
  }
}
