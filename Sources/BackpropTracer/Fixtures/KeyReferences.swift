/// The trace keys a fixture names (under "expected", "assignment" and "errata"), each with the
/// JSON value that names it, in the file's order.
///
/// Which keys exist is known only once the engine has laid the trace out, so the reader notes
/// them here and `Fixture.load` checks them against the layout, reporting an unknown key at the
/// value that names it.
struct KeyReferences {
  /// The fixture's root, where a problem with the whole file is reported.
  let root: JSONNode
  /// Each key with the value that names it.
  private(set) var entries: [(key: TraceKey, node: JSONNode)] = []

  init(root: JSONNode) { self.root = root }

  /// True when the fixture names no key.
  var isEmpty: Bool { entries.isEmpty }

  /// Notes the key `text`, named at `node`.
  mutating func named(_ text: String, at node: JSONNode) -> TraceKey {
    let key = TraceKey(text)
    entries.append((key, node))
    return key
  }
}
