import Testing

@testable import BackpropTracer

/// `TextBuffer` keeps its own count inside room it grows itself: what it holds must be exactly
/// what was appended, whatever the room.
@Suite("TextBuffer")
struct TextBufferTests {
  @Test("Text appended past the room it was made with is kept whole, in order", arguments: [0, 1, 7, 4096])
  func growsPastItsRoom(capacity: Int) {
    var buffer = TextBuffer(capacity: capacity)
    var expected = ""
    for piece in 0..<300 {
      let text = piece % 3 == 0 ? "\\frac{\\partial E}{\\partial w_{\(piece)}}" : "\(piece) é "
      buffer += text
      expected += text
    }
    #expect(buffer.text == expected)
    #expect(buffer.count == expected.utf8.count)
    #expect(buffer.takeBytes() == Array(expected.utf8))
    #expect(buffer.isEmpty)
  }

  @Test("Parentheses, truncation and removal act on the text only, never on the room behind it")
  func editsTheText() {
    var buffer = TextBuffer(capacity: 64)
    buffer += "a + b"
    buffer.parenthesize(from: 4)
    #expect(buffer.text == "a + (b)")
    buffer.removeAll(from: 3)
    #expect(buffer.text == "a +")
    #expect(buffer.byte(at: 3) == nil)
    buffer += " c"
    #expect(buffer.text(from: 2, is: "+ c"))
    #expect(buffer.contains("+ c", from: 0) && !buffer.contains("b", from: 0))
    buffer.removeAll()
    #expect(buffer.isEmpty && buffer.text.isEmpty)
  }

  @Test("Two buffers are equal by their text, whatever room each has; a copy is independent")
  func equalityIgnoresRoom() {
    var small = TextBuffer(capacity: 1), large = TextBuffer(capacity: 1000)
    small += "x = 1"
    large += "x = 1"
    #expect(small == large)
    var copy = small
    copy += "0"
    #expect(copy != small && small.text == "x = 1" && copy.text == "x = 10")
    var joined = TextBuffer()
    joined.append(large, in: 0..<4)
    joined.append(small)
    #expect(joined.text == "x = x = 1")
  }
}
