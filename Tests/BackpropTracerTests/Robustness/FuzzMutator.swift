import BackpropTracer

/// Seeded mutations of fixture, graph and answer files: the hostile or broken inputs a TA meets
/// (truncations, swapped types, huge and tiny numbers, `NaN` and `Infinity`, deep nesting, empty
/// layers, duplicate and unicode names, shared parameters, garbage bytes).
///
/// Mutations work on the text, guided by its JSON tokens, so most inputs still parse and reach
/// the validation and the engine rather than stopping at the first byte.
struct FuzzMutator {
  private var random: SplitMix64

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// Values that replace a number or a string: every type, the extremes and the non-numbers.
  static let replacements = [
    "1e308", "-1e308", "1e-320", "4.9e-324", "0", "-0", "1e400", "-1e400", "NaN", "Infinity", "-Infinity",
    "\"NaN\"", "\"Infinity\"", "\"-inf\"", "\"nan\"", "123456789012345678901234567890", "1e9", "1000000", "-1",
    "\"0.5\"", "\"\"", "true", "false", "null", "[]", "{}", "[1, 2]", "{\"a\": 1}", "\"h\u{2081}\"", "\"\u{00FC}ber\"",
    "\"w1\"", "\"h1\"", "\"o1\"", "\"b1\"", "\"total\"", "\"x\"", "\"" + String(repeating: "a", count: 300) + "\"",
    "0.5", "2", "9999999", "\"\\u0000\"", "\"\\ud800\"", "\"x = x + 1\"", "\"y = z\"", "\"z = y\"", "\"x = exp(1e308)\"",
    "\"x = log(0)\"", "\"x = 1/0\"", "\"x = ((((((((((1))))))))))\"",
  ]

  /// Text for `answers` lines: keys, numbers and junk.
  static let answerValues = [
    "NaN", "nan", "Infinity", "-inf", "1e308", "1e-320", "1e999", "-0", "0", "0.", ".5", "1,5", "0x1p3", "١٢",
    String(repeating: "9", count: 400), "0." + String(repeating: "1", count: 400), "", "=", "==", "\u{00A0}0.5",
  ]

  /// A mutation of `text`: one to three edits.
  mutating func mutate(_ text: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
    var bytes = text
    for _ in 0..<Int.random(in: 1...3, using: &random) { bytes = edit(bytes, corpus: corpus) }
    return bytes
  }

  /// Numbers the engine can meet: extremes that overflow exp, saturate a sigmoid or make log 0.
  static let numbers = ["1e308", "-1e308", "1e-320", "0", "-0", "1e6", "-1e6", "800", "-800", "1e154", "37", "1", "1e-300"]

  /// A mutation that keeps the file valid more often: one or two numbers replaced by extremes.
  mutating func mutateNumbers(_ text: [UInt8]) -> [UInt8] {
    var bytes = text
    for _ in 0..<Int.random(in: 1...2, using: &random) {
      if let range = pickToken(bytes, where: isNumberStart) { bytes.replaceSubrange(range, with: Array(pick(Self.numbers).utf8)) }
    }
    return bytes
  }

  /// A mutation of an answers file: line edits, then sometimes a byte edit.
  mutating func mutateAnswers(_ text: [UInt8]) -> [UInt8] {
    var lines = text.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
    for _ in 0..<Int.random(in: 1...4, using: &random) where !lines.isEmpty {
      let index = Int.random(in: 0..<lines.count, using: &random)
      switch Int.random(in: 0..<7, using: &random) {
      case 0: lines[index] = Array((pick(Self.answerValues) + " = " + pick(Self.answerValues)).utf8)
      case 1: lines.insert(lines[index], at: index)  // a key given twice
      case 2:
        if let equals = lines[index].firstIndex(of: UInt8(ascii: "=")) {
          lines[index] = Array(lines[index][...equals]) + Array((" " + pick(Self.answerValues)).utf8)
        }
      case 3: lines[index] = Array(lines[index].prefix(Int.random(in: 0...lines[index].count, using: &random)))
      case 4: lines[index] += Array(" \u{200B}\r".utf8)
      case 5: lines.remove(at: index)
      default: lines[index] = Array(pick(["{", "}", "key,value", "net_h1,0.3775,extra", "\u{FEFF}net_h1 = 1", "\u{1F600} = 1"]).utf8)
      }
    }
    var bytes = Array(lines.joined(separator: [0x0A]))
    if Int.random(in: 0..<4, using: &random) == 0 { bytes = edit(bytes, corpus: []) }
    return bytes
  }

  private mutating func edit(_ bytes: [UInt8], corpus: [[UInt8]]) -> [UInt8] {
    var bytes = bytes
    switch Int.random(in: 0..<12, using: &random) {
    case 0:  // truncated
      bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random)))
    case 1, 2:  // a number swapped for another value or type
      if let range = pickToken(bytes, where: isNumberStart) { bytes.replaceSubrange(range, with: Array(pick(Self.replacements).utf8)) }
    case 3, 4:  // a string swapped: another name (a duplicate, a shared parameter), a type, unicode
      if let range = pickToken(bytes, where: { $0 == UInt8(ascii: "\"") }) {
        let other = pickToken(bytes, where: { $0 == UInt8(ascii: "\"") }).map { Array(bytes[$0]) }
        let replacement = Bool.random(using: &random) ? other ?? [] : Array(pick(Self.replacements).utf8)
        bytes.replaceSubrange(range, with: replacement)
      }
    case 5:  // an array or object emptied or swapped for a scalar
      if let range = pickToken(bytes, where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") }) {
        bytes.replaceSubrange(range, with: Array(pick(["[]", "{}", "[[]]", "\"x\"", "0", "null", "[null]", "[{}]"]).utf8))
      }
    case 6:  // an array or object duplicated after itself (duplicate keys, extra layers)
      if let range = pickToken(bytes, where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "{") }) {
        bytes.insert(contentsOf: Array(", ".utf8) + bytes[range], at: range.upperBound)
      }
    case 7:  // deep nesting
      if let range = pickToken(bytes, where: isNumberStart) {
        let depth = pick([50, 199, 200, 201, 5_000])
        bytes.replaceSubrange(range, with: Array((String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth)).utf8))
      }
    case 8:  // garbage bytes
      for _ in 0..<Int.random(in: 1...8, using: &random) where !bytes.isEmpty {
        bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
      }
    case 9:  // a piece of another file spliced in
      if let other = corpus.isEmpty ? nil : pick(corpus), !other.isEmpty, !bytes.isEmpty {
        let start = Int.random(in: 0..<other.count, using: &random)
        let piece = other[start..<min(other.count, start + Int.random(in: 1...200, using: &random))]
        bytes.insert(contentsOf: piece, at: Int.random(in: 0...bytes.count, using: &random))
      }
    case 10:  // a string (a definition, in a graph) made a long flat chain: x + x + … + x
      if let range = pickToken(bytes, where: { $0 == UInt8(ascii: "\"") }) {
        let text = String(decoding: bytes[range], as: UTF8.self)
        let name = text.firstIndex(of: "=").map { String(text[..<$0]) } ?? "\"y "
        let chain = Self.flatChain(terms: pick([2, 300, 2_499, 2_501, 30_000]), op: pick(["+", "-", "*", "/", "^"]))
        bytes.replaceSubrange(range, with: Array((name + "= " + chain + "\"").utf8))
      }
    default:  // a layer's neurons emptied, or a big layer declared
      if let range = pickToken(bytes, where: { $0 == UInt8(ascii: "[") }) {
        let big = "[" + (0..<Int.random(in: 0...300, using: &random)).map { "\"n\($0)\"" }.joined(separator: ",") + "]"
        bytes.replaceSubrange(range, with: Array(big.utf8))
      }
    }
    return bytes
  }

  /// `x op x op … op x` with `terms` terms: as deep as it is long once parsed.
  static func flatChain(terms: Int, op: String) -> String {
    Array(repeating: "x", count: max(terms, 1)).joined(separator: " \(op) ")
  }

  private mutating func pick<T>(_ values: [T]) -> T {
    values[Int.random(in: 0..<values.count, using: &random)]
  }

  private func isNumberStart(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
  }

  /// The range of a random token starting with a byte that satisfies `starts`: a number, a
  /// string with its quotes, or a balanced array or object.
  private mutating func pickToken(_ bytes: [UInt8], where starts: (UInt8) -> Bool) -> Range<Int>? {
    var starts = bytes.indices.filter { starts(bytes[$0]) }
    // Inside a number or a string, only the token's first byte counts.
    starts = starts.filter { $0 == 0 || !isNumberStart(bytes[$0 - 1]) && bytes[$0 - 1] != UInt8(ascii: "\\") }
    guard !starts.isEmpty else { return nil }
    let start = pick(starts)
    return start..<tokenEnd(bytes, from: start)
  }

  private func tokenEnd(_ bytes: [UInt8], from start: Int) -> Int {
    var index = start
    switch bytes[start] {
    case UInt8(ascii: "\""):
      index += 1
      while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
      return min(index + 1, bytes.count)
    case UInt8(ascii: "["), UInt8(ascii: "{"):
      var depth = 0
      var inString = false
      while index < bytes.count {
        let byte = bytes[index]
        if inString {
          if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
        } else if byte == UInt8(ascii: "\"") {
          inString = true
        } else if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") {
          depth += 1
        } else if byte == UInt8(ascii: "]") || byte == UInt8(ascii: "}") {
          depth -= 1
          if depth == 0 { return index + 1 }
        }
        index += 1
      }
      return bytes.count
    default:
      index += 1
      while index < bytes.count, isNumberStart(bytes[index]) || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+")].contains(bytes[index]) {
        index += 1
      }
      return index
    }
  }
}
