extension UnsafeMutableBufferPointer {
  /// A new buffer of `count` copies of `value`; the caller deallocates it.
  static func filled(_ count: Int, with value: Element) -> Self {
    let buffer = allocate(capacity: count)
    buffer.initialize(repeating: value)
    return buffer
  }

  /// A new buffer holding the elements of `elements`; the caller deallocates it.
  static func copying<Elements: Collection<Element>>(_ elements: Elements) -> Self {
    let buffer = allocate(capacity: elements.count)
    _ = buffer.initialize(from: elements)
    return buffer
  }
}
