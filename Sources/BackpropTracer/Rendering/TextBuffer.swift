/// UTF-8 text built by appending, for the writers of large documents.
///
/// Appending to a `String` checks and updates its storage on every call; appending bytes to an
/// array is a copy. A full derivation of a large network is tens of megabytes in millions of
/// small pieces, so the writers collect bytes and make one `String` at the end.
struct TextBuffer: Equatable, Sendable {
  /// The text in the first `count` bytes, as UTF-8; the rest is room for more.
  ///
  /// `Array.append(contentsOf:)` costs about a hundred instructions per call, more than copying
  /// the few bytes of a typical piece; the buffer keeps its own count and copies into its room,
  /// which is grown (by doubling) only when it runs out.
  private var storage: [UInt8]
  /// The number of bytes so far.
  private(set) var count = 0

  /// Creates an empty buffer with room for `capacity` bytes.
  init(capacity: Int = 0) {
    storage = Self.room(capacity)
  }

  /// `capacity` bytes of room, not zero-filled: the bytes past `count` are never read.
  private static func room(_ capacity: Int) -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: capacity) { _, initialized in initialized = capacity }
  }

  /// True when nothing has been appended.
  var isEmpty: Bool { count == 0 }

  /// The text so far.
  var text: String { String(decoding: storage[..<count], as: UTF8.self) }

  /// The bytes so far; the buffer is left empty (without a copy of a large text).
  mutating func takeBytes() -> [UInt8] {
    var taken: [UInt8] = []
    swap(&taken, &storage)
    taken.removeSubrange(count...)
    count = 0
    return taken
  }

  static func == (a: TextBuffer, b: TextBuffer) -> Bool {
    a.storage[..<a.count].elementsEqual(b.storage[..<b.count])
  }

  /// Empties the buffer, keeping its room, for reuse.
  mutating func removeAll() {
    count = 0
  }

  /// Appends UTF-8 bytes.
  mutating func append(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let source = utf8.baseAddress else { return }
    let end = count + utf8.count
    if end > storage.count { grow(to: end) }
    storage.withUnsafeMutableBufferPointer { room in
      (room.baseAddress! + count).update(from: source, count: utf8.count)
    }
    count = end
  }

  /// Makes room for at least `size` bytes, at least doubling the room.
  private mutating func grow(to size: Int) {
    var larger = Self.room(max(size, 2 * storage.count, 64))
    larger.withUnsafeMutableBufferPointer { $0.baseAddress!.update(from: storage, count: count) }
    storage = larger
  }

  /// Appends text.
  ///
  /// Copies the text's bytes in place (`withUTF8`) rather than through its `UTF8View`, which
  /// costs several times more per call; the writers append millions of short pieces.
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends the text of another buffer.
  mutating func append(_ other: TextBuffer) {
    append(other, in: 0..<other.count)
  }

  /// Appends the bytes of another buffer in `range`.
  mutating func append(_ other: TextBuffer, in range: Range<Int>) {
    precondition(range.upperBound <= other.count, "a range of the text")
    other.storage.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[range])) }
  }

  /// The byte at `index`, or nil past the end.
  func byte(at index: Int) -> UInt8? {
    index < count ? storage[index] : nil
  }

  /// Removes everything from `index` on (a step written and then found to repeat the result).
  mutating func removeAll(from index: Int) {
    precondition(index <= count, "a position in the text")
    count = index
  }

  /// Puts what was appended from `index` on in parentheses.
  mutating func parenthesize(from index: Int) {
    precondition(index <= count, "a position in the text")
    if count + 2 > storage.count { grow(to: count + 2) }
    storage.withUnsafeMutableBytes { room in
      // The regions overlap; `copyMemory` moves them as `memmove` does.
      (room.baseAddress! + index + 1).copyMemory(from: room.baseAddress! + index, byteCount: count - index)
    }
    storage[index] = UInt8(ascii: "(")
    storage[count + 1] = UInt8(ascii: ")")
    count += 2
  }

  /// True when the bytes from `index` to the end are `text`.
  func text(from index: Int, is text: String) -> Bool {
    text.utf8.count == count - index && storage[index..<count].elementsEqual(text.utf8)
  }

  /// True when the bytes in two ranges are the same.
  func bytes(in a: Range<Int>, equal b: Range<Int>) -> Bool {
    precondition(a.upperBound <= count && b.upperBound <= count, "ranges of the text")
    return a.count == b.count && storage[a].elementsEqual(storage[b])
  }

  /// True when the bytes from `index` to the end contain `text`.
  func contains(_ text: String, from index: Int) -> Bool {
    let needle = Array(text.utf8)
    guard let first = needle.first, count - index >= needle.count else { return false }
    for start in index...(count - needle.count) where storage[start] == first {
      if storage[start..<start + needle.count].elementsEqual(needle) { return true }
    }
    return false
  }

  /// The text from `index` to the end.
  func text(from index: Int) -> String { String(decoding: storage[index..<count], as: UTF8.self) }

  /// The text of the bytes in `range`.
  func text(in range: Range<Int>) -> String {
    precondition(range.upperBound <= count, "a range of the text")
    return String(decoding: storage[range], as: UTF8.self)
  }

  /// Appends text.
  static func += (buffer: inout TextBuffer, text: String) {
    buffer.append(text)
  }
}
