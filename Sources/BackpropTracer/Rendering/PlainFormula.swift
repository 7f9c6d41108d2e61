/// One recorded value written out for a terminal, in plain ASCII: the key on the left, the
/// formula in keys, the formula with numbers substituted, and the result.
///
/// `out_h1 = 1 / (1 + e^(-net_h1)) = 1 / (1 + e^(-0.3775)) = 0.593269992`. Symbols are the
/// trace's keys, the names a student types answers under, so no notation is involved.
public struct PlainFormula: Equatable, Sendable {
  /// The key on the left: `out_h1`.
  public var symbol: String
  /// The formula in keys, or nil for a given value (and for the constant 1).
  public var formula: String?
  /// The formula with the numbers substituted, or nil when it would repeat `formula` or
  /// `result`.
  public var substituted: String?
  /// The value: `0.593269992`.
  public var result: String

  /// Creates a formula.
  public init(symbol: String, formula: String?, substituted: String?, result: String) {
    self.symbol = symbol
    self.formula = formula
    self.substituted = substituted
    self.result = result
  }

  /// `symbol = formula`, or `symbol = result` for a value without a formula.
  public var definition: String { "\(symbol) = \(formula ?? result)" }

  /// The whole step as aligned lines, each `=` under the first, after `indent`:
  ///
  ///     out_h1 = 1 / (1 + e^(-net_h1))
  ///            = 1 / (1 + e^(-0.3775))
  ///            = 0.593269992
  public func alignedLines(indent: String) -> String {
    let steps = [formula, substituted].compactMap { $0 } + [result]
    let pad = indent + String(repeating: " ", count: symbol.count)
    return steps.enumerated().map { index, step in
      (index == 0 ? indent + symbol : pad) + " = " + step + "\n"
    }.joined()
  }

  /// The whole step on one line: `symbol = formula = substituted = result`, leaving out the
  /// parts that are missing.
  public var workedStep: String {
    ([symbol] + [formula, substituted].compactMap { $0 } + [result]).joined(separator: " = ")
  }
}

/// Writes `PlainFormula`s for the entries of one trace, from their derivations: the plain-text
/// counterpart of `FormulaWriter`, for terminals.
///
/// Products are written with `*`, powers with `^`, a negative number in a product or after a
/// `+` in parentheses: `0.4 - 0.5 * (-0.0226)`. Sums longer than
/// `FormulaWriter.longestWrittenSum` terms keep their first three terms, `...` and the last.
public struct PlainFormulaWriter: Sendable {
  /// The record whose entries are written; its values are the ones substituted.
  public let trace: Trace
  /// How numbers are printed (`NumberFormat.plain`).
  public let format: NumberFormat

  /// Creates a writer.
  public init(trace: Trace, format: NumberFormat = .standard) {
    self.trace = trace
    self.format = format
  }

  /// The formula of the entry at `position`.
  public func formula(at position: Int) -> PlainFormula {
    let layout = trace.layout
    var written = PlainFormula(
      symbol: layout.keys[position].rawValue, formula: nil, substituted: nil,
      result: format.plain(trace.values[position]))
    if let (formula, substituted) = parts(of: layout.derivations[position]) {
      written.formula = formula
      written.substituted = substituted
    }
    if written.formula == written.result { written.formula = nil }
    if written.substituted == written.result || written.substituted == written.formula { written.substituted = nil }
    return written
  }

  /// The formula in keys and with numbers, or nil when the derivation has no formula.
  private func parts(of derivation: Derivation) -> (String, String?)? {
    switch derivation {
    case .given, .repeatedSteps, .one:
      return nil
    case let .weightedSum(weights, inputs, bias):
      let pairs = Array(zip(weights, inputs))
      return (
        sum(pairs.map { "\($0.0) * \($0.1)" } + (bias.map { [$0.rawValue] } ?? [])),
        sum(pairs.map { "\(operand($0.0)) * \(operand($0.1))" } + (bias.map { [number($0)] } ?? []))
      )
    case let .activation(activation, net):
      return activationParts(activation, net)
    case let .activationSlope(activation, net, out):
      return slopeParts(activation, net: net, out: out)
    case let .softmax(net, nets):
      return ("e^\(net) / (\(sum(nets.map { "e^\($0)" })))", "e^\(operand(net)) / (\(sum(nets.map { "e^\(operand($0))" })))")
    case let .logSumExp(nets):
      return ("log(\(sum(nets.map { "e^\($0)" })))", "log(\(sum(nets.map { "e^\(operand($0))" })))")
    case let .softmaxSlope(outI, outJ, same):
      return same
        ? ("\(outI) * (1 - \(outI))", "\(operand(outI)) * (1 - \(operand(outI)))")
        : ("-\(outI) * \(outJ)", "-\(operand(outI)) * \(operand(outJ))")
    case let .errorTerm(loss, target, output, _, _, count):
      return errorParts(loss, target: target, output: output, count: count, slope: false)
    case let .errorSlope(loss, target, output, count):
      return errorParts(loss, target: target, output: output, count: count, slope: true)
    case let .jacobianChain(factors, slopes):
      let pairs = Array(zip(factors, slopes))
      return (sum(pairs.map { "\($0.0) * \($0.1)" }), sum(pairs.map { "\(operand($0.0)) * \(operand($0.1))" }))
    case let .outputMinusTarget(output, target):
      return ("\(output) - \(target)", "\(number(output)) - \(operand(target))")
    case let .difference(a, b):
      return ("\(a) - \(b)", "\(number(a)) - \(operand(b))")
    case let .perceptronUpdate(parameter, rate, error, input):
      return (
        "\(parameter) + \(rate) * \(error)" + (input.map { " * \($0)" } ?? ""),
        "\(number(parameter)) + \(number(rate)) * \(operand(error))" + (input.map { " * \(operand($0))" } ?? "")
      )
    case let .countNonZero(keys):
      return ("how many of \(keys.map(\.rawValue).joined(separator: ", ")) are not 0", "how many of \(keys.map(number).joined(separator: ", ")) are not 0")
    case let .sum(keys) where keys.isEmpty:
      return ("0", nil)
    case let .sum(keys):
      return (sum(keys.map(\.rawValue)), sum(keys.map(number)))
    case let .mean(keys):
      return ("(\(sum(keys.map(\.rawValue)))) / \(keys.count)", "(\(sum(keys.map(number)))) / \(keys.count)")
    case let .product(keys):
      return (keys.map(\.rawValue).joined(separator: " * "), keys.map(operand).joined(separator: " * "))
    case let .copy(key):
      return (key.rawValue, number(key))
    case let .update(parameter, gradient, rate):
      return ("\(parameter) - \(rate) * \(gradient)", "\(number(parameter)) - \(operand(rate)) * \(operand(gradient))")
    case let .velocity(previous, gradient, momentum, rate, averaged):
      return averaged
        ? ("\(momentum) * \(previous) + (1 - \(momentum)) * \(gradient)",
           "\(number(momentum)) * \(operand(previous)) + (1 - \(number(momentum))) * \(operand(gradient))")
        : ("\(momentum) * \(previous) - \(rate) * \(gradient)",
           "\(number(momentum)) * \(operand(previous)) - \(number(rate)) * \(operand(gradient))")
    case let .momentumStep(parameter, velocity, rate, averaged):
      return averaged
        ? ("\(parameter) - \(rate) * \(velocity)", "\(number(parameter)) - \(number(rate)) * \(operand(velocity))")
        : ("\(parameter) + \(velocity)", "\(number(parameter)) + \(operand(velocity))")
    case let .penalty(weights, decay):
      return ("\(decay) / 2 * (\(sum(weights.map { "\($0)^2" })))", "\(number(decay)) / 2 * (\(sum(weights.map { "\(operand($0))^2" })))")
    case let .penaltySlope(weight, decay):
      return ("\(decay) * \(weight)", "\(number(decay)) * \(operand(weight))")
    }
  }

  /// A value as printed on its own.
  func number(_ key: TraceKey) -> String { format.plain(trace[key] ?? .nan) }

  /// A value as a factor, a term after the first or a power: in parentheses when negative.
  func operand(_ key: TraceKey) -> String {
    let text = number(key)
    return text.hasPrefix("-") ? "(\(text))" : text
  }

  /// Terms joined by `+`, a negative term after the first in parentheses; long sums shortened.
  func sum(_ terms: [String]) -> String {
    let shown = terms.enumerated().map { index, term in index > 0 && term.hasPrefix("-") ? "(\(term))" : term }
    guard shown.count > FormulaWriter.longestWrittenSum else { return shown.joined(separator: " + ") }
    return (shown.prefix(3) + ["...", shown[shown.count - 1]]).joined(separator: " + ")
  }
}
