/// Turns a ``GraphError`` into a ``FixtureError`` at the JSON value it is about: a definition's
/// string (with the column in the definition's text), an input, `output`, or `definitions`.
struct GraphErrorLocation {
  let definitions: JSONNode
  let lines: [(node: JSONNode, text: String)]
  let inputs: [(key: String, node: JSONNode)]
  let output: JSONNode?
  let root: JSONNode

  func locate(_ error: GraphError) -> FixtureError {
    guard let name = error.definition, let index = lines.firstIndex(where: { Self.name(of: $0.text) == name }) else {
      return wholeGraph(error)
    }
    let (node, text) = lines[index]
    let offset = Self.formulaOffset(in: text)
    let problem: GraphError.Problem
    let column: Int?
    switch error.problem {
    case .formula(let inner):
      column = inner.column + offset
      problem = .formula(ExpressionError(column: inner.column + offset, message: inner.message))
    case .undefinedName(let used, let at, let suggestion):
      column = at + offset
      problem = .undefinedName(used, column: at + offset, suggestion: suggestion)
    case .usesItself(let at):
      column = at + offset
      problem = .usesItself(column: at + offset)
    default:
      column = nil
      problem = error.problem
    }
    var message = GraphError(definition: name, problem: problem).description
    let prefix = "definition of \(name): "
    if message.hasPrefix(prefix) { message = String(message.dropFirst(prefix.count)) }
    var position = node.value.position
    if let column { position.column += column }
    return FixtureError(file: node.file, path: node.path, position: position, problem: .invalidValue(message))
  }

  private func wholeGraph(_ error: GraphError) -> FixtureError {
    let message = error.description
    switch error.problem {
    case .unknownOutput: return (output ?? root).error(.invalidValue(message))
    case .definedTwice(let name), .invalidName(let name):
      if let input = inputs.first(where: { $0.key == name }), case .invalidName = error.problem {
        return input.node.error(.invalidValue(message))
      }
      let uses = lines.filter { Self.name(of: $0.text) == name }.map(\.node)
      return (uses.last ?? inputs.last { $0.key == name }?.node ?? definitions).error(.invalidValue(message))
    default: return definitions.error(.invalidValue(message))
    }
  }

  /// The name a definition line defines (before its first `=`, trimmed).
  static func name(of line: String) -> String? {
    guard let equals = line.firstIndex(of: "=") else { return nil }
    return line[..<equals].trimmingSpaces
  }

  /// How many characters of the line come before its formula: `y = x^3` → 4.
  static func formulaOffset(in line: String) -> Int {
    guard let equals = line.firstIndex(of: "=") else { return 0 }
    let afterEquals = line.distance(from: line.startIndex, to: equals) + 1
    return afterEquals + line[line.index(after: equals)...].prefix { $0.isWhitespace }.count
  }
}
