extension JSONValue {
  /// The value as JSON text ending with a newline, in the layout people write fixtures in:
  /// members in their order, numbers exactly as they were written (`0.40` keeps its zero), two
  /// spaces of indentation, a container on one line when it holds no object (or is an object
  /// of plain values) and fits in `lineWidth` characters, and a longer list of plain values
  /// over as few lines as fit.
  func written(lineWidth: Int = 100) -> String {
    var text = ""
    write(to: &text, indent: "", lineWidth: lineWidth)
    return text + "\n"
  }

  private func write(to text: inout String, indent: String, lineWidth: Int) {
    if let line = oneLine(), line.count + indent.count <= lineWidth {
      text += line
      return
    }
    let inner = indent + "  "
    switch kind {
    case let .array(elements) where elements.allSatisfy(\.isScalar):
      // A long list of plain values: as many to a line as fit, as fixtures list their keys.
      var lines: [String] = []
      for element in elements {
        let part = (element.oneLine() ?? "") + ","
        if let last = lines.last, last.count + 1 + part.count <= lineWidth {
          lines[lines.count - 1] = last + " " + part
        } else {
          lines.append(inner + part)
        }
      }
      text += "[\n" + String(lines.joined(separator: "\n").dropLast()) + "\n" + indent + "]"
    case let .array(elements):
      text += "[\n"
      for (index, element) in elements.enumerated() {
        text += inner
        element.write(to: &text, indent: inner, lineWidth: lineWidth)
        text += index + 1 < elements.count ? ",\n" : "\n"
      }
      text += indent + "]"
    case let .object(members):
      text += "{\n"
      for (index, member) in members.enumerated() {
        text += inner + JSONRenderer.quoted(member.key) + ": "
        member.value.write(to: &text, indent: inner, lineWidth: lineWidth)
        text += index + 1 < members.count ? ",\n" : "\n"
      }
      text += indent + "}"
    default:
      text += oneLine() ?? ""
    }
  }

  /// True for a value that is not a container.
  private var isScalar: Bool {
    switch kind {
    case .array, .object: return false
    default: return true
    }
  }

  /// The value on one line, or nil when it should spread over several: an array holding an
  /// object, or an object holding a container.
  private func oneLine() -> String? {
    switch kind {
    case .null: return "null"
    case let .bool(value): return value ? "true" : "false"
    case let .number(text): return text
    case let .string(text): return JSONRenderer.quoted(text)
    case let .array(elements):
      var parts: [String] = []
      for element in elements {
        if case .object = element.kind { return nil }
        guard let part = element.oneLine() else { return nil }
        parts.append(part)
      }
      return "[" + parts.joined(separator: ", ") + "]"
    case let .object(members):
      if members.isEmpty { return "{}" }
      var parts: [String] = []
      for member in members {
        switch member.value.kind {
        case .array, .object: return nil
        default: parts.append(JSONRenderer.quoted(member.key) + ": " + (member.value.oneLine() ?? ""))
        }
      }
      return "{ " + parts.joined(separator: ", ") + " }"
    }
  }
}
