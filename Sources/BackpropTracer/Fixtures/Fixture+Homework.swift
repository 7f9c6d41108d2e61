extension Fixture {
  /// Reads the optional "assignment", "minimumSignificantDigits" and "errata" of a fixture into
  /// `fixture`.
  ///
  /// - "assignment": the keys a homework on this example asks for, either as a list
  ///   `["net_h1", "out_h1"]` or as an object `{"keys": [...], "tolerance": {...}}` whose
  ///   "tolerance" grades some keys (or every key, `"*"`) within `{"absolute": 0.0005}` or
  ///   `{"relative": 0.01}` instead of at their printed precision.
  /// - "minimumSignificantDigits": the fewest significant digits a student's answer must show
  ///   (1 to 17; default 2).
  /// - "errata": `{"net_o1": {"printed": "1.1059", "correct": "1.1059", "note": "…"}}`; "note" is
  ///   optional; a key may not also be under "expected" (the erratum records what was printed).
  /// Every key is noted in `keys`, to be checked against the trace's layout.
  static func readHomework(_ root: JSONObject, into fixture: inout Fixture, keys: inout KeyReferences) throws(FixtureError) {
    var tolerances: [TraceKey: Tolerance] = [:]
    var defaultTolerance: Tolerance?
    if let node = root.optional("assignment") {
      var list = node
      if case .object = node.value.kind {
        let object = try node.object(keys: ["keys", "tolerance"])
        list = try object.required("keys")
        if let tolerance = object.optional("tolerance") {
          for member in try tolerance.members() {
            let value = try readTolerance(member.node)
            if member.key == "*" {
              defaultTolerance = value
            } else {
              tolerances[keys.named(member.key, at: member.node)] = value
            }
          }
        }
      }
      fixture.assignment = try readAssignmentKeys(list, keys: &keys)
    }
    var minimum = Judge.defaultMinimumSignificantDigits
    if let node = root.optional("minimumSignificantDigits") {
      minimum = try node.integer(in: 1...Judge.maximumSignificantDigits, what: "a number of significant digits")
    }
    fixture.judge = Judge(minimumSignificantDigits: minimum, tolerances: tolerances, defaultTolerance: defaultTolerance)
    if let node = root.optional("errata") {
      fixture.errata = try node.members().map { (member) throws(FixtureError) in
        let key = keys.named(member.key, at: member.node)
        guard !fixture.expected.contains(where: { $0.key == key }) else {
          throw member.node.error(.invalidValue("\"\(key)\" is also under \"expected\"; keep it in \"errata\" only, with the printed value"))
        }
        let object = try member.node.object(keys: ["printed", "correct", "note"])
        return Erratum(
          key: key, printed: try readPrinted(try object.required("printed")),
          correct: try readPrinted(try object.required("correct")), note: try object.optional("note")?.string() ?? "")
      }
    }
  }

  /// The keys of an assignment, each once.
  private static func readAssignmentKeys(_ node: JSONNode, keys references: inout KeyReferences) throws(FixtureError) -> [TraceKey] {
    var keys: [TraceKey] = []
    var seen: Set<TraceKey> = []
    for element in try node.array() {
      let key = references.named(try element.string(), at: element)
      guard seen.insert(key).inserted else { throw element.error(.invalidValue("\"\(key)\" is listed twice")) }
      keys.append(key)
    }
    return keys
  }

  /// `{"absolute": 0.0005}` or `{"relative": 0.01}`: exactly one, positive (a relative one at most 1).
  private static func readTolerance(_ node: JSONNode) throws(FixtureError) -> Tolerance {
    let object = try node.object(keys: ["absolute", "relative"])
    let absolute = object.optional("absolute"), relative = object.optional("relative")
    guard (absolute == nil) != (relative == nil) else {
      throw node.error(.invalidValue("expected one of \"absolute\" or \"relative\", such as {\"relative\": 0.01}"))
    }
    let amountNode = absolute ?? relative ?? node
    let amount = try amountNode.number()
    guard amount > 0 else { throw amountNode.error(.invalidValue("a tolerance must be positive, found \(amount)")) }
    guard absolute != nil || amount <= 1 else {
      throw amountNode.error(.invalidValue("a relative tolerance is a fraction (0.05 for 5%), at most 1; found \(amount)"))
    }
    return absolute != nil ? .absolute(amount) : .relative(amount)
  }
}
