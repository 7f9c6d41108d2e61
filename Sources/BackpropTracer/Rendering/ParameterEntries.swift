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
  ///
  /// The values before and after come in the order of the parameters, and a gradient in its
  /// parameter's section (or, for a batch, in order too), so each name is first compared with
  /// the parameter expected there.
  init(_ trace: Trace) {
    var names = ParameterNames(trace.network.parameters)
    before = Array(repeating: nil, count: trace.network.parameters.count)
    gradient = before
    after = before
    let quantities = trace.layout.quantities
    var next = (before: 0, gradient: 0, after: 0)
    for section in trace.layout.sections {
      let owner: Int?
      switch section.kind {
      case let .gradient(p, _), let .sharedGradient(p): owner = p
      default: owner = nil
      }
      for position in section.entries {
        switch quantities[position] {
        case let .parameter(name):
          guard let p = names.index(of: name, expected: next.before) else { continue }
          before[p] = position
          next.before = p + 1
        case let .gradient(name):
          guard let p = names.index(of: name, expected: owner ?? next.gradient) else { continue }
          gradient[p] = position
          next.gradient = p + 1
        case let .updated(name):
          guard let p = names.index(of: name, expected: next.after) else { continue }
          after[p] = position
          next.after = p + 1
        default: continue
        }
      }
    }
  }
}

/// The index of a parameter by its name, for names that mostly come in an expected order: a
/// name is compared with the expected parameter's, and only otherwise looked up in a dictionary
/// (made at the first such lookup).
private struct ParameterNames {
  let parameters: [Parameter]
  private var indices: [String: Int]?

  init(_ parameters: [Parameter]) { self.parameters = parameters }

  /// The index of the parameter called `name`, `expected` if that one is; nil when there is none.
  mutating func index(of name: String, expected: Int) -> Int? {
    if expected < parameters.count, parameters[expected].name == name { return expected }
    if indices == nil {
      var indices: [String: Int] = [:]
      indices.reserveCapacity(parameters.count)
      for (index, parameter) in parameters.enumerated() { indices[parameter.name] = index }
      self.indices = indices
    }
    return indices?[name]
  }
}
