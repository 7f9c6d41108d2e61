/// Many short texts printed one after the other into one buffer and found by position: what an
/// array of strings holds, without a string (an allocation, later a release) for each text.
///
/// A full derivation prints the symbol of every entry of its trace once and copies each into
/// the output several times (161,249 symbols for a 784-50-10 step).
struct PrintedTexts: Sendable {
  private var buffer: TextBuffer
  /// Where each text ends in `buffer` (it starts where the one before ends).
  private var ends: [Int]

  /// No texts.
  init() {
    buffer = TextBuffer()
    ends = []
  }

  /// The texts that `print` writes for the positions `0..<count`, in order, with room for about
  /// `capacity` bytes.
  init(count: Int, capacity: Int, _ print: (Int, inout TextBuffer) -> Void) {
    buffer = TextBuffer(capacity: capacity)
    ends = []
    ends.reserveCapacity(count)
    for position in 0..<count {
      print(position, &buffer)
      ends.append(buffer.count)
    }
  }

  /// True when there are no texts.
  var isEmpty: Bool { ends.isEmpty }

  /// The text at `position`.
  subscript(position: Int) -> String { buffer.text(in: range(of: position)) }

  /// Appends the text at `position` to `text`.
  func write(_ position: Int, to text: inout TextBuffer) {
    text.append(buffer, in: range(of: position))
  }

  private func range(of position: Int) -> Range<Int> {
    (position == 0 ? 0 : ends[position - 1])..<ends[position]
  }
}
