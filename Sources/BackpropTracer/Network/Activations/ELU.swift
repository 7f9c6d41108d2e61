import Foundation

/// The exponential linear unit: net for net > 0, else α(e^net − 1), with α > 0 (a layer's
/// `"alpha"`, by default 1).
///
/// Its slope is 1 for net > 0, else α·e^net, computed from net. (It equals out + α, as lectures
/// often write it, but out + α loses the small slopes of very negative net inputs to
/// cancellation, while α·e^net keeps every digit.) At net = 0 the left slope α is taken.
struct ELU: ActivationDefinition {
  /// α.
  let alpha: Double

  var name: String { "elu" }
  var displayName: String { "ELU with alpha \(alpha)" }
  var targetRange: ClosedRange<Double>? { -alpha...Double.infinity }
  var setting: ActivationSetting? { Self.alpha }
  var settingValue: Double? { alpha }

  /// α(e^net − 1) as α·expm1(net), which keeps the digits of small net inputs.
  func value(_ net: Double) -> Double { net > 0 ? net : alpha * expm1(net) }

  func slope(net: Double, out: Double) -> Double { net > 0 ? 1 : alpha * exp(net) }

  /// `\mathrm{ELU}(net)`, substituted as the branch that applies: `1 \times (e^{-0.5} - 1)
  /// \text{ with } -0.5 \le 0`.
  func formula(_ net: MathFormula) -> MathFormula {
    .substitution(
      symbols: .function(Self.function, [net]),
      values: .branch(on: net, positive: net, otherwise: .juxtaposed([.constant(alpha), .parenthesized(.difference(.exponential(net.factor), .integer(1)))])))
  }

  /// `\mathrm{ELU}'(net)`, substituted as the branch that applies: `1 \times e^{-0.5} \text{ with } -0.5 \le 0`.
  func slopeFormula(net: MathFormula, out: MathFormula) -> MathFormula? {
    .substitution(
      symbols: .function(Self.function.derivative, [net]),
      values: .branch(on: net, positive: .integer(1), otherwise: .juxtaposed([.constant(alpha), .exponential(net.factor)])))
  }

  var explanation: ActivationExplanation {
    ActivationExplanation(conventions: [
      .math("\\mathrm{ELU}(x) = x"), .text(" for "), .math("x > 0"), .text(", else "), .math("\\alpha(e^{x} - 1)"),
      .text(": the exponential linear unit; its slope is 1, or "), .math("\\alpha e^{x}"),
      .text(" (which is the output plus α), taken on the left at 0."),
    ])
  }

  /// Max, +, ×, exp, two negations, max, −.
  /// Piecewise: 1 above 0, α e^{net} (the output plus α) at and below 0.
  func slopeDerivation(net: MathFormula, out: MathFormula) -> SlopeDerivation? {
    SlopeDerivation(
      lead: "Why the slope of ELU is 1 or alpha times the exponential of the net input: above 0 it is the net input itself (slope 1); at and below 0 it is alpha times (the exponential minus 1), whose slope is alpha times the exponential, which equals the output plus alpha.",
      steps: [.derivative(of: .function(Self.function, [net]), by: net), .function(Self.function.derivative, [net])])
  }

  func graphOperations(width: Int) -> Int { 8 }

  /// max(0, u) + α·(e^(−max(0, −u)) − 1): u above 0, α(e^u − 1) below.
  func graphFormula(_ net: String, layer: [String]) -> String {
    "max(0, \(net)) + \(ExpressionPrinter.plain(alpha))*(exp(-max(0, -\(net))) - 1)"
  }

  /// ELU as a named function: `\mathrm{ELU}`, `elu`.
  static let function = MathFunction(.upright("ELU"), plain: "elu")

  /// The α a layer may set.
  static let alpha = ActivationSetting(
    key: "alpha", defaultValue: 1,
    problem: { $0 > 0 && $0.isFinite ? nil : "the alpha of an ELU must be above 0, found \($0)" },
    activation: { .elu(alpha: $0) })
}
