/// The shape of a record: every quantity in lecture order, with its key and derivation, and the
/// sections that group them.
///
/// A layout depends only on the network's structure and the number of steps, so it is built
/// once; a step then fills in a plain array of values, one per entry. That keeps a traced step
/// as cheap as an untraced one plus one store per value.
package final class TraceLayout: Sendable {
  /// What each entry is, in lecture order.
  package let quantities: CountedColumn<Quantity>
  /// The key of each entry.
  package let keys: CountedColumn<TraceKey>
  /// How each entry is derived.
  package let derivations: CountedColumn<Derivation>
  /// Consecutive groups of entries, in order, covering every entry.
  package let sections: CountedColumn<TraceSection>
  /// The reads of the four columns above, counted only when a test asks (`ReadTally.counting`).
  package let reads = ReadTally()
  private let positions: TraceKeyIndex
  /// The positions of every entry's operands (`Derivation.references`, in order), entry after
  /// entry; -1 for a key with no entry.
  private let operandPositions: [Int]
  /// Where each entry's operands start in `operandPositions`, plus the end of the last.
  private let operandStarts: [Int]

  /// How the engine's core computed the values (what a replay runs again), or nil for a layout
  /// made by hand.
  let run: Run?
  /// The branches the core took that values decided (`Ledger.follows(_:)`), in order.
  let branches: [Bool]

  /// How the engine's core computed the values of a layout.
  enum Run: Sendable {
    /// One training step on the examples numbered `batch` (from 1), with the number of each in
    /// its keys when `perExampleKeys`, then the steps after it (recorded by their results at the
    /// points of `errors`), over a data set of `examples` examples.
    case training(batch: [Int], perExampleKeys: Bool, errors: ErrorSchedule, examples: Int)
    /// The forward pass of `examples` examples, with their targets when `showsTargets`.
    case evaluation(examples: Int, showsTargets: Bool)
    /// The perceptron rule on `examples` examples for at most `maxEpochs` epochs.
    case perceptron(examples: Int, maxEpochs: Int)
  }

  /// Creates a layout. Keys must be unique.
  package convenience init(quantities: [Quantity], derivations: [Derivation], sections: [TraceSection]) {
    self.init(quantities: quantities, derivations: derivations, sections: sections, run: nil, branches: [])
  }

  /// Creates the layout of `run`.
  init(quantities: [Quantity], derivations: [Derivation], sections: [TraceSection], run: Run?, branches: [Bool]) {
    precondition(quantities.count == derivations.count, "one derivation per quantity")
    self.run = run
    self.branches = branches
    let keys = quantities.map(\.key)
    self.quantities = CountedColumn(quantities, tally: reads)
    self.keys = CountedColumn(keys, tally: reads)
    self.derivations = CountedColumn(derivations, tally: reads)
    self.sections = CountedColumn(sections, tally: reads)
    let positions = TraceKeyIndex(keys)
    self.positions = positions
    // Resolved once here, so that a renderer finds each operand by position instead of hashing
    // its key in an index of every entry.
    var operandStarts = [0]
    operandStarts.reserveCapacity(keys.count + 1)
    var operandPositions: [Int] = []
    operandPositions.reserveCapacity(keys.count * 2)
    for derivation in derivations {
      derivation.forEachReference { operandPositions.append(positions.position(of: $0) ?? -1) }
      operandStarts.append(operandPositions.count)
    }
    self.operandPositions = operandPositions
    self.operandStarts = operandStarts
  }

  /// The number of entries.
  package var count: Int { keys.count }

  /// The position of the entry with this key, or nil when the layout has none.
  package func position(of key: TraceKey) -> Int? { positions.position(of: key) }

  /// The positions of the operands of the entry at `position`: one per key of its derivation's
  /// `references`, in that order, -1 for a key with no entry.
  func operands(of position: Int) -> ArraySlice<Int> {
    operandPositions[operandStarts[position]..<operandStarts[position + 1]]
  }
}
