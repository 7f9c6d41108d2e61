/// Writes a trace as JSON: title, source, steps, the deviation its fixture declares (`variant`,
/// only when it declares one), and every recorded value under its stable key,
/// in lecture order.
///
/// Numbers are written in full: the shortest decimal that reads back as the same `Double`, so
/// a program reading the export gets exactly the engine's values. The output is deterministic.
public enum JSONRenderer {
  /// The trace as a JSON document ending with a newline.
  public static func render(_ trace: Trace) -> String {
    String(decoding: renderUTF8(trace), as: UTF8.self)
  }

  /// `render(_:)` as UTF-8 bytes, for a file: the text is made as bytes, and a `String` of a
  /// large trace's export would be checked and copied once more.
  package static func renderUTF8(_ trace: Trace) -> [UInt8] {
    // Appended as bytes: a large trace has hundreds of thousands of lines.
    var output = TextBuffer(capacity: 64 + trace.count * 40)
    output += "{\n"
    output += "  \"title\": \(quoted(trace.title)),\n"
    output += "  \"source\": \(quoted(trace.source)),\n"
    output += "  \"steps\": \(trace.steps),\n"
    if let variant = trace.declaredVariant { output += "  \"variant\": \(quoted(variant.name)),\n" }
    output += "  \"values\": {"
    for position in 0..<trace.count {
      output += position == 0 ? "\n    " : ",\n    "
      appendQuoted(trace.layout.keys[position].rawValue, to: &output)
      output += ": "
      output += number(trace.values[position])
    }
    output += "\n  }\n}\n"
    return output.takeBytes()
  }

  /// A finite number in JSON syntax (`0.05`, `1e-05`, `3`); `null` for a non-finite one, which
  /// JSON cannot hold (the engine never records one).
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "null" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return value.description
  }

  /// Appends `quoted(text)`; a key (letters, digits and underscores) goes in between its quotes
  /// as it is, without a string made for it.
  private static func appendQuoted(_ text: String, to output: inout TextBuffer) {
    var text = text
    guard text.withUTF8({ $0.allSatisfy(isPlain) }) else { return output += quoted(text) }
    output += "\""
    output += text
    output += "\""
  }

  /// True for a byte that stands for itself in a JSON string: printable ASCII but a quote or a
  /// backslash.
  private static func isPlain(_ byte: UInt8) -> Bool {
    byte >= 0x20 && byte < 0x7F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
  }

  /// A JSON string literal: quotes, backslashes and control characters escaped.
  static func quoted(_ text: String) -> String {
    // Keys are letters, digits and underscores: nothing to escape.
    if text.utf8.allSatisfy(isPlain) {
      return "\"" + text + "\""
    }
    return Escaping.quoted(text) { scalar in
      switch scalar {
      case "\r": return "\\r"
      case "\t": return "\\t"
      default:
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      }
    }
  }
}
