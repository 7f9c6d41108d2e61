/// A JSON value together with its file and JSON path, with typed accessors whose errors say
/// where the value is, what was expected and what was found.
///
/// The path is put together only when an error asks for it, so reading a large object or array
/// formats no text per element.
struct JSONNode {
  let value: JSONValue
  let file: String
  /// The path of the containing value ("" for the root's members).
  private let parentPath: String
  /// Where the value is in its container.
  private let step: Step

  private enum Step {
    case root
    case key(String)
    case index(Int)
  }

  private init(value: JSONValue, file: String, parentPath: String, step: Step) {
    self.value = value
    self.file = file
    self.parentPath = parentPath
    self.step = step
  }

  /// The JSON path: `network.layers[1].weights`, "" for the root.
  var path: String {
    switch step {
    case .root: return ""
    case let .key(key): return parentPath.isEmpty ? key.terminalSafe : "\(parentPath).\(key.terminalSafe)"
    case let .index(index): return "\(parentPath)[\(index)]"
    }
  }

  /// The root of a JSON document, or a `FixtureError` at the line and column where the text
  /// stops being JSON.
  static func document(_ bytes: [UInt8], file: String) throws(FixtureError) -> JSONNode {
    do {
      return JSONNode(value: try JSONParser.parse(bytes), file: file, parentPath: "", step: .root)
    } catch {
      throw FixtureError(file: file, path: "", position: error.position, problem: .malformedJSON(error.message))
    }
  }

  /// An error about this value.
  func error(_ problem: FixtureError.Problem) -> FixtureError {
    FixtureError(file: file, path: path, position: value.position, problem: problem)
  }

  /// The members of an object, after checking that every key is one of `keys`.
  func object(keys: [String]) throws(FixtureError) -> JSONObject {
    let members = try members()
    let known = Set(keys)
    for member in members where !known.contains(member.key) {
      throw member.node.error(.unknownKey(member.key, suggestion: nearestName(to: member.key, among: keys)))
    }
    return JSONObject(node: self, members: members)
  }

  /// The members of an object whose keys are free (names chosen by the user), in written order.
  func members() throws(FixtureError) -> [(key: String, node: JSONNode)] {
    guard case let .object(members) = value.kind else {
      throw error(.wrongType(expected: "an object", found: value.typeDescription))
    }
    let base = path
    return members.map { ($0.key, JSONNode(value: $0.value, file: file, parentPath: base, step: .key($0.key))) }
  }

  /// The elements of an array.
  func array() throws(FixtureError) -> [JSONNode] {
    guard case let .array(elements) = value.kind else {
      throw error(.wrongType(expected: "an array", found: value.typeDescription))
    }
    let base = path
    return elements.enumerated().map { JSONNode(value: $0.element, file: file, parentPath: base, step: .index($0.offset)) }
  }

  /// A string.
  func string() throws(FixtureError) -> String {
    guard case let .string(text) = value.kind else {
      throw error(.wrongType(expected: "a string", found: value.typeDescription))
    }
    return text
  }

  /// A finite number.
  func number() throws(FixtureError) -> Double {
    guard case let .number(text) = value.kind else {
      throw error(.wrongType(expected: "a number", found: value.typeDescription))
    }
    guard let number = Double(text), number.isFinite else {
      throw error(.invalidValue("the number \(text.terminalSafe) is too large to represent"))
    }
    return number
  }

  /// A whole number in `range`; `what` names it in messages ("a whole number", "a batch size").
  func integer(in range: ClosedRange<Int>, what: String = "a whole number") throws(FixtureError) -> Int {
    guard case let .number(text) = value.kind else {
      throw error(.wrongType(expected: what, found: value.typeDescription))
    }
    guard let integer = Int(text) else {
      throw error(.wrongType(expected: what, found: text))
    }
    guard range.contains(integer) else {
      throw error(.invalidValue("expected \(what) from \(range.lowerBound) to \(range.upperBound), found \(integer)"))
    }
    return integer
  }

  /// A name for a neuron, an input or a parameter: letters and digits only.
  func name(_ kind: String) throws(FixtureError) -> String {
    let text = try string()
    if let problem = nameProblem(text, kind: kind) { throw error(.invalidValue(problem)) }
    return text
  }
}

/// The members of a JSON object, looked up by key.
struct JSONObject {
  let node: JSONNode
  private let members: [(key: String, node: JSONNode)]
  /// The position of each key among `members` (keys are unique: the parser rejects duplicates).
  private let positions: [String: Int]

  init(node: JSONNode, members: [(key: String, node: JSONNode)]) {
    self.node = node
    self.members = members
    var positions: [String: Int] = [:]
    positions.reserveCapacity(members.count)
    for (position, member) in members.enumerated() { positions[member.key] = position }
    self.positions = positions
  }

  /// The member with this key, or nil.
  func optional(_ key: String) -> JSONNode? {
    positions[key].map { members[$0].node }
  }

  /// The member with this key; its absence is an error located at the object.
  func required(_ key: String) throws(FixtureError) -> JSONNode {
    guard let member = optional(key) else { throw node.error(.missingKey(key)) }
    return member
  }
}

/// Why `text` cannot name an input, neuron or parameter, or nil when it can.
///
/// Names are 1 to 32 ASCII letters and digits, so trace keys (which join names with `_`) stay
/// unambiguous and names are safe to print in LaTeX, Markdown and SVG.
func nameProblem(_ text: String, kind: String) -> String? {
  // Bytes, not characters: a name of ASCII letters and digits has one byte per character.
  let bytes = text.utf8
  guard bytes.isEmpty || bytes.count > 32 || !bytes.allSatisfy({ Unicode.Scalar($0).isASCIIAlphanumeric }) else {
    return nil
  }
  return "\(kind) names are 1 to 32 ASCII letters and digits (such as h1, w5, theta4), found \"\(text.terminalSafe)\""
}

extension String {
  /// The text as it may be shown in a terminal message: printable ASCII kept, anything else
  /// (control characters, escape sequences, other scripts) as `\u{…}`, cut after 40 characters.
  package var terminalSafe: String { escapedForTerminal(cutAfter: 40) }

  /// A file's path as it may be shown in a terminal message: escaped like `terminalSafe`, but
  /// never cut, so the message names the file in full.
  package var terminalSafePath: String { escapedForTerminal(cutAfter: nil) }

  private func escapedForTerminal(cutAfter limit: Int?) -> String {
    var shown = ""
    for (count, scalar) in unicodeScalars.enumerated() {
      if count == limit { return shown + "…" }
      shown += (0x20..<0x7F).contains(scalar.value) ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
    }
    return shown
  }
}

extension Unicode.Scalar {
  /// True for A–Z, a–z and 0–9.
  var isASCIIAlphanumeric: Bool {
    ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
  }
}
