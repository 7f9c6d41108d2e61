/// Bad input, located well enough to fix by hand: the file, the JSON path, the line and column,
/// what was expected and what was found.
public struct FixtureError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What is wrong.
  public enum Problem: Equatable, Sendable {
    /// The file could not be read at all.
    case unreadable(String)
    /// The text is not valid JSON.
    case malformedJSON(String)
    /// A key that the format does not have, with the nearest known key when one is close.
    case unknownKey(String, suggestion: String?)
    /// A required key is absent.
    case missingKey(String)
    /// A value of the wrong JSON type.
    case wrongType(expected: String, found: String)
    /// A list of the wrong length: "expected 2 rows (one per neuron of the layer), found 3".
    case wrongCount(expected: Int, found: Int, of: String)
    /// A name that is not one of the known ones ("activation", "relu2", [sigmoid, tanh, …]).
    case unknownName(kind: String, name: String, known: [String])
    /// Any other invalid value, described in one sentence.
    case invalidValue(String)
  }

  /// The file as named on the command line: `Fixtures/mazur-2-2-2.json`.
  public var file: String
  /// The JSON path: `network.layers[1].weights`; "" for the whole document.
  public var path: String
  /// Where in the file, when known.
  public var position: JSONPosition?
  /// What is wrong.
  public var problem: Problem

  /// Creates an error.
  public init(file: String, path: String, position: JSONPosition?, problem: Problem) {
    self.file = file
    self.path = path
    self.position = position
    self.problem = problem
  }

  /// One line: `file:line:column: path: message`.
  public var description: String {
    let location = position.map { "\(file):\($0.line):\($0.column)" } ?? file
    let subject = path.isEmpty ? "" : "\(path): "
    return "\(location): \(subject)\(message)"
  }

  /// The message without the location.
  public var message: String {
    switch problem {
    case let .unreadable(reason): return "cannot read the file: \(reason)"
    case let .malformedJSON(reason): return "not valid JSON: \(reason)"
    case let .unknownKey(key, suggestion):
      return "unknown key \"\(key.terminalSafe)\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
    case let .missingKey(key): return "missing key \"\(key)\""
    case let .wrongType(expected, found): return "expected \(expected), found \(found)"
    case let .wrongCount(expected, found, what): return "expected \(expected) \(what), found \(found)"
    case let .unknownName(kind, name, known):
      // A long list (the parameters of a large network) is cut to a screenful.
      let shown = known.count > 20 ? known.prefix(20) + ["… (\(known.count) in all)"] : known[...]
      return "unknown \(kind) \"\(name.terminalSafe)\"; expected one of: " + shown.joined(separator: ", ")
    case let .invalidValue(sentence): return sentence
    }
  }
}
