extension FormulaWriter {
  /// Appends the line of the entry at `position` to `math`: what `math.append(formula(at:))`
  /// appends.
  ///
  /// The derivations nearly every entry of a large trace has (a given value, a copy, a
  /// chain-rule product, an update) are written straight into the display, without a string per
  /// step; the others, and every entry in the error-term convention, go through `formula(at:)`.
  func appendLine(at position: Int, to math: inout AlignedMath) {
    guard !notation.errorTerm else { return math.append(formula(at: position)) }
    let layout = trace.layout
    let o = Operands(positions: layout.operands(of: position))
    switch layout.derivations[position] {
    case .given, .repeatedSteps, .one, .countNonZero:
      math.startLine(symbol(at: position))
      math.startStep(first: true)
    case let .copy(key):
      math.startLine(symbol(at: position))
      math.startStep(first: true)
      math.write(symbol(key, o[0]))
      math.startStep(first: false)
    case let .product(keys) where keys.count > 1:
      // Two or more factors: the substituted step has a `\times`, so it never equals the result.
      math.startLine(symbol(at: position))
      math.startStep(first: true)
      for (index, key) in keys.enumerated() {
        if index > 0 { math.write(" \\times ") }
        math.write(symbol(key, o[index]))
      }
      math.startStep(first: false)
      for index in keys.indices {
        if index > 0 { math.write(" \\times ") }
        writeOperand(o[index], to: &math)
      }
      math.startStep(first: false)
    case let .update(parameter, gradient, rate):
      math.startLine(symbol(at: position))
      math.startStep(first: true)
      math.write(symbol(parameter, o[0]))
      math.write(" - ")
      math.write(symbol(rate, o[2]))
      math.write(" \\times ")
      math.write(symbol(gradient, o[1]))
      math.startStep(first: false)
      math.write(number(o[0]))
      math.write(" - ")
      writeOperand(o[2], to: &math)
      math.write(" \\times ")
      writeOperand(o[1], to: &math)
      math.startStep(first: false)
    default:
      return math.append(formula(at: position))
    }
    math.write(number(at: position))
  }

  /// An operand as a factor: in parentheses when negative or in scientific form.
  private func writeOperand(_ position: Int?, to math: inout AlignedMath) {
    let text = number(position)
    guard needsParentheses(text) else { return math.write(text) }
    math.write("(")
    math.write(text)
    math.write(")")
  }
}
