/// A tally of the elements read from some `CountedColumn`s, for the tests that bound how the
/// work of rendering grows with the trace: a count of reads is the same on every run and every
/// machine, where a time is not.
///
/// Counting is off except inside `counting(_:)`, so reading a column costs one check of a flag.
/// The tally is written only by `counting(_:)`, which tests call on a trace no other thread
/// reads; otherwise it is only read, so it may be shared.
package final class ReadTally: @unchecked Sendable {
  private var isCounting = false
  private var reads = 0

  /// Creates a tally that does not count.
  package init() {}

  /// Notes one element read.
  @inline(__always)
  func note() {
    if isCounting { reads &+= 1 }
  }

  /// The number of elements read from the tally's columns while `body` runs.
  package func counting(_ body: () throws -> Void) rethrows -> Int {
    reads = 0
    isCounting = true
    defer { isCounting = false }
    try body()
    return reads
  }
}

/// An array whose element reads are noted in a `ReadTally`: a column of a record that the
/// renderers walk (and that a scan of the whole record per layer would walk again and again).
package struct CountedColumn<Element: Sendable>: RandomAccessCollection, Sendable {
  private let elements: [Element]
  private let noted: ReadTally

  /// The elements of `elements`, their reads noted in `tally`.
  package init(_ elements: [Element], tally: ReadTally) {
    self.elements = elements
    noted = tally
  }

  /// The tally the reads are noted in.
  package var tally: ReadTally { noted }

  package var startIndex: Int { elements.startIndex }
  package var endIndex: Int { elements.endIndex }

  package subscript(position: Int) -> Element {
    noted.note()
    return elements[position]
  }
}

extension CountedColumn: Equatable where Element: Equatable {
  /// Columns with the same elements are equal (comparing them is not counted as reading).
  package static func == (lhs: Self, rhs: Self) -> Bool { lhs.elements == rhs.elements }
}
