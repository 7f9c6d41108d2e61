/// One step of a path pattern for ``JSONScanner``.
package enum JSONPathPattern: Equatable, Sendable {
  /// The member with this key.
  case key(String)
  /// Any member of an object.
  case anyKey
  /// Any element of an array.
  case anyIndex
}

/// A quick pass over a JSON text that builds nothing: it counts the values found at chosen paths
/// and keeps the text of the first scalar at each, so the size of what a document asks for can be
/// judged before it is parsed (a few hundred megabytes a second, with no allocation per value).
///
/// It follows the structure (objects, arrays, strings with escapes, scalars) without checking
/// everything the parser checks; at the first thing it cannot follow it stops, and what it
/// counted up to there stands (`isComplete` is then false). The parser reports the problem.
package struct JSONScanner {
  /// The number of values found at each pattern's path.
  package private(set) var counts: [Int]
  /// The text of the first scalar found at each pattern's path: a number as written, a string's
  /// contents without its quotes (escapes left as written); nil when none was found.
  package private(set) var scalars: [String?]
  /// True when the whole text was followed to its end.
  package private(set) var isComplete = false

  private let patterns: [[JSONPathPattern]]
  private let keyBytes: [[[UInt8]?]]

  /// Scans `bytes` for values at each of `patterns` (at most 64), such as
  /// `[.key("network"), .key("layers"), .anyIndex, .key("weights"), .anyIndex, .anyIndex]`.
  package init(_ bytes: [UInt8], patterns: [[JSONPathPattern]]) {
    precondition(patterns.count <= 64, "at most 64 patterns")
    self.patterns = patterns
    keyBytes = patterns.map { pattern in
      pattern.map { if case let .key(key) = $0 { Array(key.utf8) } else { nil } }
    }
    counts = Array(repeating: 0, count: patterns.count)
    scalars = Array(repeating: nil, count: patterns.count)
    bytes.withUnsafeBufferPointer { scan($0) }
  }

  /// One open object or array: which patterns still match the path down to it, and, for an
  /// object, where its current key lies in the text.
  private struct Frame {
    var isObject: Bool
    var alive: UInt64
    var key: Range<Int> = 0..<0
  }

  private mutating func scan(_ text: UnsafeBufferPointer<UInt8>) {
    var stack: [Frame] = []
    var offset = 0
    func skipSpace() {
      while offset < text.count, Self.isSpace(text[offset]) { offset += 1 }
    }
    /// Skips the string whose opening quote is at `offset`; the range of its contents, or nil.
    func skipString() -> Range<Int>? {
      guard offset < text.count, text[offset] == UInt8(ascii: "\"") else { return nil }
      var index = offset + 1
      while index < text.count {
        switch text[index] {
        case UInt8(ascii: "\""):
          defer { offset = index + 1 }
          return (offset + 1)..<index
        case UInt8(ascii: "\\"): index += 2
        default: index += 1
        }
      }
      return nil
    }
    /// Reads `"key":` into the innermost object; false when the text does not follow.
    func readKey() -> Bool {
      skipSpace()
      guard let key = skipString() else { return false }
      skipSpace()
      guard offset < text.count, text[offset] == UInt8(ascii: ":") else { return false }
      offset += 1
      stack[stack.count - 1].key = key
      return true
    }
    let all: UInt64 = patterns.count == 64 ? .max : (1 << UInt64(patterns.count)) - 1
    while true {
      // A value, at the depth of the stack.
      skipSpace()
      guard offset < text.count else { return }
      let alive = stack.last.map { surviving($0, depth: stack.count, text) } ?? all
      count(alive, depth: stack.count)
      switch text[offset] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard stack.count < JSONParser.maximumDepth else { return }
        let isObject = text[offset] == UInt8(ascii: "{")
        offset += 1
        stack.append(Frame(isObject: isObject, alive: alive))
        skipSpace()
        guard offset < text.count, text[offset] == UInt8(ascii: isObject ? "}" : "]") else {
          if isObject, !readKey() { return }
          continue
        }
        offset += 1
        stack.removeLast()
      case UInt8(ascii: "\""):
        guard let contents = skipString() else { return }
        capture(alive, depth: stack.count, contents, text)
      default:
        let start = offset
        while offset < text.count, !Self.ends(text[offset]) { offset += 1 }
        guard offset > start else { return }
        capture(alive, depth: stack.count, start..<offset, text)
      }
      // After a value: a comma and the next member, or the end of containers.
      while let frame = stack.last {
        skipSpace()
        guard offset < text.count else { return }
        if text[offset] == UInt8(ascii: ",") {
          offset += 1
          if frame.isObject, !readKey() { return }
          break
        }
        guard text[offset] == UInt8(ascii: frame.isObject ? "}" : "]") else { return }
        offset += 1
        stack.removeLast()
      }
      if stack.isEmpty {
        skipSpace()
        isComplete = offset == text.count
        return
      }
    }
  }

  /// The patterns of `frame` that still match with the step into its current member or element.
  private func surviving(_ frame: Frame, depth: Int, _ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var alive = frame.alive
    var remaining = alive
    while remaining != 0 {
      let p = remaining.trailingZeroBitCount
      remaining &= remaining - 1
      if depth > patterns[p].count || !matches(patterns[p][depth - 1], keyBytes[p][depth - 1], frame, text) {
        alive &= ~(1 << UInt64(p))
      }
    }
    return alive
  }

  private mutating func count(_ alive: UInt64, depth: Int) {
    var found = alive
    while found != 0 {
      let p = found.trailingZeroBitCount
      found &= found - 1
      if patterns[p].count == depth { counts[p] += 1 }
    }
  }

  private func matches(_ step: JSONPathPattern, _ key: [UInt8]?, _ frame: Frame, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    switch step {
    case .anyIndex: return !frame.isObject
    case .anyKey: return frame.isObject
    case .key:
      guard frame.isObject, let key, key.count == frame.key.count else { return false }
      return key.indices.allSatisfy { key[$0] == text[frame.key.lowerBound + $0] }
    }
  }

  private mutating func capture(_ alive: UInt64, depth: Int, _ range: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) {
    var found = alive
    while found != 0 {
      let p = found.trailingZeroBitCount
      found &= found - 1
      if patterns[p].count == depth, scalars[p] == nil {
        scalars[p] = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
      }
    }
  }

  /// True for JSON's white space.
  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// True for a byte that ends a number or literal.
  private static func ends(_ byte: UInt8) -> Bool {
    isSpace(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")
  }
}
