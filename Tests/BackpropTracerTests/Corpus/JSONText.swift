/// A JSON value built by the generators, written as text so that generated fixtures go through
/// the same loader as a lecturer's file.
indirect enum JSONText {
  case string(String)
  case number(Double)
  case null
  case array([JSONText])
  case object([(String, JSONText)])

  /// The value as JSON text (compact, keys in the order given).
  var text: String {
    switch self {
    case let .string(text): return Self.quoted(text)
    case let .number(value): return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : "\(value)"
    case .null: return "null"
    case let .array(items): return "[" + items.map(\.text).joined(separator: ", ") + "]"
    case let .object(members): return "{" + members.map { Self.quoted($0.0) + ": " + $0.1.text }.joined(separator: ", ") + "}"
    }
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    var output = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: output.unicodeScalars.append(scalar)
      }
    }
    return output + "\""
  }
}

extension Array where Element == String {
  /// The names as a JSON array of strings.
  var json: JSONText { .array(map { .string($0) }) }
}
