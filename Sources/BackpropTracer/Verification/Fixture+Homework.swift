/// A value a book printed wrongly, recorded in a fixture with its correction, so `check` can
/// report it as a known slip instead of failing.
public struct Erratum: Equatable, Sendable {
  /// The key of the value.
  public let key: TraceKey
  /// The value as the book printed it.
  public let printed: PrintedNumber
  /// The correct value, at the precision the fixture gives.
  public let correct: PrintedNumber
  /// What the slip is; "" when the fixture says nothing.
  public let note: String

  /// Creates an erratum.
  public init(key: TraceKey, printed: PrintedNumber, correct: PrintedNumber, note: String) {
    self.key = key
    self.printed = printed
    self.correct = correct
    self.note = note
  }
}

extension Fixture {
  /// Reads the optional "assignment" and "errata" of a fixture into `fixture`.
  ///
  /// - "assignment": the keys a homework on this example asks for, `["net_h1", "out_h1"]`.
  /// - "errata": `{"net_o1": {"printed": "1.1059", "correct": "1.1059", "note": "…"}}`; "note" is
  ///   optional; a key may not also be under "expected" (the erratum records what was printed).
  /// Every key must be a key of the trace (the nearest is suggested).
  static func readHomework(_ root: JSONObject, into fixture: inout Fixture, layout: TraceLayout) throws(FixtureError) {
    if let node = root.optional("assignment") {
      var keys: [TraceKey] = []
      for element in try node.array() {
        let key = try traceKey(element, text: try element.string(), layout: layout)
        guard !keys.contains(key) else { throw element.error(.invalidValue("\"\(key)\" is listed twice")) }
        keys.append(key)
      }
      fixture.assignment = keys
    }
    if let node = root.optional("errata") {
      fixture.errata = try node.members().map { (member) throws(FixtureError) in
        let key = try traceKey(member.node, text: member.key, layout: layout)
        guard !fixture.expected.contains(where: { $0.key == key }) else {
          throw member.node.error(.invalidValue("\"\(key)\" is also under \"expected\"; keep it in \"errata\" only, with the printed value"))
        }
        let object = try member.node.object(keys: ["printed", "correct", "note"])
        return Erratum(
          key: key, printed: try printedNumber(try object.required("printed")),
          correct: try printedNumber(try object.required("correct")), note: try object.optional("note")?.string() ?? "")
      }
    }
  }

  /// `text` as a key of `layout`, or an unknown-key error at `node` with the nearest key.
  private static func traceKey(_ node: JSONNode, text: String, layout: TraceLayout) throws(FixtureError) -> TraceKey {
    guard layout.position(of: TraceKey(text)) != nil else {
      throw node.error(.unknownKey(text, suggestion: nearestName(to: text, among: layout.keys.map(\.rawValue))))
    }
    return TraceKey(text)
  }

  /// A printed number written as a JSON string (`"0.3775"`) or number.
  private static func printedNumber(_ node: JSONNode) throws(FixtureError) -> PrintedNumber {
    let text: String
    switch node.value.kind {
    case let .string(string): text = string
    case let .number(number): text = number
    default:
      throw node.error(.wrongType(expected: "a printed number, such as \"0.3775\"", found: node.value.typeDescription))
    }
    guard let printed = PrintedNumber(text) else {
      throw node.error(.invalidValue("expected a printed number such as \"0.3775\", found \"\(text.terminalSafe)\""))
    }
    return printed
  }
}
