extension Judge {
  /// The judge as data, for a copy of the rule in another language (the JavaScript of a web
  /// page): its parameters, each condition's definition and the ordered rule table.
  ///
  /// ```json
  /// {"minimumSignificantDigits": 2,
  ///  "tolerance": {"*": {"relative": 0.01}, "w5_new": {"absolute": 0.0005}},
  ///  "conditions": {"exact-truth": "…", …},
  ///  "rules": [{"if": ["has-tolerance", "within-tolerance-of-truth"], "then": "correct"}, …]}
  /// ```
  /// A copy evaluates the rules in order and takes the first whose conditions all hold. The
  /// digits of a value are those of its shortest round-trip decimal text (Swift's `description`,
  /// JavaScript's `String(x)`), so both copies round the same digits.
  package var ruleTableJSON: String {
    var tolerance: [(String, Tolerance)] = tolerances.sorted { $0.key < $1.key }.map { ($0.key.rawValue, $0.value) }
    if let defaultTolerance { tolerance.insert(("*", defaultTolerance), at: 0) }
    let toleranceJSON = tolerance.map { "\(JSONRenderer.quoted($0.0)): \($0.1.json)" }.joined(separator: ", ")
    let conditions = Condition.allCases.map { "    \(JSONRenderer.quoted($0.rawValue)): \(JSONRenderer.quoted($0.definition))" }
    let rules = Self.rules.map { rule in
      let conditions = rule.conditions.map { JSONRenderer.quoted($0.rawValue) }.joined(separator: ", ")
      return "    {\"if\": [\(conditions)], \"then\": \(JSONRenderer.quoted(rule.judgement.rawValue))}"
    }
    return """
      {
        "minimumSignificantDigits": \(minimumSignificantDigits),
        "tolerance": {\(toleranceJSON)},
        "conditions": {
      \(conditions.joined(separator: ",\n"))
        },
        "rules": [
      \(rules.joined(separator: ",\n"))
        ]
      }

      """
  }
}

extension Tolerance {
  /// `{"absolute": 0.0005}` or `{"relative": 0.01}`: the form a fixture writes it in.
  package var json: String {
    switch self {
    case let .absolute(amount): return "{\"absolute\": \(JSONRenderer.number(amount))}"
    case let .relative(fraction): return "{\"relative\": \(JSONRenderer.number(fraction))}"
    }
  }
}
