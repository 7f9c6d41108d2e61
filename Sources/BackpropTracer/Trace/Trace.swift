/// The complete record of a run: every value the engine computed, in lecture order, with its key
/// and derivation, plus what a renderer needs to present it (title, source, the network).
///
/// A trace is plain data: renderers read it and never compute anything but formatting.
public struct Trace: Sendable {
  /// The fixture's title.
  public let title: String
  /// Where the example comes from (a citation), or "" when none was given.
  public let source: String
  /// The network that was traced, with its parameters' values before training.
  public let network: Network
  /// The number of steps that were run (the first is recorded in full).
  public let steps: Int
  /// How the run trained: batches, order (with its seed), optimizer, weight decay.
  public let plan: TrainingPlan
  /// Keys, derivations and sections.
  package let layout: TraceLayout
  /// One value per entry of `layout`, as the engine computed it.
  public let values: [Double]
  /// The deviation the values were computed with because the fixture declares it (a book's
  /// undocumented convention, `"variant"`): every replay of the trace follows it too. Nil for
  /// the correct step.
  package let declaredVariant: Variant?

  /// Creates a trace; `values` has one value per entry of `layout`.
  package init(
    title: String, source: String, network: Network, steps: Int, layout: TraceLayout,
    values: [Double], plan: TrainingPlan = .singleExample, declaredVariant: Variant? = nil
  ) {
    precondition(values.count == layout.count, "one value per entry")
    self.plan = plan
    self.title = title
    self.source = source
    self.network = network
    self.steps = steps
    self.layout = layout
    self.values = values
    self.declaredVariant = declaredVariant
  }

  /// The number of entries.
  public var count: Int { values.count }

  /// The entry at a position (`0..<count`).
  package func entry(at position: Int) -> TraceEntry {
    TraceEntry(
      quantity: layout.quantities[position], key: layout.keys[position], value: values[position],
      derivation: layout.derivations[position])
  }

  /// The entry with this key, or nil when the trace has none.
  public func entry(_ key: TraceKey) -> TraceEntry? {
    layout.position(of: key).map(entry(at:))
  }

  /// The value recorded under this key, or nil when the trace has none.
  public subscript(key: TraceKey) -> Double? {
    layout.position(of: key).map { values[$0] }
  }

  /// Every entry, in lecture order.
  public var entries: [TraceEntry] { (0..<count).map(entry(at:)) }
}
