/// A parsed JSON document that remembers what `JSONSerialization` forgets: where each value
/// starts in the text, the order of an object's keys, and the exact digits of each number.
///
/// Fixtures are read through this type so that every error can name a line and column, a
/// duplicated key is an error rather than a silent overwrite, and a printed value such as
/// `0.40` keeps its two decimals.
package struct JSONValue: Equatable, Sendable {
  /// The kinds of JSON value, with their contents.
  package enum Kind: Equatable, Sendable {
    case null
    case bool(Bool)
    /// A number, kept as written (`0.40`, `-1e-3`).
    case number(String)
    case string(String)
    case array([JSONValue])
    /// Members in the order they were written. Keys are unique (the parser rejects duplicates).
    case object([(key: String, value: JSONValue)])

    package static func == (lhs: Kind, rhs: Kind) -> Bool {
      switch (lhs, rhs) {
      case (.null, .null): return true
      case let (.bool(a), .bool(b)): return a == b
      case let (.number(a), .number(b)): return a == b
      case let (.string(a), .string(b)): return a == b
      case let (.array(a), .array(b)): return a == b
      case let (.object(a), .object(b)):
        return a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
      default: return false
      }
    }
  }

  /// What the value is.
  package var kind: Kind
  /// Where the value starts in the text (1-based line and column).
  package var position: JSONPosition

  /// Creates a value at a position.
  package init(_ kind: Kind, at position: JSONPosition) {
    self.kind = kind
    self.position = position
  }

  /// A short name of the value's type for error messages: "a number", "an object", ….
  package var typeDescription: String {
    switch kind {
    case .null: return "null"
    case .bool: return "a boolean"
    case .number: return "a number"
    case .string: return "a string"
    case .array: return "an array"
    case .object: return "an object"
    }
  }
}

/// A place in a text: 1-based line and column, counted in Unicode scalars.
public struct JSONPosition: Equatable, Sendable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`, as compilers print it.
  public var description: String { "\(line):\(column)" }
}
