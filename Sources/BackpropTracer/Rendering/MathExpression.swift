/// What a quantity is written as: a symbol, or a few symbols composed (∂E/∂w, a square, a
/// derivative restricted to one path). Printers turn it into TeX, plain text or SVG; none splices
/// text, so the parts stay well formed whatever they hold.
package enum MathExpression: Hashable, Sendable {
  /// A symbol: `\mathrm{net}_{h1}`, `W^{[2]}_{12}`.
  case symbol(MathSymbol)
  /// The partial derivative of the first symbol by the second: `\frac{\partial E}{\partial w_{5}}`.
  /// (Its parts are symbols, held in place: a trace has one per parameter and neuron.)
  case partial(MathSymbol, MathSymbol)
  /// A power: `\mathrm{out}_{h1}^{2}`, or `(a^{[1]}_{1})^{2}` when the base has a superscript.
  indirect case power(MathExpression, Int)
  /// A derivative along one path: `\left. X \right\vert_{\mathrm{via}\ h1}`.
  indirect case restricted(MathExpression, via: MathExpression)
  /// The log-sum-exp of a softmax layer's net inputs, each written as `term`:
  /// `\log \sum_{k} e^{z_{k}}`.
  case logSumExp(term: MathSymbol)

  /// This expression squared.
  package var squared: MathExpression { .power(self, 2) }

  /// The symbol, when this expression is one.
  package var symbol: MathSymbol? {
    if case let .symbol(symbol) = self { return symbol }
    return nil
  }

  /// This expression with `part` added to the superscript of the symbol that carries its mark:
  /// the symbol itself, a derivative's numerator (∂E^{(2)}/∂w), a power's base, the derivative
  /// of a restriction, the terms of a log-sum-exp.
  package func adding(_ part: ScriptPart) -> MathExpression {
    switch self {
    case let .symbol(symbol): return .symbol(symbol.adding(part))
    case let .partial(top, bottom): return .partial(top.adding(part), bottom)
    case let .power(base, exponent): return .power(base.adding(part), exponent)
    case let .restricted(inner, via): return .restricted(inner.adding(part), via: via)
    case let .logSumExp(term): return .logSumExp(term: term.adding(part))
    }
  }
}

extension MathSymbol {
  /// This symbol as an expression.
  package var expression: MathExpression { .symbol(self) }
}
