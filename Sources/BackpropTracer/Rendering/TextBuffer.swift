/// UTF-8 text built by appending, for the writers of large documents.
///
/// Appending to a `String` checks and updates its storage on every call; appending bytes to an
/// array is a copy. A full derivation of a large network is tens of megabytes in millions of
/// small pieces, so the writers collect bytes and make one `String` at the end.
struct TextBuffer: Equatable, Sendable {
  /// The text so far, as UTF-8.
  private(set) var bytes: [UInt8] = []

  /// Creates an empty buffer with room for `capacity` bytes.
  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The number of bytes so far.
  var count: Int { bytes.count }

  /// True when nothing has been appended.
  var isEmpty: Bool { bytes.isEmpty }

  /// The text so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Empties the buffer, keeping its room, for reuse.
  mutating func removeAll() {
    bytes.removeAll(keepingCapacity: true)
  }

  /// Appends text.
  ///
  /// Copies the text's bytes in place (`withUTF8`) rather than through its `UTF8View`, which
  /// costs several times more per call; the writers append millions of short pieces.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  /// Appends the text of another buffer.
  mutating func append(_ other: TextBuffer) {
    bytes.append(contentsOf: other.bytes)
  }

  /// Appends the bytes of another buffer in `range`.
  mutating func append(_ other: TextBuffer, in range: Range<Int>) {
    bytes.append(contentsOf: other.bytes[range])
  }

  /// The byte at `index`, or nil past the end.
  func byte(at index: Int) -> UInt8? {
    index < bytes.count ? bytes[index] : nil
  }

  /// Removes everything from `index` on (a step written and then found to repeat the result).
  mutating func removeAll(from index: Int) {
    bytes.removeSubrange(index...)
  }

  /// Puts what was appended from `index` on in parentheses.
  mutating func parenthesize(from index: Int) {
    bytes.insert(UInt8(ascii: "("), at: index)
    bytes.append(UInt8(ascii: ")"))
  }

  /// True when the bytes from `index` to the end are `text`.
  func text(from index: Int, is text: String) -> Bool {
    text.utf8.count == bytes.count - index && bytes[index...].elementsEqual(text.utf8)
  }

  /// True when the bytes in two ranges are the same.
  func bytes(in a: Range<Int>, equal b: Range<Int>) -> Bool {
    a.count == b.count && bytes[a].elementsEqual(bytes[b])
  }

  /// True when the bytes from `index` to the end contain `text`.
  func contains(_ text: String, from index: Int) -> Bool {
    let needle = Array(text.utf8)
    guard let first = needle.first, bytes.count - index >= needle.count else { return false }
    for start in index...(bytes.count - needle.count) where bytes[start] == first {
      if bytes[start..<start + needle.count].elementsEqual(needle) { return true }
    }
    return false
  }

  /// The text from `index` to the end.
  func text(from index: Int) -> String { String(decoding: bytes[index...], as: UTF8.self) }

  /// The text of the bytes in `range`.
  func text(in range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  /// Appends text.
  static func += (buffer: inout TextBuffer, text: String) {
    buffer.append(text)
  }
}
