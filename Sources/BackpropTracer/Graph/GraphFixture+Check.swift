extension GraphFixture {
  /// Compares every printed value of the fixture with the trace, in the fixture's order, with
  /// the same rule as network fixtures (rounded or truncated to the printed decimals).
  package func check() -> CheckReport {
    CheckReport(file: file, values: expected.compactMap { expected in
      guard let computed = trace.value(of: expected.key.rawValue, in: graph) else { return nil }
      return CheckedValue(key: expected.key, printed: expected.printed, computed: computed, match: expected.printed.match(computed))
    })
  }
}
