/// A JSON text that could not be parsed: where, and what was expected there.
package struct JSONSyntaxError: Error, Equatable, Sendable {
  /// Where parsing stopped.
  package var position: JSONPosition
  /// What was wrong, e.g. "expected ',' or '}' after an object member, found 'x'".
  package var message: String
}

/// A strict RFC 8259 JSON parser that records positions, keeps key order and number text,
/// and rejects duplicate keys.
///
/// Nesting deeper than `maximumDepth` is refused, so a hostile file cannot exhaust the stack.
/// - Complexity: O(n) in the length of the text.
package struct JSONParser {
  /// The deepest nesting of arrays and objects accepted.
  package static let maximumDepth = 200

  private let bytes: [UInt8]
  private var offset = 0
  private var line = 1
  private var column = 1
  private var depth = 0

  /// Parses a complete JSON document; anything but white space after it is an error.
  package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
    var parser = JSONParser(bytes: bytes)
    parser.skipWhitespace()
    let value = try parser.parseValue()
    parser.skipWhitespace()
    if parser.offset < bytes.count {
      throw parser.error("expected the end of the document, found \(parser.describeCurrent())")
    }
    return value
  }

  private init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  private var position: JSONPosition { JSONPosition(line: line, column: column) }

  private func error(_ message: String) -> JSONSyntaxError {
    JSONSyntaxError(position: position, message: message)
  }

  private func describeCurrent() -> String {
    guard offset < bytes.count else { return "the end of the file" }
    let byte = bytes[offset]
    if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x" + String(byte, radix: 16, uppercase: true)
  }

  private mutating func advance() {
    if bytes[offset] == UInt8(ascii: "\n") {
      line += 1
      column = 1
    } else if bytes[offset] & 0xC0 != 0x80 {
      column += 1
    }
    offset += 1
  }

  private mutating func skipWhitespace() {
    while offset < bytes.count {
      switch bytes[offset] {
      case 0x20, 0x09, 0x0A, 0x0D: advance()
      default: return
      }
    }
  }

  /// Steps over `byte`, or fails naming `what` was expected there (made only for the error:
  /// it names the key, and made for every key it cost more than the parse).
  private mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(JSONSyntaxError) {
    guard offset < bytes.count, bytes[offset] == byte else {
      throw error("expected \(what()), found \(describeCurrent())")
    }
    advance()
  }

  private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
    let start = position
    guard offset < bytes.count else { throw error("expected a value, found the end of the file") }
    switch bytes[offset] {
    case UInt8(ascii: "{"): return JSONValue(try parseObject(), at: start)
    case UInt8(ascii: "["): return JSONValue(try parseArray(), at: start)
    case UInt8(ascii: "\""): return JSONValue(.string(try parseString()), at: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONValue(.number(try parseNumber()), at: start)
    case UInt8(ascii: "t"): try parseLiteral("true"); return JSONValue(.bool(true), at: start)
    case UInt8(ascii: "f"): try parseLiteral("false"); return JSONValue(.bool(false), at: start)
    case UInt8(ascii: "n"): try parseLiteral("null"); return JSONValue(.null, at: start)
    default: throw error("expected a value, found \(describeCurrent())")
    }
  }

  private mutating func parseLiteral(_ word: String) throws(JSONSyntaxError) {
    for byte in word.utf8 { try expect(byte, "'\(word)'") }
  }

  private mutating func enterNesting() throws(JSONSyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("nesting deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue.Kind {
    try enterNesting()
    defer { depth -= 1 }
    advance()  // {
    var members: [(key: String, value: JSONValue)] = []
    var seen: Set<String> = []
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "}") {
      advance()
      return .object(members)
    }
    while true {
      skipWhitespace()
      let keyPosition = position
      guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else {
        throw error("expected a key in double quotes, found \(describeCurrent())")
      }
      let key = try parseString()
      guard seen.insert(key).inserted else {
        throw JSONSyntaxError(position: keyPosition, message: "duplicate key \"\(key.terminalSafe)\"")
      }
      skipWhitespace()
      try expect(UInt8(ascii: ":"), "':' after the key \"\(key.terminalSafe)\"")
      skipWhitespace()
      members.append((key, try parseValue()))
      skipWhitespace()
      guard offset < bytes.count else { throw error("expected ',' or '}', found the end of the file") }
      if bytes[offset] == UInt8(ascii: ",") { advance(); continue }
      if bytes[offset] == UInt8(ascii: "}") { advance(); return .object(members) }
      throw error("expected ',' or '}' after the value of \"\(key.terminalSafe)\", found \(describeCurrent())")
    }
  }

  private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue.Kind {
    try enterNesting()
    defer { depth -= 1 }
    advance()  // [
    var elements: [JSONValue] = []
    skipWhitespace()
    if offset < bytes.count, bytes[offset] == UInt8(ascii: "]") {
      advance()
      return .array(elements)
    }
    while true {
      skipWhitespace()
      elements.append(try parseValue())
      skipWhitespace()
      guard offset < bytes.count else { throw error("expected ',' or ']', found the end of the file") }
      if bytes[offset] == UInt8(ascii: ",") { advance(); continue }
      if bytes[offset] == UInt8(ascii: "]") { advance(); return .array(elements) }
      throw error("expected ',' or ']' after an array element, found \(describeCurrent())")
    }
  }

  private mutating func parseNumber() throws(JSONSyntaxError) -> String {
    let start = offset
    if bytes[offset] == UInt8(ascii: "-") { advance() }
    try digits(allowLeadingZero: false)
    if offset < bytes.count, bytes[offset] == UInt8(ascii: ".") {
      advance()
      try digits(allowLeadingZero: true)
    }
    if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
      advance()
      if offset < bytes.count, bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-") {
        advance()
      }
      try digits(allowLeadingZero: true)
    }
    return String(decoding: bytes[start..<offset], as: UTF8.self)
  }

  private mutating func digits(allowLeadingZero: Bool) throws(JSONSyntaxError) {
    let start = offset
    while offset < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[offset]) {
      advance()
    }
    if offset == start { throw error("expected a digit, found \(describeCurrent())") }
    if !allowLeadingZero, offset - start > 1, bytes[start] == UInt8(ascii: "0") {
      throw JSONSyntaxError(position: position, message: "a number may not start with 0 followed by digits")
    }
  }

  private mutating func parseString() throws(JSONSyntaxError) -> String {
    advance()  // opening quote
    var scalars = String.UnicodeScalarView()
    var run = offset
    func flush(_ parser: JSONParser, upTo end: Int) -> Bool {
      let text = String(validating: parser.bytes[run..<end], as: UTF8.self)
      guard let text else { return false }
      scalars.append(contentsOf: text.unicodeScalars)
      return true
    }
    while true {
      guard offset < bytes.count else { throw error("unterminated string") }
      let byte = bytes[offset]
      if byte == UInt8(ascii: "\"") {
        if scalars.isEmpty {
          // No escape came before: the text is the bytes themselves (most names and keys),
          // read as they are when they are ASCII (checking them as UTF-8 costs more).
          guard let text = Self.ascii(bytes[run..<offset]) ?? String(validating: bytes[run..<offset], as: UTF8.self) else {
            throw error("the string is not valid UTF-8")
          }
          advance()
          return text
        }
        guard flush(self, upTo: offset) else { throw error("the string is not valid UTF-8") }
        advance()
        return String(scalars)
      }
      if byte < 0x20 { throw error("control character in a string (write it as an escape such as \\n)") }
      if byte == UInt8(ascii: "\\") {
        guard flush(self, upTo: offset) else { throw error("the string is not valid UTF-8") }
        advance()
        scalars.append(try parseEscape())
        run = offset
        continue
      }
      advance()
    }
  }

  /// The text of `bytes` when they are all ASCII (so valid UTF-8 as they are), else nil.
  private static func ascii(_ bytes: ArraySlice<UInt8>) -> String? {
    bytes.withUnsafeBufferPointer { buffer in
      buffer.allSatisfy { $0 < 0x80 } ? String(decoding: buffer, as: UTF8.self) : nil
    }
  }

  private mutating func parseEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
    guard offset < bytes.count else { throw error("unterminated string") }
    let byte = bytes[offset]
    advance()
    switch byte {
    case UInt8(ascii: "\""): return "\""
    case UInt8(ascii: "\\"): return "\\"
    case UInt8(ascii: "/"): return "/"
    case UInt8(ascii: "b"): return "\u{08}"
    case UInt8(ascii: "f"): return "\u{0C}"
    case UInt8(ascii: "n"): return "\n"
    case UInt8(ascii: "r"): return "\r"
    case UInt8(ascii: "t"): return "\t"
    case UInt8(ascii: "u"):
      let high = try hexQuad()
      if (0xD800..<0xDC00).contains(high) {
        try expect(UInt8(ascii: "\\"), "a low surrogate escape after a high surrogate")
        try expect(UInt8(ascii: "u"), "a low surrogate escape after a high surrogate")
        let low = try hexQuad()
        guard (0xDC00..<0xE000).contains(low),
          let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))
        else { throw error("invalid surrogate pair in a \\u escape") }
        return scalar
      }
      guard let scalar = Unicode.Scalar(high) else { throw error("invalid \\u escape (a lone surrogate)") }
      return scalar
    default:
      throw error("unknown escape '\\\(Character(Unicode.Scalar(byte)))' in a string")
    }
  }

  private mutating func hexQuad() throws(JSONSyntaxError) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard offset < bytes.count, let digit = hexDigit(bytes[offset]) else {
        throw error("expected four hexadecimal digits in a \\u escape")
      }
      value = value * 16 + digit
      advance()
    }
    return value
  }

  private func hexDigit(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
    default: return nil
    }
  }
}
