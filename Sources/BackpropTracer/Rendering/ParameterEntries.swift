/// Where each parameter's entries are in a trace, by parameter index: its value before the
/// step, its gradient and its new value (nil when the trace has none).
///
/// Found in one pass over the layout, so that a table of every parameter of a large network
/// needs no key built and looked up per cell.
struct ParameterEntries {
  /// The position of `.parameter(name)`.
  private(set) var before: [Int?]
  /// The position of `.gradient(name)` (the whole step's, not an example's).
  private(set) var gradient: [Int?]
  /// The position of `.updated(name)`.
  private(set) var after: [Int?]

  /// Finds the entries of `trace.network`'s parameters in `trace`.
  init(_ trace: Trace) {
    let parameters = trace.network.parameters
    var indices: [String: Int] = [:]
    indices.reserveCapacity(parameters.count)
    for (index, parameter) in parameters.enumerated() { indices[parameter.name] = index }
    before = Array(repeating: nil, count: parameters.count)
    gradient = before
    after = before
    for (position, quantity) in trace.layout.quantities.enumerated() {
      switch quantity {
      case let .parameter(name): if let p = indices[name] { before[p] = position }
      case let .gradient(name): if let p = indices[name] { gradient[p] = position }
      case let .updated(name): if let p = indices[name] { after[p] = position }
      default: continue
      }
    }
  }
}
