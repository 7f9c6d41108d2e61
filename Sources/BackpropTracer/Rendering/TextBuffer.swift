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
  mutating func append(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends the text of another buffer.
  mutating func append(_ other: TextBuffer) {
    bytes.append(contentsOf: other.bytes)
  }

  /// Appends text.
  static func += (buffer: inout TextBuffer, text: String) {
    buffer.append(text)
  }
}
