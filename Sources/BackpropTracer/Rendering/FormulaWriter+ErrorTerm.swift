extension FormulaWriter {
  /// `entry` in the error-term convention: δ shown negated as Err = −δ (−(a × b) substituted),
  /// and the update of a parameter used once as p + η·Err·x. Only the presentation changes: the
  /// result of an update is the recorded value.
  func presentingAsErrorTerm(_ entry: EntryFormula, at position: Int) -> EntryFormula {
    var entry = entry
    let layout = trace.layout
    switch (layout.quantities[position], layout.derivations[position]) {
    case (.delta, .product):
      entry.formula = entry.formula.map { .negative($0) }
      entry.result = -trace.values[position]
    case (.updated, .update):  // operands p, g, η
      let o = layout.operandsOf(position)
      guard let gradient = o[1], case .product = layout.derivations[gradient],
        let slopePosition = layout.operands(of: gradient).last, slopePosition >= 0,
        case let .netSlopeParameter(neuron, _) = layout.quantities[slopePosition],
        let delta = layout.position(of: Quantity.delta(neuron).key)
      else { return entry }
      var input: MathFormula?  // x: what the slope copies (the input the parameter multiplies)
      if case .copy = layout.derivations[slopePosition], let source = layout.operandsOf(slopePosition)[0] {
        input = .entry(source, .factor)
      }
      let errorTerm = MathFormula.substitution(
        symbols: .symbol(notation.delta(neuron)), values: .value(-trace.values[delta], .factor))
      entry.formula = .sum([.operand(0, .asIs), .product([.operand(2, .factor), errorTerm] + (input.map { [$0] } ?? []))])
    default:
      break
    }
    return entry
  }
}
