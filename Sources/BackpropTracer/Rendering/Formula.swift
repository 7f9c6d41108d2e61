/// One recorded value written out the way a lecture does: the symbol, the formula, the formula
/// with numbers substituted, and the result — all as TeX math.
public struct Formula: Equatable, Sendable {
  /// The symbol on the left: `\mathrm{net}_{h1}`.
  public var symbol: String
  /// The formula in symbols, or nil for a given value.
  public var formula: String?
  /// The formula with the numbers substituted, or nil when it would repeat `formula` or `result`.
  public var substituted: String?
  /// The value: `0.3775`.
  public var result: String
}

/// Writes `Formula`s for the entries of one trace; shared by the Markdown and LaTeX renderers.
public struct FormulaWriter: Sendable {
  /// What a writer holds, in one object, so that a copy (in every closure that uses the writer)
  /// costs one reference.
  private final class Storage: Sendable {
    let trace: Trace
    let notation: Notation
    let format: NumberFormat
    /// Every entry's symbol and printed value, made up front; empty when made on demand.
    let symbols: [String]
    let numbers: [String]

    init(trace: Trace, notation: Notation, format: NumberFormat, precomputing: Bool) {
      self.trace = trace
      self.notation = notation
      self.format = format
      symbols = precomputing ? trace.layout.quantities.map(notation.symbol) : []
      numbers = precomputing ? trace.values.map(format.tex) : []
    }
  }

  private let storage: Storage
  /// The record whose entries are written.
  public var trace: Trace { storage.trace }
  /// Symbols.
  public var notation: Notation { storage.notation }
  /// How numbers are printed.
  public var format: NumberFormat { storage.format }
  private var symbols: [String] { storage.symbols }
  private var numbers: [String] { storage.numbers }

  /// Sums longer than this many terms are shortened to their first three terms, `\dots` and
  /// the last, so that a 784-input neuron still fits on a line.
  public static let longestWrittenSum = 8

  /// Creates a writer. With `precomputing`, every entry's symbol and printed value are made once
  /// up front (each is used several times when the whole trace is written); without it (a few
  /// entries of a large trace), each is made when it is needed.
  public init(trace: Trace, notation: Notation, format: NumberFormat, precomputing: Bool = true) {
    storage = Storage(trace: trace, notation: notation, format: format, precomputing: precomputing)
  }

  /// The symbol of the entry at `position`.
  public func symbol(at position: Int) -> String {
    symbols.isEmpty ? notation.symbol(trace.layout.quantities[position]) : symbols[position]
  }

  /// The value of the entry at `position` as printed.
  public func number(at position: Int) -> String {
    numbers.isEmpty ? format.tex(trace.values[position]) : numbers[position]
  }

  /// The printed result of the entry at `position`: its value, negated for a δ shown as the
  /// error term Err = −δ. The same as `formula(at:).result`, without the formula.
  public func result(at position: Int) -> String {
    if notation.errorTerm, case .delta = trace.layout.quantities[position], case .product = trace.layout.derivations[position] {
      return format.tex(-trace.values[position])
    }
    return number(at: position)
  }

  /// The formula of the entry at `position`.
  public func formula(at position: Int) -> Formula {
    let layout = trace.layout
    var formula = Formula(symbol: symbol(at: position), formula: nil, substituted: nil, result: number(at: position))
    switch layout.derivations[position] {
    case .given, .repeatedSteps:
      break
    case let .weightedSum(weights, inputs, bias):
      let count = min(weights.count, inputs.count)
      formula.formula = sum(count + (bias == nil ? 0 : 1)) { i in
        i < count ? symbol(weights[i]) + " " + symbol(inputs[i]) : bias.map(symbol) ?? ""
      }
      formula.substituted = sum(count + (bias == nil ? 0 : 1), signed: true) { i in
        i < count ? operand(weights[i]) + " \\times " + operand(inputs[i]) : bias.map(number) ?? ""
      }
    case let .activation(activation, net):
      (formula.formula, formula.substituted) = activationFormula(activation, net)
    case let .activationSlope(activation, net, out):
      (formula.formula, formula.substituted) = slopeFormula(activation, net: net, out: out)
    case let .errorTerm(loss, target, output, _, _, count):
      (formula.formula, formula.substituted) = errorFormula(loss, target, output, count, slope: false)
    case let .errorSlope(loss, target, output, count):
      (formula.formula, formula.substituted) = errorFormula(loss, target, output, count, slope: true)
    case let .softmax(net, nets):
      formula.formula = "\\frac{e^{\(symbol(net))}}{\(sum(nets) { "e^{\(symbol($0))}" })}"
      formula.substituted = "\\frac{e^{\(number(net))}}{\(sum(nets) { "e^{\(number($0))}" })}"
    case let .logSumExp(nets):
      formula.formula = "\\log(\(sum(nets) { "e^{\(symbol($0))}" }))"
      formula.substituted = "\\log(\(sum(nets) { "e^{\(number($0))}" }))"
    case let .softmaxSlope(outI, outJ, same):
      formula.formula = same ? "\(symbol(outI))(1 - \(symbol(outI)))" : "-\(symbol(outI)) \(symbol(outJ))"
      formula.substituted = same ? "\(operand(outI)) \\times (1 - \(operand(outI)))" : "-\(operand(outI)) \\times \(operand(outJ))"
    case let .outputMinusTarget(output, target):
      formula.formula = "\(symbol(output)) - \(symbol(target))"
      formula.substituted = "\(number(output)) - \(operand(target))"
    case let .jacobianChain(factors, slopes):
      let pairs = Array(zip(factors, slopes))
      formula.formula = sum(pairs.map { "\(symbol($0.0)) \(symbol($0.1))" })
      formula.substituted = sum(pairs.map { "\(operand($0.0)) \\times \(operand($0.1))" })
    case let .mean(keys):
      formula.formula = "\\frac{1}{\(keys.count)}(\(sum(keys, symbol)))"
      formula.substituted = "\\frac{1}{\(keys.count)}(\(sum(keys, signed: true, number)))"
    case let .velocity(previous, gradient, momentum, rate, averaged):
      if averaged {
        formula.formula = "\(symbol(momentum)) \(symbol(previous)) + (1 - \(symbol(momentum))) \(symbol(gradient))"
        formula.substituted = "\(number(momentum)) \\times \(operand(previous)) + (1 - \(number(momentum))) \\times \(operand(gradient))"
      } else {
        formula.formula = "\(symbol(momentum)) \(symbol(previous)) - \(symbol(rate)) \(symbol(gradient))"
        formula.substituted = "\(number(momentum)) \\times \(operand(previous)) - \(number(rate)) \\times \(operand(gradient))"
      }
    case let .momentumStep(parameter, velocity, rate, averaged):
      formula.formula = averaged ? "\(symbol(parameter)) - \(symbol(rate)) \(symbol(velocity))" : "\(symbol(parameter)) + \(symbol(velocity))"
      formula.substituted = averaged
        ? "\(number(parameter)) - \(number(rate)) \\times \(operand(velocity))" : "\(number(parameter)) + \(operand(velocity))"
    case let .penalty(weights, decay):
      formula.formula = "\\frac{\(symbol(decay))}{2}(\(sum(weights) { "\(symbol($0))^{2}" }))"
      formula.substituted = "\\frac{\(number(decay))}{2}(\(sum(weights) { "\(operand($0))^{2}" }))"
    case let .difference(a, b):
      formula.formula = "\(symbol(a)) - \(symbol(b))"
      formula.substituted = "\(number(a)) - \(operand(b))"
    case let .perceptronUpdate(parameter, rate, error, input):
      let x = input.map { " \(symbol($0))" } ?? ""
      let xValue = input.map { " \\times \(operand($0))" } ?? ""
      formula.formula = "\(symbol(parameter)) + \(symbol(rate)) \(symbol(error))\(x)"
      formula.substituted = "\(number(parameter)) + \(number(rate)) \\times \(operand(error))\(xValue)"
    case .countNonZero:
      break
    case let .penaltySlope(weight, decay):
      formula.formula = "\(symbol(decay)) \(symbol(weight))"
      formula.substituted = "\(number(decay)) \\times \(operand(weight))"
    case let .sum(keys) where keys.isEmpty:
      formula.formula = "0"
    case let .sum(keys):
      formula.formula = sum(keys, symbol)
      formula.substituted = sum(keys, signed: true, number)
    case let .product(keys):
      var symbols = "", operands = ""
      for (index, key) in keys.enumerated() {
        let position = trace.layout.position(of: key)
        if index > 0 {
          symbols += " \\times "
          operands += " \\times "
        }
        symbols += position.map(symbol(at:)) ?? key.rawValue
        operands += parenthesized(position.map(number(at:)) ?? format.tex(.nan))
      }
      formula.formula = symbols
      formula.substituted = operands
    case let .copy(key):
      formula.formula = symbol(key)
    case .one:
      break
    case let .update(parameter, gradient, rate):
      let (p, g, r) = (printed(parameter), printed(gradient), printed(rate))
      formula.formula = p.symbol + " - " + r.symbol + " \\times " + g.symbol
      formula.substituted = p.number + " - " + parenthesized(r.number) + " \\times " + parenthesized(g.number)
    }
    if notation.errorTerm { presentAsErrorTerm(&formula, at: position) }
    if formula.substituted == formula.result { formula.substituted = nil }
    return formula
  }

  /// In the error-term convention, δ is shown negated as Err = −δ, and the update of a
  /// parameter used once as p + η·Err·x. Only the presentation changes: the result of an update
  /// is the recorded value.
  private func presentAsErrorTerm(_ formula: inout Formula, at position: Int) {
    let layout = trace.layout
    switch (layout.quantities[position], layout.derivations[position]) {
    case (.delta, .product):
      formula.formula = formula.formula.map { "-" + $0 }
      formula.substituted = formula.substituted.map { "-(\($0))" }
      formula.result = format.tex(-trace.values[position])
    case let (.updated, .update(parameter, gradient, rate)):
      guard case let .product(factors)? = layout.position(of: gradient).map({ layout.derivations[$0] }),
        let slope = factors.last, let slopePosition = layout.position(of: slope),
        case let .netSlopeParameter(neuron, _) = layout.quantities[slopePosition],
        let delta = layout.position(of: Quantity.delta(neuron).key)
      else { return }
      let input: (symbol: String, number: String)?
      switch layout.derivations[slopePosition] {
      case let .copy(source): input = (symbol(source), operand(source))
      default: input = nil
      }
      let errorTerm = operand(-trace.values[delta])
      formula.formula = "\(symbol(parameter)) + \(symbol(rate)) \\times \(notation.delta(neuron))" + (input.map { " \\times \($0.symbol)" } ?? "")
      formula.substituted = "\(number(parameter)) + \(operand(rate)) \\times \(errorTerm)" + (input.map { " \\times \($0.number)" } ?? "")
    default:
      return
    }
  }

  private func symbol(_ key: TraceKey) -> String {
    trace.layout.position(of: key).map(symbol(at:)) ?? key.rawValue
  }

  /// The symbol and printed value of a key, looked up once.
  private func printed(_ key: TraceKey) -> (symbol: String, number: String) {
    guard let position = trace.layout.position(of: key) else { return (key.rawValue, format.tex(.nan)) }
    return (symbol(at: position), number(at: position))
  }

  private func value(_ key: TraceKey) -> Double {
    trace[key] ?? .nan
  }

  /// A value as printed on its own.
  private func number(_ key: TraceKey) -> String {
    trace.layout.position(of: key).map(number(at:)) ?? format.tex(.nan)
  }

  /// A value as a factor or a base: in parentheses when negative or in scientific form.
  private func operand(_ key: TraceKey) -> String { parenthesized(number(key)) }

  private func operand(_ value: Double) -> String { parenthesized(format.tex(value)) }

  /// A printed number in parentheses when it is negative or in scientific form (`\times`).
  private func parenthesized(_ text: String) -> String {
    let first = text.utf8.first
    return first == UInt8(ascii: "-") || text.utf8.contains(UInt8(ascii: "\\")) ? "(" + text + ")" : text
  }

  /// Terms joined by `+`; with `signed`, a negative term after the first gets parentheses
  /// (`0.0554 + (-0.01905)`). Long sums keep their first three terms and their last; only the
  /// terms shown are made (`term(i)` for the i-th).
  private func sum(_ count: Int, signed: Bool = false, _ term: (Int) -> String) -> String {
    func shown(_ index: Int) -> String {
      let text = term(index)
      return signed && index > 0 && text.utf8.first == UInt8(ascii: "-") ? "(" + text + ")" : text
    }
    guard count > Self.longestWrittenSum else { return (0..<count).map(shown).joined(separator: " + ") }
    return [shown(0), shown(1), shown(2), "\\dots", shown(count - 1)].joined(separator: " + ")
  }

  private func sum(_ terms: [String], signed: Bool = false) -> String {
    sum(terms.count, signed: signed) { terms[$0] }
  }

  private func sum(_ keys: [TraceKey], signed: Bool = false, _ term: (TraceKey) -> String) -> String {
    sum(keys.count, signed: signed) { term(keys[$0]) }
  }

  private func activationFormula(_ activation: Activation, _ net: TraceKey) -> (String, String) {
    let x = value(net)
    switch activation {
    case .sigmoid:
      return (
        "\\frac{1}{1 + e^{-\(symbol(net))}}",
        "\\frac{1}{1 + e^{\(format.tex(-x))}}"
      )
    case .tanh: return ("\\tanh(\(symbol(net)))", "\\tanh(\(number(net)))")
    case .relu: return ("\\max(0, \(symbol(net)))", "\\max(0, \(number(net)))")
    case let .leakyRelu(alpha):
      let slope = format.tex(alpha)
      return ("\\max(\(slope) \(symbol(net)), \(symbol(net)))", "\\max(\(slope) \\times \(operand(net)), \(number(net)))")
    case .identity: return (symbol(net), number(net))
    case .step:
      let comparison = x > 0 ? ">" : "\\le"
      return ("\\mathrm{step}(\(symbol(net)))", "\\mathrm{step}(\(number(net))) \\text{ with } \(number(net)) \(comparison) 0")
    case .softmax: return (symbol(net), number(net))
    }
  }

  private func slopeFormula(_ activation: Activation, net: TraceKey, out: TraceKey) -> (String?, String?) {
    switch activation {
    case .sigmoid:
      return ("\(symbol(out))(1 - \(symbol(out)))", "\(operand(out)) \\times (1 - \(operand(out)))")
    case .tanh:
      return ("1 - \(symbol(out))^{2}", "1 - \(operand(out))^{2}")
    case .relu, .leakyRelu:
      let comparison = value(net) > 0 ? ">" : "\\le"
      let name = activation == .relu ? "\\mathrm{ReLU}" : "\\mathrm{LReLU}"
      return ("\(name)'(\(symbol(net)))", "\(name)'(\(number(net))) \\text{ with } \(number(net)) \(comparison) 0")
    case .identity:
      return ("1", nil)
    case .step:
      return ("\\mathrm{step}'(\(symbol(net)))", "0 \\text{ (the step is flat wherever it has a slope)}")
    case .softmax:
      return (nil, nil)
    }
  }

  private func errorFormula(
    _ loss: Loss, _ target: TraceKey, _ output: TraceKey, _ count: Int, slope: Bool
  ) -> (String, String) {
    let (t, o) = (symbol(target), symbol(output))
    let (tn, on) = (operand(target), operand(output))
    switch (loss, slope) {
    case (.binaryCrossEntropy, false):
      return ("-[\(t) \\log \(o) + (1 - \(t)) \\log(1 - \(o))]", "-[\(tn) \\times \\log \(on) + (1 - \(tn)) \\times \\log(1 - \(on))]")
    case (.binaryCrossEntropy, true):
      return ("\\frac{\(o) - \(t)}{\(o)(1 - \(o))}", "\\frac{\(on) - \(tn)}{\(on) \\times (1 - \(on))}")
    case (.crossEntropy, false):
      return ("-\(t) \\log \(o)", "-\(tn) \\times \\log \(on)")
    case (.crossEntropy, true):
      return ("-\\frac{\(t)}{\(o)}", "-\\frac{\(tn)}{\(on)}")
    default:
      break
    }
    let symbolic = "(\(t) - \(o))"
    let numeric = "(\(number(target)) - \(on))"
    let prefix: String
    switch (loss, slope) {
    case (.halfSquaredError, false): prefix = "\\frac{1}{2}"
    case (.meanSquaredError, false): prefix = "\\frac{1}{\(count)}"
    case (.halfSquaredError, true): prefix = "-"
    case (.squaredError, true): prefix = "-2"
    case (.meanSquaredError, true): prefix = "-\\frac{2}{\(count)}"
    default: prefix = ""
    }
    let power = slope ? "" : "^{2}"
    return (prefix + symbolic + power, prefix + numeric + power)
  }
}
