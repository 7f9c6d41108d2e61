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
      symbols = precomputing ? notation.tex(trace.layout.quantities) : []
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
    symbols.isEmpty ? notation.tex(trace.layout.quantities[position]) : symbols[position]
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
    let o = Operands(positions: layout.operands(of: position))
    var formula = Formula(symbol: symbol(at: position), formula: nil, substituted: nil, result: number(at: position))
    switch layout.derivations[position] {
    case .given, .repeatedSteps:
      break
    case let .weightedSum(weights, inputs, bias):
      let count = min(weights.count, inputs.count)
      let biasAt = weights.count + inputs.count
      formula.formula = sum(count + (bias == nil ? 0 : 1)) { i in
        i < count ? symbol(weights[i], o[i]) + " " + symbol(inputs[i], o[weights.count + i]) : bias.map { symbol($0, o[biasAt]) } ?? ""
      }
      formula.substituted = sum(count + (bias == nil ? 0 : 1), signed: true) { i in
        i < count ? operand(o[i]) + " \\times " + operand(o[weights.count + i]) : bias == nil ? "" : number(o[biasAt])
      }
    case let .activation(activation, net):
      (formula.formula, formula.substituted) = activationFormula(activation, net, o[0])
    case let .activationSlope(activation, net, out):
      (formula.formula, formula.substituted) = slopeFormula(activation, net: (net, o[0]), out: (out, o[1]))
    case let .errorTerm(loss, target, output, _, _, count):
      (formula.formula, formula.substituted) = errorFormula(loss, (target, o[0]), (output, o[1]), count, slope: false)
    case let .errorSlope(loss, target, output, count):
      (formula.formula, formula.substituted) = errorFormula(loss, (target, o[0]), (output, o[1]), count, slope: true)
    case let .softmax(net, nets):
      formula.formula = "\\frac{e^{\(symbol(net, o[0]))}}{\(sum(nets.count) { "e^{\(symbol(nets[$0], o[1 + $0]))}" })}"
      formula.substituted = "\\frac{e^{\(number(o[0]))}}{\(sum(nets.count) { "e^{\(number(o[1 + $0]))}" })}"
    case let .logSumExp(nets):
      formula.formula = "\\log(\(sum(nets.count) { "e^{\(symbol(nets[$0], o[$0]))}" }))"
      formula.substituted = "\\log(\(sum(nets.count) { "e^{\(number(o[$0]))}" }))"
    case let .softmaxSlope(outI, outJ, same):
      let (i, j) = (symbol(outI, o[0]), symbol(outJ, o[1]))
      formula.formula = same ? "\(i)(1 - \(i))" : "-\(i) \(j)"
      formula.substituted = same ? "\(operand(o[0])) \\times (1 - \(operand(o[0])))" : "-\(operand(o[0])) \\times \(operand(o[1]))"
    case let .outputMinusTarget(output, target):
      formula.formula = "\(symbol(output, o[0])) - \(symbol(target, o[1]))"
      formula.substituted = "\(number(o[0])) - \(operand(o[1]))"
    case let .jacobianChain(factors, slopes):
      let count = min(factors.count, slopes.count)
      formula.formula = sum(count) { "\(symbol(factors[$0], o[$0])) \(symbol(slopes[$0], o[factors.count + $0]))" }
      formula.substituted = sum(count) { "\(operand(o[$0])) \\times \(operand(o[factors.count + $0]))" }
    case let .mean(keys):
      formula.formula = "\\frac{1}{\(keys.count)}" + grouped(sum(keys.count) { symbol(keys[$0], o[$0]) })
      formula.substituted = "\\frac{1}{\(keys.count)}" + grouped(sum(keys.count, signed: true) { number(o[$0]) })
    case let .velocity(previous, gradient, momentum, rate, averaged):
      let (v, g, mu, eta) = (symbol(previous, o[0]), symbol(gradient, o[1]), symbol(momentum, o[2]), symbol(rate, o[3]))
      if averaged {
        formula.formula = "\(mu) \(v) + (1 - \(mu)) \(g)"
        formula.substituted = "\(number(o[2])) \\times \(operand(o[0])) + (1 - \(number(o[2]))) \\times \(operand(o[1]))"
      } else {
        formula.formula = "\(mu) \(v) - \(eta) \(g)"
        formula.substituted = "\(number(o[2])) \\times \(operand(o[0])) - \(number(o[3])) \\times \(operand(o[1]))"
      }
    case let .momentumStep(parameter, velocity, rate, averaged):
      let (p, v, eta) = (symbol(parameter, o[0]), symbol(velocity, o[1]), symbol(rate, o[2]))
      formula.formula = averaged ? "\(p) - \(eta) \(v)" : "\(p) + \(v)"
      formula.substituted = averaged
        ? "\(number(o[0])) - \(number(o[2])) \\times \(operand(o[1]))" : "\(number(o[0])) + \(operand(o[1]))"
    case let .penalty(weights, decay):
      let decayAt = weights.count
      formula.formula = "\\frac{\(symbol(decay, o[decayAt]))}{2}" + grouped(sum(weights.count) { squared(weights[$0], o[$0]) })
      formula.substituted = "\\frac{\(number(o[decayAt]))}{2}" + grouped(sum(weights.count) { "\(operand(o[$0]))^{2}" })
    case let .difference(a, b):
      formula.formula = "\(symbol(a, o[0])) - \(symbol(b, o[1]))"
      formula.substituted = "\(number(o[0])) - \(operand(o[1]))"
    case let .perceptronUpdate(parameter, rate, error, input):
      let x = input.map { " \(symbol($0, o[3]))" } ?? ""
      let xValue = input == nil ? "" : " \\times \(operand(o[3]))"
      formula.formula = "\(symbol(parameter, o[0])) + \(symbol(rate, o[1])) \(symbol(error, o[2]))\(x)"
      formula.substituted = "\(number(o[0])) + \(number(o[1])) \\times \(operand(o[2]))\(xValue)"
    case .countNonZero:
      break
    case let .penaltySlope(weight, decay):
      formula.formula = "\(symbol(decay, o[1])) \(symbol(weight, o[0]))"
      formula.substituted = "\(number(o[1])) \\times \(operand(o[0]))"
    case let .sum(keys) where keys.isEmpty:
      formula.formula = "0"
    case let .sum(keys):
      formula.formula = sum(keys.count) { symbol(keys[$0], o[$0]) }
      formula.substituted = sum(keys.count, signed: true) { number(o[$0]) }
    case let .product(keys):
      var symbols = "", operands = ""
      for (index, key) in keys.enumerated() {
        if index > 0 {
          symbols += " \\times "
          operands += " \\times "
        }
        symbols += symbol(key, o[index])
        operands += operand(o[index])
      }
      formula.formula = symbols
      formula.substituted = operands
    case let .copy(key):
      formula.formula = symbol(key, o[0])
    case .one:
      break
    case let .update(parameter, gradient, rate):
      let (p, g, r) = (symbol(parameter, o[0]), symbol(gradient, o[1]), symbol(rate, o[2]))
      formula.formula = p + " - " + r + " \\times " + g
      formula.substituted = number(o[0]) + " - " + operand(o[2]) + " \\times " + operand(o[1])
    }
    if notation.errorTerm { presentAsErrorTerm(&formula, at: position) }
    // A formula that is its own value (the identity's slope 1, an empty sum 0) is written once.
    if formula.formula == formula.result { formula.formula = nil }
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
    case let (.updated, .update(parameter, _, rate)):
      let o = Operands(positions: layout.operands(of: position))
      guard let gradient = o[1], case .product = layout.derivations[gradient],
        let slopePosition = layout.operands(of: gradient).last, slopePosition >= 0,
        case let .netSlopeParameter(neuron, _) = layout.quantities[slopePosition],
        let delta = layout.position(of: Quantity.delta(neuron).key)
      else { return }
      let input: (symbol: String, number: String)?
      switch layout.derivations[slopePosition] {
      case let .copy(source):
        let sourceAt = Operands(positions: layout.operands(of: slopePosition))[0]
        input = (symbol(source, sourceAt), operand(sourceAt))
      default: input = nil
      }
      let errorTerm = operand(-trace.values[delta])
      formula.formula = "\(symbol(parameter, o[0])) + \(symbol(rate, o[2])) \\times \(notation.delta(neuron).tex)" + (input.map { " \\times \($0.symbol)" } ?? "")
      formula.substituted = "\(number(o[0])) + \(operand(o[2])) \\times \(errorTerm)" + (input.map { " \\times \($0.number)" } ?? "")
    default:
      return
    }
  }

  /// The symbol of an operand: its entry's, or its key when the trace has no such entry.
  func symbol(_ key: TraceKey, _ position: Int?) -> String {
    position.map(symbol(at:)) ?? key.rawValue
  }

  /// The square of an operand's symbol, composed so that it never doubles a superscript:
  /// `\mathrm{out}_{h1}^{2}`, `(a^{[1]}_{1})^{2}`.
  func squared(_ key: TraceKey, _ position: Int?) -> String {
    guard let position else { return key.rawValue + "^{2}" }
    return notation.symbol(trace.layout.quantities[position]).squared.tex
  }

  /// `content` in parentheses that grow around a fraction (`\left( \frac{…}{…} + … \right)`),
  /// plain ones otherwise.
  func grouped(_ content: String) -> String {
    content.contains("\\frac") ? "\\left(" + content + "\\right)" : "(" + content + ")"
  }

  func value(_ position: Int?) -> Double {
    position.map { trace.values[$0] } ?? .nan
  }

  /// An operand's value as printed on its own.
  func number(_ position: Int?) -> String {
    position.map(number(at:)) ?? format.tex(.nan)
  }

  /// A value as a factor or a base: in parentheses when negative or in scientific form.
  func operand(_ position: Int?) -> String { parenthesized(number(position)) }

  private func operand(_ value: Double) -> String { parenthesized(format.tex(value)) }

  /// A printed number in parentheses when it is negative or in scientific form (`\times`).
  func parenthesized(_ text: String) -> String {
    needsParentheses(text) ? "(" + text + ")" : text
  }

  /// True for a printed number that is negative or in scientific form.
  func needsParentheses(_ text: String) -> Bool {
    text.utf8.first == UInt8(ascii: "-")
      || text.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "\\")) } ?? text.utf8.contains(UInt8(ascii: "\\"))
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
}

/// The operands of one entry as the layout resolved them: the position of each key of its
/// derivation's `references`, in that order.
struct Operands {
  let positions: ArraySlice<Int>

  /// The position of the `index`-th operand, or nil when the trace has no entry for its key.
  subscript(index: Int) -> Int? {
    let position = positions[positions.startIndex + index]
    return position < 0 ? nil : position
  }
}
