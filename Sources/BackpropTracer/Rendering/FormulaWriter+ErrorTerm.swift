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
    case let (.updated, .update(parameter, _, rate)):
      let o = Operands(positions: layout.operands(of: position))
      guard let gradient = o[1], case .product = layout.derivations[gradient],
        let slopePosition = layout.operands(of: gradient).last, slopePosition >= 0,
        case let .netSlopeParameter(neuron, _) = layout.quantities[slopePosition],
        let delta = layout.position(of: Quantity.delta(neuron).key)
      else { return entry }
      var input: MathFormula?
      if case let .copy(source) = layout.derivations[slopePosition] {
        input = Operands(positions: layout.operands(of: slopePosition)).leaf(0, source).factor
      }
      let errorTerm = MathFormula.substitution(
        symbols: .symbol(notation.delta(neuron)), values: .value(-trace.values[delta], .factor))
      entry.formula = .sum([o.leaf(0, parameter), .product([o.leaf(2, rate).factor, errorTerm] + (input.map { [$0] } ?? []))])
    default:
      break
    }
    return entry
  }
}
